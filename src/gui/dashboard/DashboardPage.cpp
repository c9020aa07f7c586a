#include "gui/dashboard/DashboardPage.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "gui/common/Background.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/probe/VetoRiskDialog.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/scores/ScoresPage.h"
#include "storage/AuditLog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/DashboardStats.h"

#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sitegov {

namespace {

QString signedNumber(const QLocale& locale, double value, int decimals)
{
    const QString text = locale.toString(std::abs(value), 'f', decimals);
    if (value > 0.05 / std::pow(10, decimals - 1))
        return QStringLiteral("+") + text;
    if (value < -0.05 / std::pow(10, decimals - 1))
        return QStringLiteral("−") + text;
    return locale.toString(0.0, 'f', decimals);
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

DashboardPage::DashboardPage(AppContext& context, ScoreSyncController* sync, QWidget* parent)
    : Page(context, parent)
    , m_sync(sync)
    , m_watch(new QTimer(this))
{
    auto* header = new PageHeader(title(), this);
    m_header = header;
    header->setScope(QLocale().toString(OfficeClock::today(), QLocale::LongFormat));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    header->addAction(refreshButton);

    auto* cards = new QWidget(this);
    m_cards = cards;
    m_grid = new QGridLayout(cards);
    m_grid->setSpacing(12);
    auto card = [cards](const QString& caption, const char* name) {
        auto* c = new FigureCard(caption, cards);
        c->setObjectName(QLatin1String(name));
        return c;
    };
    m_operating = card(tr("Operating sites"), "figureOperating");
    m_flagged = card(tr("Due for migration or closure"), "figureFlagged");
    m_consolidation = card(tr("On the unified platform"), "figureConsolidation");
    m_coverage = card(tr("Inspected today"), "figureCoverageToday");
    // "Unresolved" (未销号), as docs/design/glossary.md calls the items open or fixed, not yet closed.
    m_rectifications = card(tr("Unresolved rectifications"), "figureRectifications");
    m_overdue = card(tr("Overdue rectifications"), "figureOverdue");
    m_requests = card(tr("Requests waiting"), "figureRequests");
    m_reviews = card(tr("Weekly reviews not signed"), "figureReviews");
    m_tickets = card(tr("Overdue error reports"), "figureOverdueTickets");
    m_policies = card(tr("Key policies not reposted in 8 hours"), "figureOverduePolicies");
    m_score = card(tr("Average score"), "figureScore");
    m_passRate = card(tr("Pass rate"), "figurePassRate");
    m_spotChecks = card(tr("Spot checks this month"), "figureSpotChecks");
    m_vetoRisk = card(tr("Veto risk"), "figureVetoRisk");
    m_annual = card(tr("Annual report"), "figureAnnualReport");
    m_annual->setVisible(false);

    // Three sections of cards, four to a row where there is room; fewer on a narrow window (800 pixels
    // wide: the cards reflow instead of the page scrolling sideways).
    m_sections = {
        {sectionLabel(tr("Registry and consolidation"), cards), {m_operating, m_flagged, m_consolidation, m_requests}},
        {sectionLabel(tr("Supervision: daily inspection and weekly review"), cards),
            {m_coverage, m_rectifications, m_overdue, m_reviews, m_tickets, m_policies, m_annual}},
        {sectionLabel(tr("Performance scores"), cards), {m_score, m_passRate, m_spotChecks, m_vetoRisk}}};
    layoutCards(4);

    // Every card opens the list of what it counts, within the same jurisdiction (the account's unit and
    // those below it; docs/design/glossary.md): the list's rows are the card's figure.
    auto go = [this](FigureCard* c, const QString& page, const QVariantMap& args) {
        connect(c, &FigureCard::activated, this, [this, page, args] {
            // The other pages' lists are in the account's jurisdiction already; the site list is told.
            QVariantMap within = args;
            if (page == u"sites" && m_unitId != 0 && !this->context().session.isSystem())
                within.insert(QStringLiteral("unit"), m_unitId);
            Q_EMIT navigateRequested(page, within);
        });
    };
    go(m_operating, QStringLiteral("sites"), {{QStringLiteral("status"), QStringLiteral("operating")}});
    go(m_flagged, QStringLiteral("sites"), {{QStringLiteral("flags"), int(FlagConsolidationDue)}});
    go(m_consolidation, QStringLiteral("sites"), {{QStringLiteral("tab"), QStringLiteral("consolidation")}});
    // An inspector's own sites: their Today list; others the coverage calendar, which names the sites
    // not inspected yet.
    connect(m_coverage, &FigureCard::activated, this, [this] {
        if (m_ownSites) {
            Q_EMIT navigateRequested(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("today")}});
            return;
        }
        QVariantMap args{{QStringLiteral("tab"), QStringLiteral("coverage")}};
        if (m_unitId != 0)
            args.insert(QStringLiteral("unit"), m_unitId);
        Q_EMIT navigateRequested(QStringLiteral("inspections"), args);
    });
    go(m_rectifications, QStringLiteral("inspections"),
        {{QStringLiteral("tab"), QStringLiteral("rectifications")},
            {QStringLiteral("status"), QStringLiteral("unresolved")}});
    go(m_overdue, QStringLiteral("inspections"),
        {{QStringLiteral("tab"), QStringLiteral("rectifications")},
            {QStringLiteral("status"), QStringLiteral("overdue")}});
    go(m_tickets, QStringLiteral("tickets"), {{QStringLiteral("status"), QStringLiteral("overdue")}});
    go(m_policies, QStringLiteral("policies"), {{QStringLiteral("state"), QStringLiteral("overdue")}});
    // The annual reports' list, on last year's office report.
    connect(m_annual, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("annual"), {{QStringLiteral("year"), OfficeClock::today().year() - 1}});
    });
    connect(m_requests, &FigureCard::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("requests"),
            {{QStringLiteral("scope"), m_requestsAreInbox ? QStringLiteral("inbox") : QStringLiteral("all")},
                {QStringLiteral("state"), QStringLiteral("open")}});
    });
    go(m_reviews, QStringLiteral("reviews"),
        {{QStringLiteral("week"), IsoWeek::of(OfficeClock::today()).previous().key()},
            {QStringLiteral("status"), QStringLiteral("unsigned")}});
    // The month's plans of every office in the jurisdiction, as the card counts them.
    go(m_spotChecks, QStringLiteral("spotchecks"),
        {{QStringLiteral("month"), Period::monthOf(OfficeClock::today()).toString()},
            {QStringLiteral("org"), qint64(0)}});
    auto scores = [this] {
        Q_EMIT navigateRequested(QStringLiteral("scores"), {{QStringLiteral("period"), m_scorePeriod}});
    };
    connect(m_score, &FigureCard::activated, this, scores);
    connect(m_passRate, &FigureCard::activated, this, scores);
    connect(m_vetoRisk, &FigureCard::activated, this, [this] {
        VetoRiskDialog dialog(m_vetoRows, this);
        connect(&dialog, &VetoRiskDialog::siteRequested, this, [this](qint64 siteId) {
            Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("site"), siteId}});
        });
        dialog.exec();
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(cards);
    scroll->viewport()->installEventFilter(this);
    m_scroll = scroll;
    m_state = new StateView(scroll, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_state, 1);

    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &DashboardPage::checkForChanges);
    connect(m_sync, &ScoreSyncController::cacheChanged, this, [this] {
        if (isLoaded())
            refresh();
    });
}

void DashboardPage::layoutCards(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the layout items; the widgets stay
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    int row = 0;
    for (const Section& section : std::as_const(m_sections)) {
        m_grid->addWidget(section.label, row++, 0, 1, columns);
        for (int i = 0; i < section.cards.size(); ++i) {
            m_grid->addWidget(section.cards.at(i), row + i / columns, i % columns);
        }
        row += (int(section.cards.size()) + columns - 1) / columns;
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(row, 1);
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitCards();
    return Page::eventFilter(watched, event);
}

void DashboardPage::fitCards()
{
    // As many cards to a row as fit the widest card's minimum width (its figure and context line
    // as they read now), four at most.
    const int spacing = m_grid->horizontalSpacing();
    const QMargins margins = m_grid->contentsMargins();
    const int room = m_scroll->viewport()->width() - margins.left() - margins.right();
    int card = 1;
    for (const Section& section : std::as_const(m_sections)) {
        for (const QWidget* c : section.cards)
            card = std::max({card, c->minimumWidth(), c->minimumSizeHint().width()});
    }
    layoutCards(qBound(1, (room + spacing) / (card + spacing), 4));
}

void DashboardPage::activate()
{
    if (isLoaded())
        checkForChanges();
    Page::activate();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_watch->start();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_watch->stop();
}

QString DashboardPage::changeMark()
{
    // One indexed lookup (the audit log's newest row) on the GUI connection: cheap enough to poll.
    QString mark = OfficeClock::today().toString(Qt::ISODate);
    if (const auto last = AuditLog::lastId(context().database->connection()))
        mark += u'/' + QString::number(*last);
    return mark;
}

void DashboardPage::checkForChanges()
{
    if (!isLoaded() || isBusy() || !context().database)
        return;
    if (changeMark() != m_computedMark)
        refresh();
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
    const Session session = context().session;
    const QString mark = changeMark();
    const QDate today = OfficeClock::today();
    runInBackground(
        this,
        [path, session, today]() -> Result<DashboardFigures> {
            const auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            return DashboardStats::compute((*db)->connection(), session, today);
        },
        [this, generation, mark](const Result<DashboardFigures>& result) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            setBusy(false);
            if (!result) {
                m_state->showError(result.error(), [this] { refresh(); });
                return;
            }
            m_computedMark = mark;
            const DashboardFigures& f = *result;
            m_unitId = f.unitId;
            m_ownSites = f.ownSites;
            // Every card covers the account's jurisdiction: say which.
            const QString day = QLocale().toString(f.today, QLocale::LongFormat);
            m_header->setScope(f.unitName.isEmpty() ? day : f.unitName + QStringLiteral(" · ") + day);
            const RegistryFigures& r = f.registry;
            if (r.sitesTotal == 0) {
                m_state->showEmpty(tr("No sites are registered yet. The figures appear once sites are registered."),
                    tr("Go to the site registry"), [this] { Q_EMIT navigateRequested(QStringLiteral("sites"), {}); });
                return;
            }
            const QLocale locale;
            using Tone = FigureCard::Tone;
            m_operating->setValue(locale.toString(r.operating),
                tr("%1 migrating, %2 planned, %3 closed")
                    .arg(locale.toString(r.migrating), locale.toString(r.planned), locale.toString(r.closed)));
            m_flagged->setValue(locale.toString(r.flaggedForConsolidation),
                r.flaggedForConsolidation == 0 ? tr("None: every township and county-department site is closed")
                                               : tr("Township/street or county-department sites still open"),
                r.flaggedForConsolidation == 0 ? Tone::Good : Tone::Warning);
            m_consolidation->setValue(locale.toString(r.consolidationPercent(), 'f', 1) + locale.percent(),
                tr("%1 of %Ln open site(s)", nullptr, r.notClosed()).arg(locale.toString(r.onUnifiedPlatform)),
                r.consolidationPercent() >= 80 ? Tone::Good : Tone::Warning);

            const double coverage = f.coveragePercent();
            m_coverage->setValue(locale.toString(coverage, 'f', 1) + locale.percent(),
                f.ownSites ? tr("%1 of the %Ln running site(s) you take care of, inspected by you today", nullptr, f.runningSites)
                                 .arg(locale.toString(f.inspectedToday))
                           : tr("%1 of %Ln running site(s) inspected today", nullptr, f.runningSites).arg(locale.toString(f.inspectedToday)),
                f.runningSites == 0 ? Tone::Neutral : coverage >= 100 ? Tone::Good : coverage >= 50 ? Tone::Warning : Tone::Bad);
            m_rectifications->setValue(locale.toString(f.unresolvedRectifications),
                tr("Open or fixed, awaiting re-check and closure"),
                f.unresolvedRectifications == 0 ? Tone::Good : Tone::Neutral);
            m_overdue->setValue(locale.toString(f.overdueRectifications),
                f.overdueRectifications == 0 ? tr("None past its deadline")
                                             : tr("Past the deadline: accountability items"),
                f.overdueRectifications == 0 ? Tone::Good : Tone::Bad);
            m_tickets->setValue(locale.toString(f.overdueTickets),
                f.overdueTickets == 0
                    ? tr("None past the 3 working days; %Ln not closed", nullptr, f.unclosedTickets)
                    : tr("Not closed within 3 working days, of %Ln not closed", nullptr, f.unclosedTickets),
                f.overdueTickets == 0 ? Tone::Good : Tone::Bad);
            m_policies->setValue(locale.toString(f.overduePolicies),
                f.overduePolicies == 0
                    ? tr("Every open item reposted or within its 8 hours; %Ln open", nullptr, f.openPolicies)
                    : tr("Open past 8 hours with a portal missing, of %Ln open", nullptr, f.openPolicies),
                f.overduePolicies == 0 ? Tone::Good : Tone::Bad);
            m_requestsAreInbox = f.requestsAreInbox;
            m_requests->setValue(locale.toString(f.requestsWaiting),
                f.requestsAreInbox ? tr("Waiting for your decision")
                                   : tr("Open in your jurisdiction: submitted, in review or awaiting the national filing"),
                f.requestsWaiting == 0 ? Tone::Good : Tone::Warning);
            m_reviews->setValue(locale.toString(f.reviewsMissing),
                tr("%1 of %Ln unit(s), %2: %3 not submitted, %4 drafts", nullptr, f.reviewsExpected)
                    .arg(locale.toString(f.reviewsMissing), f.reviewWeek.displayName(),
                        locale.toString(f.reviewsMissing - f.reviewsDraft), locale.toString(f.reviewsDraft)),
                f.reviewsMissing == 0 ? Tone::Good : Tone::Bad);

            const SpotCheckMonthFigures& sc = f.spotChecks;
            if (sc.plans == 0) {
                m_spotChecks->setValue(QStringLiteral("–"), tr("No plan drawn for %1 yet").arg(sc.month.toString()), Tone::Warning);
            } else {
                m_spotChecks->setValue(locale.toString(sc.coveredPercent(), 'f', 1) + locale.percent(),
                    tr("%1 planned, %2 assessed, %3 failing; share of running sites covered (at least %4 required)")
                        .arg(locale.toString(sc.planned), locale.toString(sc.confirmed), locale.toString(sc.failing),
                            locale.toString(f.spotCheckSharePercent) + locale.percent()),
                    spotCheckTone(sc, f.spotCheckSharePercent));
            }
            // From 1 January until the office's report of the year before is published (due by 31 January).
            const AnnualReportService::Reminder& annual = f.annualReport;
            m_annual->setVisible(annual.due);
            if (annual.due) {
                const QString state = annual.state ? AnnualReportForm::displayName(*annual.state) : tr("Not started");
                m_annual->setValue(state,
                    annual.overdue
                        ? tr("The report of %1 was due by %2 and is not published").arg(annual.year).arg(
                              QLocale().toString(annual.deadline, QLocale::ShortFormat))
                        : tr("The report of %1 is due by %2").arg(annual.year).arg(
                              QLocale().toString(annual.deadline, QLocale::ShortFormat)),
                    annual.overdue ? Tone::Bad : Tone::Warning);
            }
            m_vetoRows = f.vetoRisk;
            int vetoed = 0;
            for (const VetoRiskRow& v : f.vetoRisk)
                vetoed += v.worst() == Verdict::Veto ? 1 : 0;
            m_vetoRisk->setValue(locale.toString(f.vetoRisk.size()),
                f.vetoRisk.isEmpty() ? tr("No running site over an early-warning line of the probe")
                                     : tr("Over an early-warning line of the probe; %1 already at a veto line")
                                           .arg(locale.toString(vetoed)),
                f.vetoRisk.isEmpty() ? Tone::Good : vetoed > 0 ? Tone::Bad : Tone::Warning);

            if (!f.hasScores) {
                m_scorePeriod.clear();
                const QString why
                    = m_sync->isConfigured() ? tr("No scores synced yet") : tr("No assessment backend configured");
                m_score->setValue(QStringLiteral("–"), why);
                m_passRate->setValue(QStringLiteral("–"), why);
            } else {
                const ScoreSummary& last = f.lastPeriod;
                const ScoreSummary& before = f.previousPeriod;
                m_scorePeriod = last.period.toString();
                const QString period = ScoresPage::periodName(last.period);
                const bool compare = before.count > 0;
                const double meanChange = last.mean - before.mean;
                const double rateChange = last.passRate() - before.passRate();
                m_score->setValue(locale.toString(last.mean, 'f', 1),
                    compare ? tr("%1, %2 sites; %3 points from %4")
                                  .arg(period, locale.toString(last.count), signedNumber(locale, meanChange, 1),
                                      ScoresPage::periodName(before.period))
                            : tr("%1, %2 sites").arg(period, locale.toString(last.count)),
                    last.mean >= 60 ? Tone::Good : Tone::Bad);
                m_passRate->setValue(locale.toString(last.passRate(), 'f', 1) + locale.percent(),
                    compare ? tr("%1: %2 of %3 passed; %4 points from %5")
                                  .arg(period, locale.toString(last.passed), locale.toString(last.count),
                                      signedNumber(locale, rateChange, 1), ScoresPage::periodName(before.period))
                            : tr("%1: %2 of %3 passed")
                                  .arg(period, locale.toString(last.passed), locale.toString(last.count)),
                    last.passRate() >= 90       ? Tone::Good
                        : last.passRate() >= 60 ? Tone::Warning
                                                : Tone::Bad);
            }
            m_state->showContent();
            fitCards(); // the figures' lines may have widened a card
        });
}

FigureCard::Tone DashboardPage::spotCheckTone(const SpotCheckMonthFigures& figures, int requiredPercent)
{
    if (figures.failing > 0)
        return FigureCard::Tone::Bad;
    return figures.coveredPercent() >= requiredPercent ? FigureCard::Tone::Good : FigureCard::Tone::Warning;
}

} // namespace sitegov
