#include "gui/probe/VetoRiskDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {

QColor toneOf(Verdict v)
{
    return v == Verdict::Veto ? QColor(0xc6, 0x28, 0x28) : v == Verdict::Warning ? QColor(0xb2, 0x6a, 0x00) : QColor();
}

} // namespace

VetoRiskDialog::VetoRiskDialog(const QList<VetoRiskRow>& rows, QWidget* parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("vetoRiskDialog"));
    setWindowTitle(tr("Sites at risk of a veto"));
    resize(900, 480);
    const QLocale locale;
    auto* intro = new QLabel(tr("Running sites over an early-warning line of the probe: failed probes at 3% of the "
                                "week (veto at 5%), the homepage 10 days without a new item (veto at 14), 3 columns "
                                "stale or blank (veto at 5 of either). Double-click a site to open it."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("vetoRiskTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Host unit"), tr("Failed probes this week"), tr("Homepage"),
        tr("Stale / blank columns"), tr("Worst")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const VetoRiskRow& r : m_rows) {
        const int i = m_table->rowCount();
        m_table->insertRow(i);
        auto* site = new QTableWidgetItem(r.name);
        site->setToolTip(r.code);
        site->setData(Qt::UserRole, r.siteId);
        m_table->setItem(i, 0, site);
        m_table->setItem(i, 1, new QTableWidgetItem(r.unitName));
        auto* probes = new QTableWidgetItem(r.week.probes == 0
                ? QStringLiteral("—")
                : tr("%1 of %2 (%3)")
                      .arg(locale.toString(r.week.failures), locale.toString(r.week.probes),
                          locale.toString(100.0 * r.week.share(), 'f', 1) + locale.percent()));
        probes->setForeground(toneOf(r.availability));
        m_table->setItem(i, 2, probes);
        auto* home = new QTableWidgetItem(r.homepage ? ProbeVocabulary::displayName(*r.homepage) : QStringLiteral("—"));
        home->setForeground(toneOf(!r.homepage              ? Verdict::Pass
                : *r.homepage == FindingKind::HomepageAging ? Verdict::Warning
                                                            : Verdict::Veto));
        m_table->setItem(i, 3, home);
        auto* columns = new QTableWidgetItem(
            QStringLiteral("%1 / %2").arg(locale.toString(r.staleColumns), locale.toString(r.blankColumns)));
        columns->setForeground(toneOf(r.columns));
        m_table->setItem(i, 4, columns);
        auto* worst = new QTableWidgetItem(ProbeRules::displayName(r.worst()));
        worst->setForeground(toneOf(r.worst()));
        m_table->setItem(i, 5, worst);
    }
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void VetoRiskDialog::openRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Q_EMIT siteRequested(m_rows.at(row).siteId);
    accept();
}

} // namespace sitegov
