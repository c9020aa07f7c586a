#include "gui/annual/AnnualReportsPage.h"

#include "core/OfficeClock.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "report/AnnualReportDocument.h"
#include "storage/AnnualReportQueries.h"
#include "storage/ConsoleDatabase.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sitegov {

namespace {

enum Column
{
    YearColumn,
    ReportColumn,
    UnitColumn,
    SiteColumn,
    StateColumn,
    ColumnCount
};

QTableWidgetItem* item(const QString& text, qint64 id = 0)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (id != 0)
        i->setData(Qt::UserRole, id);
    return i;
}

} // namespace

AnnualReportsPage::AnnualReportsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_service(context.database->connection())
    , m_year(new QComboBox(this))
    , m_site(new QLineEdit(this))
    , m_start(new QPushButton(tr("Start report"), this))
    , m_list(new QTableWidget(0, ColumnCount, this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save fields"), this))
    , m_sign(new QPushButton(tr("Sign…"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_xlsx(new QPushButton(tr("Save as XLSX…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(QStringLiteral("annualReportsPage"));
    m_header = new PageHeader(title(), this);
    m_header->setScope(tr("国办函〔2018〕12号: due by 31 January for the year before"));
    m_year->setObjectName(QStringLiteral("annualYear"));
    m_year->setAccessibleName(tr("Year"));
    const int thisYear = OfficeClock::today().year();
    for (int y = thisYear - 1; y >= thisYear - 5; --y)
        m_year->addItem(QString::number(y), y);
    m_year->insertItem(0, QString::number(thisYear), thisYear);
    m_year->setCurrentIndex(1);
    m_site->setObjectName(QStringLiteral("annualSite"));
    m_site->setPlaceholderText(tr("Site code (empty: the office's report)"));
    m_site->setAccessibleName(tr("Site code"));
    m_site->setMinimumWidth(220);
    m_start->setObjectName(QStringLiteral("annualStart"));
    m_start->setToolTip(tr("Start the year's report as a draft (or open it, when it exists)."));
    m_header->addAction(m_year);
    m_header->addAction(m_site);
    m_header->addAction(m_start);

    m_list->setObjectName(QStringLiteral("annualReportList"));
    m_list->setAccessibleName(tr("Annual reports"));
    m_list->setHorizontalHeaderLabels({tr("Year"), tr("Report"), tr("Unit"), tr("Site"), tr("State")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);

    m_state->setObjectName(QStringLiteral("annualState"));
    m_state->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("annualPreview"));
    m_preview->setOpenLinks(false);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("annualFields"));
    scroll->setWidgetResizable(true);
    m_form = new QWidget(scroll);
    scroll->setWidget(m_form);
    m_tabs->setObjectName(QStringLiteral("annualTabs"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(scroll, tr("Fields"));

    m_save->setObjectName(QStringLiteral("annualSave"));
    m_sign->setObjectName(QStringLiteral("annualSign"));
    m_publish->setObjectName(QStringLiteral("annualPublish"));
    m_xlsx->setObjectName(QStringLiteral("annualXlsx"));
    m_pdf->setObjectName(QStringLiteral("annualPdf"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_publish);
    buttons->addStretch(1);
    buttons->addWidget(m_xlsx);
    buttons->addWidget(m_pdf);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 640});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    const bool writer = context.session.can(Action::WriteReview);
    const bool signer = context.session.can(Action::SignReview);
    m_start->setVisible(writer);
    m_site->setVisible(writer);
    m_year->setVisible(writer);
    m_save->setVisible(writer);
    m_sign->setVisible(signer);
    m_publish->setVisible(signer);

    connect(m_start, &QPushButton::clicked, this, [this] { startReport(m_year->currentData().toInt(), m_site->text()); });
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* i = row >= 0 ? m_list->item(row, YearColumn) : nullptr;
        const qint64 id = i ? i->data(Qt::UserRole).toLongLong() : 0;
        if (m_current && m_current->id == id)
            return;
        m_current.reset();
        for (const AnnualReportRecord& r : std::as_const(m_reports)) {
            if (r.id == id)
                m_current = r;
        }
        showCurrent();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { saveXlsx(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    updateButtons();
}

qint64 AnnualReportsPage::officeId() const
{
    // The government the account belongs to: its unit, or the unit's government when it is a department.
    const auto office = AnnualReportQueries::officeOf(context().database->connection(), context().session.orgId);
    return office ? *office : 0;
}

void AnnualReportsPage::refresh()
{
    reload(m_current ? m_current->id : 0);
}

void AnnualReportsPage::navigate(const QVariantMap& arguments)
{
    activate();
    const int year = arguments.value(QStringLiteral("year")).toInt();
    if (year == 0)
        return;
    const auto found = m_service.find(year, officeId());
    if (found && *found)
        selectReport((*found)->id);
}

void AnnualReportsPage::reload(qint64 selectId)
{
    setBusy(true);
    // Units below the account's see their own jurisdiction; the system sees everything.
    const auto reports = m_service.list(0, context().session.isSystem() ? 0 : context().session.orgId);
    setBusy(false);
    if (!reports) {
        m_state->setText(reports.error().message);
        return;
    }
    m_reports = *reports;
    const QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    int selectRow = m_reports.isEmpty() ? -1 : 0;
    for (const AnnualReportRecord& r : std::as_const(m_reports)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        m_list->setItem(row, YearColumn, item(QString::number(r.year), r.id));
        m_list->setItem(row, ReportColumn, item(AnnualReportForm::title(r.kind)));
        m_list->setItem(row, UnitColumn, item(r.orgName));
        m_list->setItem(row, SiteColumn, item(r.siteId != 0 ? QStringLiteral("%1 (%2)").arg(r.siteName, r.siteCode) : QString()));
        m_list->setItem(row, StateColumn, item(AnnualReportForm::displayName(r.state)));
        if (r.id == selectId)
            selectRow = row;
    }
    m_list->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->setColumnWidth(c, qMin(m_list->columnWidth(c), 240));
    m_current.reset();
    if (selectRow >= 0) {
        m_list->setCurrentCell(selectRow, 0);
        m_current = m_reports.at(selectRow);
    }
    showCurrent();
}

bool AnnualReportsPage::selectReport(qint64 id)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, YearColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void AnnualReportsPage::buildFields()
{
    if (m_current && m_formKind == m_current->kind)
        return;
    delete m_form->layout();
    qDeleteAll(m_form->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_fields.clear();
    m_errors.clear();
    m_formKind.reset();
    if (!m_current)
        return;
    m_formKind = m_current->kind;
    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString section;
    const QList<AnnualReportLine> lines = AnnualReportForm::lines(m_current->kind);
    for (const AnnualReportLine& line : lines) {
        if (line.computed)
            continue;
        if (line.section != section) {
            section = line.section;
            auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(section.toHtmlEscaped()), m_form);
            form->addRow(heading);
        }
        auto* edit = new QLineEdit(m_form);
        edit->setObjectName(QStringLiteral("annualField_") + line.key);
        edit->setAccessibleName(line.label);
        if (line.type == AnnualReportLine::Type::YesNo)
            edit->setPlaceholderText(tr("yes or no"));
        auto* error = new QLabel(m_form);
        error->setObjectName(QStringLiteral("annualError_") + line.key);
        error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        error->setVisible(false);
        auto* cell = new QWidget(m_form);
        auto* row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit, 1);
        row->addWidget(error, 1);
        form->addRow(line.label, cell);
        m_fields.insert(line.key, edit);
        m_errors.insert(line.key, error);
        connect(edit, &QLineEdit::textEdited, error, [error] { error->setVisible(false); });
    }
}

void AnnualReportsPage::showCurrent()
{
    buildFields();
    if (!m_current) {
        m_preview->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("No annual report yet: choose the year and start the office's report, or a "
                                       "site's with its code.")
                                        .toHtmlEscaped()));
        m_state->clear();
        updateButtons();
        return;
    }
    const AnnualReportRecord& r = *m_current;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto line = AnnualReportForm::line(r.kind, it.key());
        const QString stored = r.fields.value(it.key());
        it.value()->setText(line && line->type == AnnualReportLine::Type::YesNo && !stored.isEmpty()
                ? AnnualReportForm::display(*line, stored)
                : stored);
        it.value()->setReadOnly(!r.isDraft());
        m_errors.value(it.key())->setVisible(false);
    }
    QString state = tr("%1: %2").arg(r.subject(), AnnualReportForm::displayName(r.state));
    if (!r.signedBy.isEmpty())
        state += tr("; signed by %1 on %2").arg(r.signedBy, OfficeClock::format(r.signedAt, QStringLiteral("yyyy-MM-dd")));
    if (!r.publishedBy.isEmpty())
        state += tr("; published on %1").arg(OfficeClock::format(r.publishedAt, QStringLiteral("yyyy-MM-dd")));
    m_state->setText(state);
    const auto figures = m_service.figures(r);
    if (!figures) {
        m_preview->setPlainText(figures.error().message);
    } else {
        m_preview->setHtml(AnnualReportDocument::html(r, *figures));
    }
    updateButtons();
}

void AnnualReportsPage::updateButtons()
{
    const bool draft = m_current && m_current->isDraft();
    m_save->setEnabled(draft);
    m_sign->setEnabled(draft);
    m_publish->setEnabled(m_current && m_current->state == AnnualReportState::Signed);
    m_xlsx->setEnabled(m_current.has_value());
    m_pdf->setEnabled(m_current.has_value());
}

bool AnnualReportsPage::startReport(int year, const QString& siteCode)
{
    qint64 siteId = 0;
    const QString code = siteCode.trimmed();
    if (!code.isEmpty()) {
        const auto site = SiteRepository(context().database->connection()).byCode(code);
        if (!site) {
            MessageBox::warning(this, tr("Start report"), tr("There is no site with the identifier code %1.").arg(code));
            return false;
        }
        siteId = site->id;
    }
    const auto r = m_service.open(context().session, year, officeId(), siteId);
    if (!r) {
        MessageBox::warning(this, tr("Start report"), r.error().message, r.error().detail);
        return false;
    }
    reload(r->id);
    m_tabs->setCurrentIndex(1);
    Q_EMIT statusMessage(tr("%1 is open.").arg(r->subject()));
    return true;
}

bool AnnualReportsPage::save()
{
    if (!m_current || !m_current->isDraft())
        return false;
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    const QList<FieldError> problems = AnnualReportService::check(m_current->kind, values);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setVisible(false);
    if (!problems.isEmpty()) {
        for (const FieldError& e : problems) {
            if (QLabel* label = m_errors.value(e.field)) {
                label->setText(e.message);
                label->setVisible(true);
            }
        }
        m_tabs->setCurrentIndex(1);
        if (QLineEdit* first = m_fields.value(problems.constFirst().field))
            first->setFocus();
        Q_EMIT statusMessage(tr("%n field(s) need correcting; nothing was saved.", nullptr, int(problems.size())));
        return false;
    }
    if (const Status s = m_service.setFields(context().session, m_current->id, values); !s) {
        MessageBox::warning(this, tr("Save fields"), s.error().message, s.error().detail);
        return false;
    }
    reload(m_current->id);
    Q_EMIT statusMessage(tr("Saved the fields of %1.").arg(m_current ? m_current->subject() : QString()));
    return true;
}

bool AnnualReportsPage::sign()
{
    if (!m_current || !m_current->isDraft())
        return false;
    if (MessageBox::confirm(this, tr("Sign the annual report"), tr("Sign %1?").arg(m_current->subject()),
            tr("Its figures are kept as they stand today and it takes no more changes."), tr("Sign"))
        != MessageBox::Accept)
        return false;
    if (const Status s = m_service.sign(context().session, m_current->id); !s) {
        MessageBox::warning(this, tr("Sign the annual report"), s.error().message, s.error().detail);
        return false;
    }
    reload(m_current->id);
    return true;
}

bool AnnualReportsPage::publish()
{
    if (!m_current || m_current->state != AnnualReportState::Signed)
        return false;
    if (MessageBox::confirm(this, tr("Publish the annual report"), tr("Publish %1?").arg(m_current->subject()),
            tr("Publish it once it is on the website as 国办函〔2018〕12号 asks."), tr("Publish"))
        != MessageBox::Accept)
        return false;
    if (const Status s = m_service.publish(context().session, m_current->id); !s) {
        MessageBox::warning(this, tr("Publish the annual report"), s.error().message, s.error().detail);
        return false;
    }
    reload(m_current->id);
    return true;
}

QString AnnualReportsPage::askPath(const QString& title, const QString& filter, const QString& suffix)
{
    const QString name = m_current ? QStringLiteral("%1-%2.%3")
                                         .arg(m_current->siteId != 0 ? m_current->siteCode : m_current->orgName)
                                         .arg(m_current->year)
                                         .arg(suffix)
                                   : QStringLiteral("annual-report.%1").arg(suffix);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    QString path = FileDialog::getSaveFileName(this, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    return path;
}

bool AnnualReportsPage::saveXlsx(const QString& givenPath)
{
    if (!m_current)
        return false;
    const QString path = givenPath.isEmpty()
        ? askPath(tr("Save as XLSX"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"))
        : givenPath;
    if (path.isEmpty())
        return false;
    const auto figures = m_service.figures(*m_current);
    const auto rows = figures ? AnnualReportDocument::writeXlsx(path, *m_current, *figures, context().database->path())
                              : Result<int>(figures.error());
    if (!rows) {
        MessageBox::warning(this, tr("Save as XLSX"), rows.error().message, rows.error().detail);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AnnualReportsPage::savePdf(const QString& givenPath)
{
    if (!m_current)
        return false;
    const QString path = givenPath.isEmpty()
        ? askPath(tr("Save as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"))
        : givenPath;
    if (path.isEmpty())
        return false;
    const auto figures = m_service.figures(*m_current);
    const auto pages = figures ? AnnualReportDocument::writePdf(path, *m_current, *figures, context().database->path())
                               : Result<int>(figures.error());
    if (!pages) {
        MessageBox::warning(this, tr("Save as PDF"), pages.error().message, pages.error().detail);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sitegov
