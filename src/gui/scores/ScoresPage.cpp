#include "gui/scores/ScoresPage.h"

#include "core/ScoreStats.h"
#include "gui/charts/BarChartPanel.h"
#include "gui/charts/LineChartPanel.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListTable.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "gui/scores/ScoreChartData.h"
#include "gui/scores/ScoreSyncController.h"
#include "storage/ConsoleDatabase.h"
#include "storage/DashboardStats.h"
#include "storage/OrganisationRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

namespace {

constexpr int kTrendPeriods = 12;
constexpr int kTrendSites = 5;
constexpr int SortRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
constexpr int SiteIdRole = Qt::UserRole + 3;
constexpr int kPlainNameRole = Qt::UserRole + 4; // a region's name without "(my jurisdiction)"

enum Column { RankColumn, CodeColumn, NameColumn, LevelColumn, RegionColumn, TotalColumn, DeductionColumn, BonusColumn, ResultColumn, ColumnCount };

QStandardItem* item(const QString& text, const QVariant& sortKey, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* i = new QStandardItem(text);
    i->setData(sortKey, SortRole);
    i->setTextAlignment(align);
    i->setEditable(false);
    return i;
}

} // namespace

QString ScoresPage::periodName(const Period& period)
{
    switch (period.kind()) {
    case Period::Kind::Month:
        // A date format (QLocale), so that each language writes the month its own way.
        return QLocale().toString(QDate(period.yearNumber(), period.index(), 1),
            tr("yyyy-MM", "date format of a score period's month"));
    case Period::Kind::Quarter:
        return tr("Q%2 %1", "year and quarter of a score period").arg(period.yearNumber()).arg(period.index());
    case Period::Kind::Year:
        break;
    }
    return tr("Year %1", "a score period of a whole year").arg(period.yearNumber());
}

QString ScoresPage::axisPeriodName(const Period& period, bool withYear, const QString& separator)
{
    if (period.kind() != Period::Kind::Month)
        return periodName(period);
    const QDate month(period.yearNumber(), period.index(), 1);
    const QString name = QLocale().toString(month, tr("MMM", "date format of a month on a chart axis"));
    if (!withYear)
        return name;
    if (separator == u" ") // on one line, in the language's order
        return QLocale().toString(month, tr("MMM yyyy", "date format of a month on a chart axis, with its year"));
    return name + separator + QLocale().toString(month, tr("yyyy", "date format of the year under a month on a chart axis"));
}

ScoresPage::ScoresPage(AppContext& context, ScoreSyncController* sync, QWidget* parent)
    : Page(context, parent)
    , m_sync(sync)
{
    auto* header = new PageHeader(title(), this);
    header->setScope(tr("Performance scores from the assessment backend"));
    if (context.database && context.session.orgId != 0) {
        if (const auto unit = OrganisationRepository(context.database->connection()).byId(context.session.orgId)) {
            m_unitName = unit->name;
            // The page opens on the account's jurisdiction; the whole province is one choice away.
            m_home = DashboardStats::scoreScope(unit->divisionCode, Vocabulary::key(unit->level));
            m_homeName = unit->name;
        }
    }
    m_syncButton = new QPushButton(tr("Sync now"), this);
    m_syncButton->setObjectName(QStringLiteral("scoresSync"));
    m_syncButton->setToolTip(tr("Fetch the latest scores from the assessment backend (F5)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("scoresCancel"));
    m_cancelButton->setVisible(false);
    m_exportButton = new QPushButton(tr("Export charts…"), this);
    m_exportButton->setObjectName(QStringLiteral("scoresExport"));
    m_exportButton->setToolTip(tr("Save the four charts as a PDF (one A4 page each) or as PNG pictures; File > Print "
                                  "(Ctrl+P) prints them, and Ctrl+C on a chart copies it as a picture"));
    header->addAction(m_exportButton);
    header->addAction(m_cancelButton);
    header->addAction(m_syncButton);

    // The sync's state: progress while it runs; when it last succeeded, and why it failed.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scoresProgress"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("scoresSyncStatus"));
    m_syncStatus->setWordWrap(true);
    m_syncStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_progress);
    syncRow->addWidget(m_syncStatus, 1);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("scoresPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setMinimumContentsLength(10);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("scoresRegion"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setMinimumContentsLength(8);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("scoresLevel"));
    m_level->setAccessibleName(tr("Level"));
    m_level->addItem(tr("All levels"), QString());
    ChoiceBox::addKeys(m_level, Vocabulary::adminLevels());
    m_trendMode = new QComboBox(this);
    m_trendMode->setObjectName(QStringLiteral("scoresTrendMode"));
    m_trendMode->setAccessibleName(tr("Trend lines"));
    for (QComboBox* c : {m_period, m_region, m_level, m_trendMode})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trendMode->addItem(tr("Trend by region or level"), QStringLiteral("groups"));
    m_trendMode->addItem(tr("Trend of the top %1 sites").arg(kTrendSites), QStringLiteral("sites"));
    auto* filters = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addSpacing(12);
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addSpacing(12);
    filters->addWidget(m_trendMode);
    filters->addStretch(1);

    auto* content = new QWidget(this);
    m_ranking = new BarChartPanel(content);
    m_ranking->setObjectName(QStringLiteral("rankingChart"));
    m_histogram = new BarChartPanel(content);
    m_histogram->setObjectName(QStringLiteral("histogramChart"));
    m_levels = new BarChartPanel(content);
    m_levels->setObjectName(QStringLiteral("levelChart"));
    m_trend = new LineChartPanel(content);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    for (ChartPanel* c : {static_cast<ChartPanel*>(m_ranking), static_cast<ChartPanel*>(m_histogram),
             static_cast<ChartPanel*>(m_levels), static_cast<ChartPanel*>(m_trend)})
        c->setMinimumHeight(275);
    // The ranking beside the two smaller charts: all three fit a 1366×768 window without scrolling.
    m_ranking->setMinimumHeight(2 * 275 + 6);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Rank in level"), tr("Code"), tr("Site"), tr("Level"), tr("Region"), tr("Total"),
        tr("Deduction score"), tr("Bonus"), tr("Result")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(content);
    m_table->setModel(m_proxy);
    ListTable::Options table;
    table.objectName = QStringLiteral("scoresTable");
    table.accessibleName = tr("Scores of the sites");
    table.sortColumn = TotalColumn;
    table.sortOrder = Qt::DescendingOrder;
    m_list = ListTable::attach(m_table, table);
    m_table->setMinimumHeight(360);
    m_table->setToolTip(tr("Click a site to open it on the Sites page"));

    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_scroll = scroll;
    scroll->viewport()->installEventFilter(this);
    layoutCharts();
    m_state = new StateView(scroll, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(syncRow);
    layout->addLayout(filters);
    layout->addWidget(m_state, 1);

    auto changed = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, changed);
    connect(m_level, &QComboBox::currentIndexChanged, this, changed);
    connect(m_trendMode, &QComboBox::currentIndexChanged, this, [this] {
        // Chosen by hand: the site asked for from the site detail no longer leads the lines.
        if (!m_filling)
            m_focusSite.clear();
    });
    connect(m_trendMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (!m_sync->isConfigured()) {
            Q_EMIT navigateRequested(QStringLiteral("settings"), {{QStringLiteral("section"), QStringLiteral("backend")}});
            return;
        }
        m_sync->start();
    });
    connect(m_cancelButton, &QPushButton::clicked, m_sync, &ScoreSyncController::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ScoresPage::exportAll);

    auto open = [this](const QVariant& key) {
        const QVariantList pair = key.toList();
        if (pair.size() == 2)
            openSite(pair.at(0).toString(), pair.at(1).toLongLong());
    };
    connect(m_ranking, &ChartPanel::activated, this, open);
    connect(m_trend, &ChartPanel::activated, this, [this, open](const QVariant& key) {
        if (key.typeId() == QMetaType::QVariantList) {
            open(key);
        } else if (!key.toString().isEmpty()) {
            // A region's line: narrow the scope to it; a level's line: to the level.
            const int region = m_region->findData(key.toString());
            if (region >= 0)
                m_region->setCurrentIndex(region);
            else if (const int level = m_level->findData(key.toString()); level >= 0)
                m_level->setCurrentIndex(level);
        }
    });
    connect(m_levels, &ChartPanel::activated, this, [this](const QVariant& key) {
        const int level = m_level->findData(key.toString());
        if (level >= 0)
            m_level->setCurrentIndex(level);
    });
    auto openRow = [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(CodeColumn);
        openSite(first.data(CodeRole).toString(), first.data(SiteIdRole).toLongLong());
    };
    connect(m_table, &QTableView::clicked, this, openRow);
    connect(m_table, &QTableView::activated, this, openRow);

    connect(m_sync, &ScoreSyncController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancelButton->setVisible(true);
        m_syncButton->setEnabled(false);
        setBusy(true);
        updateSyncStatus();
    });
    connect(m_sync, &ScoreSyncController::progress, this, [this](int done, int total, const QString& text) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 periods").arg(done).arg(total));
        m_syncStatus->setText(text);
    });
    connect(m_sync, &ScoreSyncController::finished, this, [this](bool ok, const Error&) {
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        m_syncButton->setEnabled(true);
        updateSyncStatus();
        if (!m_loading)
            setBusy(false);
        // A failed sync leaves the cache as it was: the charts keep it, reloaded only when empty.
        if (!ok && isLoaded() && m_period->count() == 0)
            reload();
    });
    connect(m_sync, &ScoreSyncController::cacheChanged, this, [this] {
        if (isLoaded())
            reload();
    });
    connect(m_sync, &ScoreSyncController::stateChanged, this, &ScoresPage::updateSyncStatus);
    updateSyncStatus();
}

namespace {
// The width two charts side by side need for their axes' labels (a ranking's 0 to 130 every 10 points,
// the distribution's eleven bins) in either language.
constexpr int kTwoColumnsWidth = 1000;
} // namespace

bool ScoresPage::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCharts();
    return Page::eventFilter(watched, event);
}

void ScoresPage::layoutCharts()
{
    const int width = m_scroll ? m_scroll->viewport()->width() : 0;
    const int columns = width > 0 && width < kTwoColumnsWidth ? 1 : 2;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (QWidget* w : {static_cast<QWidget*>(m_ranking), static_cast<QWidget*>(m_histogram),
             static_cast<QWidget*>(m_levels), static_cast<QWidget*>(m_trend), static_cast<QWidget*>(m_table)})
        m_grid->removeWidget(w);
    if (columns == 2) {
        m_grid->addWidget(m_ranking, 0, 0, 2, 1);
        m_grid->addWidget(m_histogram, 0, 1);
        m_grid->addWidget(m_levels, 1, 1);
        m_grid->addWidget(m_trend, 2, 0, 1, 2);
        m_grid->addWidget(m_table, 3, 0, 1, 2);
        m_grid->setColumnStretch(1, 1);
    } else {
        m_grid->addWidget(m_ranking, 0, 0);
        m_grid->addWidget(m_histogram, 1, 0);
        m_grid->addWidget(m_levels, 2, 0);
        m_grid->addWidget(m_trend, 3, 0);
        m_grid->addWidget(m_table, 4, 0);
        m_grid->setColumnStretch(1, 0);
    }
    m_grid->setColumnStretch(0, 1);
}

void ScoresPage::activate()
{
    const bool first = !isLoaded();
    Page::activate();
    if (first) {
        reload();
        // Opening the page fetches what changed (an unchanged period costs one 304).
        if (m_sync->isConfigured() && !m_sync->isRunning())
            m_sync->start();
    }
}

void ScoresPage::refresh()
{
    if (m_sync->isConfigured() && !m_sync->isRunning())
        m_sync->start();
    reload();
}

void ScoresPage::navigate(const QVariantMap& arguments)
{
    const QString site = arguments.value(QStringLiteral("site")).toString();
    if (!site.isEmpty()) {
        // One site's trend beside the best of its scope.
        m_focusSite = site;
        m_filling = true;
        m_trendMode->setCurrentIndex(m_trendMode->findData(QStringLiteral("sites")));
        m_filling = false;
        if (isLoaded())
            reload();
    }
    const QString period = arguments.value(QStringLiteral("period")).toString();
    if (!period.isEmpty()) {
        const int i = m_period->findData(period);
        if (i >= 0)
            m_period->setCurrentIndex(i);
        else
            m_pendingPeriod = period;
    }
}

ScoreScope ScoresPage::scope() const
{
    ScoreScope s;
    const QString region = m_region->currentData().toString();
    if (region.startsWith(u'='))
        s.regionPrefix = region.mid(1);
    else
        s.cityRegion = region;
    const QString level = m_level->currentData().toString();
    if (!level.isEmpty())
        s.level = Vocabulary::adminLevel(level);
    return s;
}

void ScoresPage::updateSyncStatus()
{
    const ScoreSyncState& state = m_sync->state();
    const QLocale locale;
    if (!m_sync->isConfigured()) {
        m_syncStatus->setText(tr("No assessment backend is configured: set its address and token in Settings, then "
                                 "sync. Scores synced before stay available."));
        m_syncButton->setText(tr("Set up the backend…"));
        return;
    }
    m_syncButton->setText(tr("Sync now"));
    if (m_sync->isRunning()) {
        m_syncStatus->setText(tr("Syncing with %1…").arg(m_sync->config().shortAddress()));
        return;
    }
    QString text = state.lastSuccessAt.isValid()
        ? tr("Last synced %1 from %2.")
              .arg(ScoreSyncController::timeText(state.lastSuccessAt), m_sync->config().shortAddress())
        : tr("Never synced with %1.").arg(m_sync->config().shortAddress());
    if (state.failedLast()) {
        text = state.lastSuccessAt.isValid()
            ? tr("The sync of %1 failed: %2 The scores shown are those of the last successful sync (%3).")
                  .arg(ScoreSyncController::timeText(state.lastFailureAt), state.lastError.message,
                      ScoreSyncController::timeText(state.lastSuccessAt))
            : tr("The sync of %1 failed: %2").arg(ScoreSyncController::timeText(state.lastFailureAt), state.lastError.message);
        m_syncStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_syncStatus->setToolTip(state.lastError.detail);
    } else {
        m_syncStatus->setStyleSheet(QString());
        m_syncStatus->setToolTip(QString());
    }
    m_syncStatus->setText(text);
}

void ScoresPage::reload()
{
    if (!context().database)
        return;
    m_loading = true;
    setBusy(true);
    if (m_period->count() == 0)
        m_state->showLoading(tr("Reading the cached scores…"));
    const int generation = ++m_generation;
    const QString path = context().database->path();
    Period wanted;
    const QString wantedText = m_pendingPeriod.isEmpty() ? m_period->currentData().toString() : m_pendingPeriod;
    if (auto p = Period::parse(wantedText))
        wanted = *p;
    ScoreScope sc = scope();
    if (!m_regionChosen) {
        // Before the region list is filled: the account's own jurisdiction, which it will show.
        sc.cityRegion = m_home.cityRegion;
        sc.regionPrefix = m_home.regionPrefix;
    }
    const bool siteTrend = m_trendMode->currentData().toString() == u"sites";
    const QString focus = siteTrend ? m_focusSite : QString();
    runInBackground(
        this,
        [path, wanted, sc, siteTrend, focus]() -> Result<Loaded> {
            const auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            const ScoreQueries queries((*db)->connection());
            Loaded out;
            const auto months = queries.latest(Period::Kind::Month, 240);
            const auto quarters = queries.latest(Period::Kind::Quarter, 80);
            const auto years = queries.latest(Period::Kind::Year, 20);
            if (!months)
                return months.error();
            if (!quarters)
                return quarters.error();
            if (!years)
                return years.error();
            out.periods = *months + *quarters + *years;
            if (out.periods.isEmpty())
                return out;
            const auto regions = queries.regions();
            if (!regions)
                return regions.error();
            out.regions = *regions;
            out.period = out.periods.contains(wanted) ? wanted : out.periods.constFirst();
            auto rows = queries.scores(out.period, sc);
            if (!rows)
                return rows.error();
            out.rows = std::move(rows).value();
            const auto levels = queries.levelRates(out.period, sc);
            if (!levels)
                return levels.error();
            out.levels = *levels;
            const auto periods = queries.periodsUpTo(out.period, kTrendPeriods);
            if (!periods)
                return periods.error();
            out.trendPeriods = *periods;
            if (siteTrend) {
                QStringList codes;
                if (!focus.isEmpty())
                    codes << focus;
                for (int i = 0; i < out.rows.size() && codes.size() < kTrendSites; ++i) {
                    if (out.rows.at(i).score.siteCode != focus)
                        codes << out.rows.at(i).score.siteCode;
                }
                auto lines = queries.siteTrend(codes, out.period, kTrendPeriods);
                if (!lines)
                    return lines.error();
                out.trend = std::move(lines).value();
            } else {
                auto lines = queries.groupTrend(out.period, kTrendPeriods, sc);
                if (!lines)
                    return lines.error();
                out.trend = std::move(lines).value();
            }
            return out;
        },
        [this, generation](const Result<Loaded>& result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!m_sync->isRunning())
                setBusy(false);
            if (!result) {
                m_state->showError(result.error(), [this] { reload(); });
                return;
            }
            show(*result);
        });
}

void ScoresPage::show(const Loaded& data)
{
    const QLocale locale;
    m_filling = true;
    // The pickers follow the cache; the choices made stay where they still exist.
    const QString region = m_region->currentData().toString();
    m_period->clear();
    for (const Period& p : data.periods)
        m_period->addItem(periodName(p), p.toString());
    m_period->setCurrentIndex(qMax(0, m_period->findData(data.period.toString())));
    m_region->clear();
    m_region->addItem(tr("Whole province"), QString());
    // A jurisdiction below the city level (a county): its own choice, by its prefix.
    if (!m_home.regionPrefix.isEmpty()) {
        m_region->addItem(tr("%1 (my jurisdiction)").arg(m_homeName), QStringLiteral("=") + m_home.regionPrefix);
        m_region->setItemData(m_region->count() - 1, m_homeName, kPlainNameRole);
    }
    for (const RegionName& r : data.regions) {
        m_region->addItem(r.code == m_home.cityRegion ? tr("%1 (my jurisdiction)").arg(r.name) : r.name, r.code);
        m_region->setItemData(m_region->count() - 1, r.name, kPlainNameRole);
    }
    QString chosen = region;
    if (!m_regionChosen) {
        // The first time: the account's own jurisdiction.
        chosen = !m_home.regionPrefix.isEmpty() ? QStringLiteral("=") + m_home.regionPrefix : m_home.cityRegion;
        m_regionChosen = true;
    }
    m_region->setCurrentIndex(qMax(0, m_region->findData(chosen)));
    m_filling = false;
    m_pendingPeriod.clear();
    m_exportButton->setEnabled(!data.periods.isEmpty());

    if (data.periods.isEmpty()) {
        if (m_sync->isConfigured()) {
            m_state->showEmpty(tr("No scores have been synced from the assessment backend yet."), tr("Sync now"),
                [this] { m_sync->start(); });
        } else {
            m_state->showEmpty(tr("No scores yet: the console takes them from the assessment backend (sitegov-server). "
                                  "Enter its address and a token in Settings."),
                tr("Set up the backend…"), [this] {
                    Q_EMIT navigateRequested(QStringLiteral("settings"), {{QStringLiteral("section"), QStringLiteral("backend")}});
                });
        }
        return;
    }

    const QString periodText = periodName(data.period);
    const QString scopeText = m_region->currentIndex() > 0 || m_level->currentIndex() > 0
        ? QStringList{m_region->currentIndex() > 0 ? m_region->currentData(kPlainNameRole).toString() : QString(),
              m_level->currentIndex() > 0 ? m_level->currentText() : QString()}
              .join(QStringLiteral(" ")).trimmed()
        : tr("whole province");
    const QString unit = m_unitName.isEmpty() ? tr("Assessment scope: %1").arg(scopeText)
                                              : m_unitName + QStringLiteral(" · ") + tr("Assessment scope: %1").arg(scopeText);
    for (ChartPanel* c : {static_cast<ChartPanel*>(m_ranking), static_cast<ChartPanel*>(m_histogram),
             static_cast<ChartPanel*>(m_levels), static_cast<ChartPanel*>(m_trend)})
        c->setUnitName(unit);
    const QList<ScoreRow>& rows = data.rows;

    // Ranking: the best sites of the scope, the first at the top.
    m_ranking->setTitle(tr("Top %1 of %Ln site(s) by score, %2 (%3)", nullptr, int(rows.size()))
                            .arg(qMin<qsizetype>(kRankingSize, rows.size()))
                            .arg(periodText, scopeText));
    if (rows.isEmpty()) {
        const QString none = tr("No site in this scope has a score for %1.").arg(periodText);
        m_ranking->showEmpty(none);
        m_histogram->setTitle(tr("Score distribution, %1 (%2)").arg(periodText, scopeText));
        m_histogram->showEmpty(none);
        m_levels->setTitle(tr("Pass rate by level, %1 (%2)").arg(periodText, scopeText));
        m_levels->showEmpty(none);
    } else {
        m_ranking->setData(ScoreChartData::ranking(rows, kRankingSize));
        m_ranking->setValueGuide(ScoreStats::kPassMark, tr("Pass mark (60)"));

        m_histogram->setTitle(tr("Score distribution, %1 (%2): %3 of %4 passed")
                                  .arg(periodText, scopeText, locale.toString(ScoreChartData::passedCount(rows)),
                                      locale.toString(rows.size())));
        m_histogram->setData(ScoreChartData::histogram(rows));
        m_histogram->setCategoryGuide(ScoreStats::kPassMark / 10.0 - 0.5, tr("Pass mark (60)"));

        m_levels->setTitle(tr("Pass rate by level, %1 (%2)").arg(periodText, scopeText));
        m_levels->setData(ScoreChartData::passRates(data.levels));
    }

    // Trend over the periods up to the chosen one.
    const bool sites = m_trendMode->currentData().toString() == u"sites";
    const LineChartPanel::Data trend = ScoreChartData::trend(data.trendPeriods, data.trend, rows, sites);
    m_trend->setTitle(sites ? tr("Score trend of the top %1 sites, %2 periods up to %3 (%4)")
                                  .arg(kTrendSites)
                                  .arg(data.trendPeriods.size())
                                  .arg(periodText, scopeText)
                            : tr("Mean score trend, %1 periods up to %2 (%3)")
                                  .arg(data.trendPeriods.size())
                                  .arg(periodText, scopeText));
    if (trend.lines.isEmpty() || trend.categories.isEmpty()) {
        m_trend->showEmpty(tr("No scores to draw a trend from."));
    } else {
        m_trend->setData(trend);
        m_trend->setValueGuide(ScoreStats::kPassMark, tr("Pass mark (60)"));
    }

    // The table: the same rows, sortable.
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(int(rows.size()));
    QHash<QString, QString> regionNames;
    for (const RegionName& r : data.regions)
        regionNames.insert(r.code, r.name);
    for (int i = 0; i < rows.size(); ++i) {
        const ScoreRow& r = rows.at(i);
        const SiteScore& s = r.score;
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_model->setItem(i, RankColumn, item(s.rank > 0 ? QStringLiteral("%1 / %2").arg(s.rank).arg(s.rankOf) : QString(), s.rank, right));
        auto* code = item(s.siteCode, s.siteCode);
        code->setData(s.siteCode, CodeRole);
        code->setData(r.siteId, SiteIdRole);
        m_model->setItem(i, CodeColumn, code);
        m_model->setItem(i, NameColumn, item(s.siteName, s.siteName));
        m_model->setItem(i, LevelColumn, item(Vocabulary::displayName(s.level), int(s.level)));
        m_model->setItem(i, RegionColumn, item(regionNames.value(r.cityRegion, r.cityRegion), r.cityRegion));
        m_model->setItem(i, TotalColumn, item(locale.toString(s.total, 'f', 1), s.total, right));
        m_model->setItem(i, DeductionColumn, item(locale.toString(s.deductionScore, 'f', 1), s.deductionScore, right));
        m_model->setItem(i, BonusColumn, item(locale.toString(s.bonus, 'f', 1), s.bonus, right));
        QString result = s.passed ? tr("✔ Passed") : tr("✘ Failed");
        if (!s.vetoes.isEmpty())
            result += tr(" (veto: %1)").arg(s.vetoes.join(QStringLiteral(", ")));
        auto* res = item(result, s.passed ? 1 : 0);
        res->setForeground(s.passed ? ScoreChartData::passColour() : ScoreChartData::failColour());
        m_model->setItem(i, ResultColumn, res);
    }
    m_list->fitColumns();
    m_state->showContent();
}

void ScoresPage::openSite(const QString& code, qint64 siteId)
{
    if (code.isEmpty())
        return;
    if (siteId == 0)
        Q_EMIT statusMessage(tr("The site %1 is not in this console's registry; searching for its code.").arg(code));
    QVariantMap args{{QStringLiteral("text"), code}};
    if (siteId != 0)
        args.insert(QStringLiteral("site"), siteId);
    Q_EMIT navigateRequested(QStringLiteral("sites"), args);
}

bool ScoresPage::printShown()
{
    ChartPanel::printPreview(this, {m_ranking, m_histogram, m_levels, m_trend}, m_ranking->unitName());
    return true;
}

ListTable* ScoresPage::shownList() const
{
    return m_list;
}

void ScoresPage::exportAll()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString pdfFilter = tr("PDF document, one page per chart (*.pdf)");
    const QString pngFilter = tr("PNG pictures, one per chart (*.png)");
    const QString file = FileDialog::getSaveFileName(this, tr("Export the charts"),
        QDir(dir).filePath(tr("scores-%1").arg(m_period->currentData().toString()) + QStringLiteral(".pdf")),
        pdfFilter + QStringLiteral(";;") + pngFilter, &filter);
    if (file.isEmpty())
        return;
    const QList<const ChartPanel*> charts{m_ranking, m_histogram, m_levels, m_trend};
    Status s;
    if (filter == pngFilter || file.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        QString base = file;
        if (base.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            base.chop(4);
        const QStringList names{QStringLiteral("ranking"), QStringLiteral("distribution"), QStringLiteral("levels"),
            QStringLiteral("trend")};
        for (int i = 0; i < charts.size() && s; ++i) {
            if (!charts.at(i)->isShowingEmpty())
                s = charts.at(i)->savePng(base + u'-' + names.at(i) + QStringLiteral(".png"));
        }
    } else {
        s = ChartPanel::savePdf(file, charts, m_ranking->unitName());
    }
    if (!s)
        MessageBox::warning(this, tr("Export the charts"), s.error().fullText());
    else
        Q_EMIT statusMessage(tr("Charts exported to %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace sitegov
