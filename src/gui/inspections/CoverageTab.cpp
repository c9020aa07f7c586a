#include "gui/inspections/CoverageTab.h"
#include "core/OfficeClock.h"

#include "gui/common/Background.h"
#include "gui/common/ListTable.h"
#include "gui/common/UnitPicker.h"
#include "gui/inspections/CoverageCalendar.h"
#include "gui/inspections/InspectionModels.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionQueries.h"
#include "storage/RegistryQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

CoverageTab::CoverageTab(AppContext& context, QWidget* parent)
    : InspectionTab(context, parent)
    , m_missedModel(new MissedSitesModel(context.database->path(), this))
{
    // Made in the order the Tab key visits them.
    const Session& session = context.session;
    const QDate today = OfficeClock::today();
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("coverageUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setMinimumContentsLength(16);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (const auto units = RegistryQueries(context.database->connection()).unitChoices(session))
        ChoiceBox::fill(m_unit, *units, false);
    if (session.orgId != 0)
        ChoiceBox::select(m_unit, session.orgId);
    m_month = dateEdit(this, QStringLiteral("coverageMonth"), QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_month->setMaximumDate(today);
    auto* previous = new QPushButton(tr("◀ Previous month"), this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto* next = new QPushButton(tr("Next month ▶"), this);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit, 2);
    filters->addWidget(new QLabel(tr("Month:"), this));
    filters->addWidget(previous);
    filters->addWidget(m_month);
    filters->addWidget(next);
    filters->addWidget(m_summary, 2);

    m_calendar = new CoverageCalendar(this);
    m_missedLabel = new QLabel(this);
    m_missedLabel->setObjectName(QStringLiteral("missedLabel"));
    auto* missedTable = new QTableView(this);
    missedTable->setModel(m_missedModel);
    ListTable::Options table;
    table.objectName = QStringLiteral("missedTable");
    table.accessibleName = tr("Sites missed on the day");
    table.sortIndicatorShown = false;
    table.maxColumnWidth = 220;
    m_missed = ListTable::attach(missedTable, table);
    auto* missed = new QWidget(this);
    auto* missedLayout = new QVBoxLayout(missed);
    missedLayout->setContentsMargins(0, 0, 0, 0);
    missedLayout->addWidget(m_missedLabel);
    missedLayout->addWidget(missedTable, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_calendar);
    splitter->addWidget(missed);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* legend = new QLabel(tr("Green: at least 95% of the running sites inspected · amber: 80% or more · red: fewer. "
                                 "Choose a day to list the sites nobody inspected."),
        this);
    legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(legend);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &CoverageTab::load);
    connect(m_month, &QDateEdit::dateChanged, this, &CoverageTab::load);
    connect(previous, &QPushButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(1)); });
    connect(m_calendar, &CoverageCalendar::daySelected, this, &CoverageTab::showMissed);
    connect(m_missedModel, &QueryTableModel::firstRowsLoaded, this, [this] { m_missed->fitColumns(); });
    connect(m_missedModel, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total >= 0)
            m_missedLabel->setText(tr("%n site(s) not inspected on %1:", nullptr, int(total))
                                       .arg(QLocale().toString(m_calendar->selectedDay(), QLocale::LongFormat)));
    });
    connect(missedTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("site"), m_missedModel->siteId(index.row())}});
    });
}

void CoverageTab::focusUnit()
{
    m_unit->setFocus(Qt::ShortcutFocusReason);
    if (m_unit->lineEdit())
        m_unit->lineEdit()->selectAll();
}

void CoverageTab::setUnit(qint64 unitId)
{
    ChoiceBox::select(m_unit, unitId);
}

void CoverageTab::showMissed(const QDate& day)
{
    m_missedLabel->setText(tr("Sites not inspected on %1:").arg(QLocale().toString(day, QLocale::LongFormat)));
    m_missedModel->show(ChoiceBox::selectedId(m_unit), day);
}

void CoverageTab::load()
{
    const qint64 unit = ChoiceBox::selectedId(m_unit);
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    const QDate now = OfficeClock::today();
    const QDate last = qMin(first.addMonths(1).addDays(-1), now);
    if (unit == 0 || last < first) {
        m_calendar->setMonth(first, {}, now);
        m_summary->setText(unit == 0 ? tr("Choose a unit.") : QString());
        return;
    }
    const int generation = ++m_generation;
    m_summary->setText(tr("Counting…"));
    Q_EMIT busyChanged(true);
    const QString path = context().database->path();
    runInBackground(
        this,
        [path, unit, first, last]() -> Result<QList<DayCoverage>> {
            const auto db = ConsoleDatabase::forThisThread(path);
            if (!db)
                return db.error();
            return InspectionQueries((*db)->connection()).coverage(unit, first, last);
        },
        [this, generation, first, now](const Result<QList<DayCoverage>>& days) {
            if (generation != m_generation)
                return;
            Q_EMIT busyChanged(false);
            if (!days) {
                m_summary->setText(days.error().message);
                m_calendar->setMonth(first, {}, now);
                return;
            }
            m_calendar->setMonth(first, *days, now);
            int inspected = 0;
            int expected = 0;
            int full = 0;
            for (const DayCoverage& d : *days) {
                if (d.day >= now)
                    continue; // today is still running: it counts once it is over
                inspected += qMin(d.inspected, d.expected);
                expected += d.expected;
                full += d.expected > 0 && d.inspected >= d.expected ? 1 : 0;
            }
            const double ratio = expected > 0 ? double(inspected) / expected : 0;
            m_summary->setText(tr("Coverage %1% · %n day(s) with every site inspected", nullptr, full)
                                   .arg(QLocale().toString(ratio * 100, 'f', 1)));
            showMissed(m_calendar->selectedDay());
        });
}

} // namespace sitegov
