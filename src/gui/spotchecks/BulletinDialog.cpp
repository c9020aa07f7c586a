#include "gui/spotchecks/BulletinDialog.h"

#include "core/OfficeClock.h"
#include "db/Database.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sitegov {

namespace {
constexpr int kQuartersOffered = 8;
}

BulletinDialog::BulletinDialog(AppContext& context, qint64 officeId, const Period& quarter, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_officeId(officeId)
    , m_quarter(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_reportBy(new QDateEdit(this))
    , m_state(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("bulletinDialog"));
    setWindowTitle(tr("Quarterly spot-check bulletin"));
    resize(860, 760);

    m_quarter->setObjectName(QStringLiteral("bulletinQuarter"));
    const Period current = Period::quarter(OfficeClock::today().year(), (OfficeClock::today().month() - 1) / 3 + 1);
    int year = current.yearNumber();
    int q = current.quarterNumber();
    for (int i = 0; i < kQuartersOffered; ++i) {
        const Period p = Period::quarter(year, q);
        m_quarter->addItem(p.toString(), p.toString());
        if (--q == 0) {
            q = 4;
            --year;
        }
    }
    const int chosen = m_quarter->findData(quarter.toString());
    m_quarter->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_number->setObjectName(QStringLiteral("bulletinNumber"));
    m_number->setPlaceholderText(tr("Document number, e.g. 〔2026〕3号"));
    m_reportBy->setObjectName(QStringLiteral("bulletinReportBy"));
    m_reportBy->setCalendarPopup(true);
    m_state->setObjectName(QStringLiteral("bulletinState"));
    m_state->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("bulletinPreview"));
    m_preview->setOpenLinks(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Quarter:"), m_quarter);
    form->addRow(tr("Document number:"), m_number);
    form->addRow(tr("Units report back by:"), m_reportBy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_preview, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("bulletinSavePdf"));
    QPushButton* odt = buttons->addButton(tr("Save as ODF text…"), QDialogButtonBox::ActionRole);
    odt->setObjectName(QStringLiteral("bulletinSaveOdt"));
    odt->setToolTip(
        tr("An editable document (WPS and Word open it) to add the office's own words to before issuing it."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(odt, &QPushButton::clicked, this, [this] { saveOdt(); });
    auto defaultReportBy = [this] {
        // A month after the quarter's end, as BulletinDocument::reportBy() has it.
        const auto q = Period::parse(m_quarter->currentData().toString());
        const QSignalBlocker block(m_reportBy);
        if (q)
            m_reportBy->setDate(q->lastDay().addMonths(1));
    };
    defaultReportBy();
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this, defaultReportBy] {
        defaultReportBy();
        reload();
    });
    connect(m_number, &QLineEdit::editingFinished, this, &BulletinDialog::reload);
    connect(m_reportBy, &QDateEdit::editingFinished, this, &BulletinDialog::reload);
    reload();
}

BulletinOptions BulletinDialog::options() const
{
    BulletinOptions o;
    o.documentNumber = m_number->text();
    o.reportBy = m_reportBy->date();
    return o;
}

void BulletinDialog::reload()
{
    const auto quarter = Period::parse(m_quarter->currentData().toString());
    m_figures.reset();
    if (!quarter)
        return;
    const auto f = BulletinQueries::compute(m_context.database->connection(), m_officeId, *quarter);
    if (!f) {
        m_state->setText(f.error().message);
        m_preview->clear();
        return;
    }
    m_figures = *f;
    m_state->setText(f->checks == 0
            ? tr("No confirmed assessment in %1 yet: the bulletin has no figures.").arg(quarter->toString())
            : tr("%1 sites checked, %2 failing, from the confirmed assessments of %3.")
                  .arg(f->sitesChecked)
                  .arg(f->sitesFailing)
                  .arg(quarter->toString()));
    m_preview->setHtml(BulletinDocument::html(*f, options()));
}

QString BulletinDialog::askPath(const QString& title, const QString& filter, const QString& suffix)
{
    const QString name = m_figures
        ? QStringLiteral("%1-%2.%3").arg(m_figures->orgName, m_figures->quarter.toString(), suffix)
        : QStringLiteral("bulletin.%1").arg(suffix);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    QString path = FileDialog::getSaveFileName(this, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    return path;
}

bool BulletinDialog::savePdf(const QString& givenPath)
{
    if (!m_figures)
        return false;
    const QString path = givenPath.isEmpty()
        ? askPath(tr("Save as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"))
        : givenPath;
    if (path.isEmpty())
        return false;
    const auto pages = BulletinDocument::writePdf(path, *m_figures, options(), m_context.database->path());
    if (!pages) {
        MessageBox::warning(this, tr("Save as PDF"), pages.error().message, pages.error().detail);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool BulletinDialog::saveOdt(const QString& givenPath)
{
    if (!m_figures)
        return false;
    const QString path = givenPath.isEmpty()
        ? askPath(tr("Save as ODF text"), tr("ODF text documents (*.odt)"), QStringLiteral("odt"))
        : givenPath;
    if (path.isEmpty())
        return false;
    if (const Status s = BulletinDocument::writeOdt(path, *m_figures, options(), m_context.database->path()); !s) {
        MessageBox::warning(this, tr("Save as ODF text"), s.error().message, s.error().detail);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sitegov
