#include "gui/DashboardPage.h"

#include "gui/Background.h"
#include "gui/FigureCard.h"
#include "gui/PageHeader.h"
#include "gui/StateView.h"
#include "storage/Database.h"
#include "storage/RegistryStats.h"

#include <QDate>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sitegov {

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* header = new PageHeader(title(), this);
    header->setScope(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
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
    grid->setRowStretch(2, 1);
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

void DashboardPage::refresh()
{
    if (!context().database)
        return;
    setBusy(true);
    if (m_operating->value() == QStringLiteral("–"))
        m_state->showLoading(tr("Computing the figures…"));
    const int generation = ++m_generation;
    const QString path = context().database->path();
    runInBackground(
        this,
        [path]() -> Result<RegistryFigures> {
            const auto db = Database::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            return RegistryStats::compute((*db)->connection());
        },
        [this, generation](const Result<RegistryFigures>& result) {
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
            m_state->showContent();
        });
}

} // namespace sitegov
