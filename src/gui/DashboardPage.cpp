#include "gui/DashboardPage.h"

#include "gui/Background.h"
#include "gui/FigureCard.h"
#include "gui/PageHeader.h"
#include "gui/StateView.h"
#include "core/Inspection.h"
#include "storage/Database.h"
#include "storage/InspectionQueries.h"
#include "storage/RegistryStats.h"

#include <QDate>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlError>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace sitegov {

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* header = new PageHeader(title(), this);
    header->setScope(QLocale().toString(OfficeClock::today(), QLocale::LongFormat));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    header->addAction(refreshButton);

    auto* cards = new QWidget(this);
    auto* grid = new QGridLayout(cards);
    grid->setSpacing(12);
    m_operating = new FigureCard(tr("Operating sites"), cards);
    m_flagged = new FigureCard(tr("Due for migration or closure"), cards);
    m_consolidation = new FigureCard(tr("On the unified platform"), cards);
    m_closed = new FigureCard(tr("Closed sites"), cards);
    m_units = new FigureCard(tr("Registered units"), cards);
    m_operating->setObjectName(QStringLiteral("figureOperating"));
    m_flagged->setObjectName(QStringLiteral("figureFlagged"));
    m_consolidation->setObjectName(QStringLiteral("figureConsolidation"));
    m_closed->setObjectName(QStringLiteral("figureClosed"));
    m_units->setObjectName(QStringLiteral("figureUnits"));
    grid->addWidget(m_operating, 0, 0);
    grid->addWidget(m_flagged, 0, 1);
    grid->addWidget(m_consolidation, 0, 2);
    grid->addWidget(m_closed, 1, 0);
    grid->addWidget(m_units, 1, 1);
    m_coverage = new FigureCard(tr("Inspected today"), cards);
    m_rectifications = new FigureCard(tr("Open rectification items"), cards);
    m_coverage->setObjectName(QStringLiteral("figureCoverageToday"));
    m_rectifications->setObjectName(QStringLiteral("figureRectifications"));
    grid->addWidget(m_coverage, 1, 2);
    grid->addWidget(m_rectifications, 2, 0);
    connect(m_coverage, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("coverage")}});
    });
    connect(m_rectifications, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("inspections"),
            {{QStringLiteral("tab"), QStringLiteral("rectifications")}, {QStringLiteral("status"), QStringLiteral("overdue")}});
    });
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(3, 1);

    connect(m_operating, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("status"), QStringLiteral("operating")}});
    });
    connect(m_flagged, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("flagged"), true}});
    });
    connect(m_consolidation, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("platform"), QStringLiteral("standalone")}});
    });
    connect(m_closed, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("status"), QStringLiteral("closed")}});
    });
    connect(m_units, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {});
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cards);
    m_state = new StateView(scroll, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_state, 1);
}

void DashboardPage::activate()
{
    if (isLoaded())
        refresh();
    else
        Page::activate();
}

void DashboardPage::refresh()
{
    if (!context().database)
        return;
    setBusy(true);
    if (m_operating->value() == QStringLiteral("–"))
        m_state->showLoading(tr("Computing the figures…"));
    const int generation = ++m_generation;
    const QString path = context().database->path();
    const qint64 unit = context().session.isSystem() ? 0 : context().session.orgId;
    const QDate today = OfficeClock::today();
    runInBackground(
        this,
        [path, unit, today]() -> Result<Figures> {
            const auto db = Database::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            QSqlDatabase c = (*db)->connection();
            Figures f;
            auto registry = RegistryStats::compute(c);
            if (!registry)
                return registry.error();
            f.registry = *registry;
            InspectionQueries inspections(c);
            const qint64 scope = unit != 0 ? unit : 0;
            if (scope != 0) {
                const auto day = inspections.coverage(scope, today, today);
                if (!day)
                    return day.error();
                f.today = day->isEmpty() ? DayCoverage{today, 0, 0} : day->constFirst();
            } else {
                // The whole registry: every top unit.
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL")))
                    return Error{tr("The units could not be read."), q.lastError().text()};
                QList<qint64> tops;
                while (q.next())
                    tops << q.value(0).toLongLong();
                f.today = DayCoverage{today, 0, 0};
                for (const qint64 top : tops) {
                    const auto day = inspections.coverage(top, today, today);
                    if (!day)
                        return day.error();
                    if (!day->isEmpty()) {
                        f.today.inspected += day->constFirst().inspected;
                        f.today.expected += day->constFirst().expected;
                    }
                }
            }
            const auto unresolved = inspections.unresolvedRectifications(scope);
            if (!unresolved)
                return unresolved.error();
            const auto overdue = inspections.overdueRectifications(scope, today);
            if (!overdue)
                return overdue.error();
            f.unresolved = *unresolved;
            f.overdue = *overdue;
            return f;
        },
        [this, generation](const Result<Figures>& figures) {
            Result<RegistryFigures> result = figures ? Result<RegistryFigures>(figures->registry) : Result<RegistryFigures>(figures.error());
            if (generation != m_generation)
                return; // a newer refresh is on its way
            setBusy(false);
            if (!result) {
                m_state->showError(result.error(), [this] { refresh(); });
                return;
            }
            const RegistryFigures& f = *result;
            if (f.sitesTotal == 0) {
                m_state->showEmpty(tr("No sites are registered yet. The figures appear once sites are registered."),
                    tr("Go to the site registry"),
                    [this] { Q_EMIT navigateRequested(QStringLiteral("sites"), {}); });
                return;
            }
            const QLocale locale;
            m_operating->setValue(locale.toString(f.operating),
                tr("%1 migrating, %2 planned").arg(locale.toString(f.migrating), locale.toString(f.planned)));
            m_flagged->setValue(locale.toString(f.flaggedForConsolidation),
                f.flaggedForConsolidation == 0 ? tr("None: every township and county-department site is closed")
                                               : tr("Township/street or county-department sites still open"),
                f.flaggedForConsolidation == 0 ? FigureCard::Tone::Good : FigureCard::Tone::Warning);
            m_consolidation->setValue(locale.toString(f.consolidationPercent(), 'f', 1) + locale.percent(),
                tr("%1 of %2 open sites").arg(locale.toString(f.onUnifiedPlatform), locale.toString(f.notClosed())),
                f.consolidationPercent() >= 80 ? FigureCard::Tone::Good : FigureCard::Tone::Warning);
            m_closed->setValue(locale.toString(f.closed),
                tr("%1% of all registered sites")
                    .arg(locale.toString(f.sitesTotal ? 100.0 * f.closed / f.sitesTotal : 0.0, 'f', 1)));
            m_units->setValue(locale.toString(f.units), tr("Governments and departments"));
            const DayCoverage& today = figures->today;
            m_coverage->setValue(today.expected > 0 ? locale.toString(today.ratio() * 100, 'f', 0) + locale.percent() : QStringLiteral("–"),
                tr("%1 of %2 running sites").arg(locale.toString(today.inspected), locale.toString(today.expected)),
                today.ratio() >= 0.95 ? FigureCard::Tone::Good : FigureCard::Tone::Warning);
            m_rectifications->setValue(locale.toString(figures->unresolved),
                figures->overdue > 0 ? tr("%n overdue", nullptr, figures->overdue) : tr("None overdue"),
                figures->overdue > 0 ? FigureCard::Tone::Bad : FigureCard::Tone::Good);
            m_state->showContent();
        });
}

} // namespace sitegov

