#include "gui/reviews/WeeklyReviewsPage.h"

#include "core/OfficeClock.h"
#include "gui/common/Background.h"
#include "gui/common/Icons.h"
#include "gui/common/ListPane.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "gui/reviews/ReviewDocument.h"
#include "gui/reviews/ReviewListModel.h"
#include "gui/reviews/WeeklyReviewEditor.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryQueries.h"
#include "storage/WeeklyReviewService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace sitegov {

namespace {
constexpr int kWeeksOffered = 26;
}

WeeklyReviewsPage::WeeklyReviewsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new ReviewListModel(context.database->path(), this))
    , m_editor(new WeeklyReviewEditor(context, this))
    , m_unitFilter(new QComboBox(this))
    , m_weekFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_missing(new QLabel(this))
    , m_showMissing(new QPushButton(tr("Show them"), this))
    , m_poll(new QTimer(this))
{
    auto options = ListPane::Options::named(QStringLiteral("reviewSearch"), tr("Search unit or author (Ctrl+F)"),
        tr("Search weekly reviews"), QStringLiteral("reviewTable"), tr("Weekly reviews"));
    // The header's first sort, as it always was: newest week first (only the all-weeks list sorts by
    // week; a week's list keeps the query's order, missing reviews first).
    options.table.sortedBy(WeeklyReviewListQuery::Week, Qt::DescendingOrder).columnsUpTo(260, 12);
    options.table.sortIndicatorShown = false;
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();
    m_header = new PageHeader(title(), this);

    m_unitFilter->setObjectName(QStringLiteral("reviewUnitFilter"));
    m_unitFilter->setAccessibleName(tr("Unit"));
    m_unitFilter->setMinimumContentsLength(16);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_weekFilter->setObjectName(QStringLiteral("reviewWeekFilter"));
    m_weekFilter->setAccessibleName(tr("Week"));
    const IsoWeek current = IsoWeek::of(OfficeClock::today());
    IsoWeek w = current;
    for (int i = 0; i < kWeeksOffered; ++i, w = w.previous()) {
        QString text = w.displayName();
        if (i == 0)
            text = tr("%1 (this week)").arg(text);
        else if (i == 1)
            text = tr("%1 (last week)").arg(text);
        m_weekFilter->addItem(text, w.key());
    }
    m_weekFilter->addItem(tr("All weeks"), QString());
    m_weekFilter->setCurrentIndex(1);

    m_statusFilter->setObjectName(QStringLiteral("reviewStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(tr("Not signed (missing or draft)"), QStringLiteral("unsigned"));
    m_statusFilter->addItem(WeeklyReviewService::missingName(), QStringLiteral("missing"));
    m_statusFilter->addItem(WeeklyReviewService::displayName(ReviewStatus::Draft), QStringLiteral("draft"));
    m_statusFilter->addItem(WeeklyReviewService::displayName(ReviewStatus::Signed), QStringLiteral("signed"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->setMinimumContentsLength(8);

    m_pane->filters()->addWidget(m_unitFilter, 3);
    m_pane->filters()->addWidget(m_weekFilter, 2);
    m_pane->filters()->addWidget(m_statusFilter, 2);
    m_pane->addSearch(3);

    // Units without a signed review of last week: red, with a flag and the way to them.
    m_flag = new QLabel(this);
    m_flag->setObjectName(QStringLiteral("missingReviewsFlag"));
    m_flag->setPixmap(themeIcon(QStringLiteral("flag")).pixmap(18, 18));
    m_missing->setObjectName(QStringLiteral("missingReviewsBanner"));
    m_missing->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_missing->setWordWrap(true);
    m_showMissing->setObjectName(QStringLiteral("showMissingButton"));
    auto* banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("missingBannerRow"));
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_flag);
    bannerLayout->addWidget(m_missing, 1);
    bannerLayout->addWidget(m_showMissing);
    connect(m_showMissing, &QPushButton::clicked, this, [this] {
        m_applying = true;
        m_weekFilter->setCurrentIndex(qMax(0, m_weekFilter->findData(lastWeek().key())));
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(QStringLiteral("unsigned"))));
        m_applying = false;
        applyFilter();
    });

    m_pane->addHeader(m_header);
    m_pane->addAboveList(banner);
    m_pane->setContentBeside(m_editor)->setSizes({600, 500});
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("reviewCount"));

    m_pane->fillParent();

    connect(m_unitFilter, &QComboBox::activated, this, &WeeklyReviewsPage::applyFilter);
    connect(m_weekFilter, &QComboBox::currentIndexChanged, this, &WeeklyReviewsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &WeeklyReviewsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &WeeklyReviewsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…")
                : m_model->filter().week.isEmpty() ? tr("%n review(s)", nullptr, int(total))
                                                   : tr("%n unit(s) with running sites", nullptr, int(total)));
    });
    m_pane->followLoads(
        m_model, [this] { refresh(); },
        [this] {
            const bool filtered = !m_search->text().isEmpty() || m_statusFilter->currentIndex() > 0;
            if (filtered) {
                m_state->showEmpty(tr("No unit or review matches these filters."), tr("Clear filters"), [this] {
                    m_applying = true;
                    m_search->clear();
                    m_statusFilter->setCurrentIndex(0);
                    m_applying = false;
                    applyFilter();
                });
            } else if (m_model->filter().week.isEmpty()) {
                m_state->showEmpty(
                    tr("No weekly review has been written yet. Choose a week to see which units owe one."),
                    tr("Show last week"), [this] { m_weekFilter->setCurrentIndex(1); });
            } else {
                m_state->showEmpty(tr("No unit here runs a site, so no weekly review is due."));
            }
            m_editor->clear();
        },
        [this] { selectPending(); });
    connect(m_editor, &WeeklyReviewEditor::changed, this, [this] {
        m_pendingUnit = m_editor->unitId();
        m_pendingWeek = m_editor->week().key();
        m_model->reload();
        updateMissingCount();
    });
    connect(m_editor, &WeeklyReviewEditor::statusMessage, this, &Page::statusMessage);

    // Other consoles sign too: the count follows within a minute.
    m_poll->setInterval(60 * 1000);
    connect(m_poll, &QTimer::timeout, this, &WeeklyReviewsPage::updateMissingCount);
    m_poll->start();
    updateMissingCount();
}

IsoWeek WeeklyReviewsPage::lastWeek()
{
    return IsoWeek::of(OfficeClock::today()).previous();
}

qint64 WeeklyReviewsPage::scopeUnit()
{
    const Session& session = context().session;
    const qint64 chosen = m_unitsFilled ? ChoiceBox::selectedId(m_unitFilter) : 0;
    if (chosen != 0)
        return chosen;
    return session.isSystem() ? 0 : session.orgId;
}

IsoWeek WeeklyReviewsPage::selectedWeek() const
{
    return IsoWeek::parse(m_weekFilter->currentData().toString()).value_or(IsoWeek{});
}

void WeeklyReviewsPage::updateMissingCount()
{
    const Session& session = context().session;
    const qint64 scope = session.isSystem() ? 0 : session.orgId;
    const IsoWeek week = lastWeek();
    const QString path = context().database->path();
    const int generation = ++m_missingGeneration;
    // Counted off the GUI thread: at national scale it reads every running site.
    runInBackground(
        this,
        [path, week, scope]() -> Result<int> {
            const auto db = ConsoleDatabase::forThisThread(path);
            if (!db)
                return db.error();
            return WeeklyReviewService((*db)->connection()).missingCount(week, scope);
        },
        [this, generation, week](const Result<int>& count) {
            if (generation == m_missingGeneration)
                showMissingCount(week, count);
        });
}

void WeeklyReviewsPage::showMissingCount(const IsoWeek& week, const Result<int>& count)
{
    const Session& session = context().session;
    const int n = count ? *count : 0;
    // The badge is for whoever writes or signs reviews; everyone sees the banner.
    setBadge(session.can(Action::WriteReview) || session.can(Action::SignReview) ? n : 0);
    if (!count) {
        m_missing->setText(count.error().message);
    } else if (n == 0) {
        m_missing->setText(tr("Every unit has signed its review of %1.").arg(week.displayName()));
        m_missing->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else {
        m_missing->setText(tr("%n unit(s) have no signed review of %1 (last week).", nullptr, n).arg(week.displayName()));
        m_missing->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    m_showMissing->setVisible(count && n > 0);
    m_flag->setVisible(count && n > 0);
}

void WeeklyReviewsPage::fillUnits()
{
    if (m_unitsFilled)
        return;
    const auto units = RegistryQueries(context().database->connection()).unitChoices(context().session);
    const Session& session = context().session;
    ChoiceBox::fill(m_unitFilter, units ? *units : QList<Choice>{}, true,
        session.isSystem() ? tr("All units") : tr("All units in my jurisdiction"));
    m_unitsFilled = true;
}

void WeeklyReviewsPage::activate()
{
    fillUnits();
    Page::activate();
}

void WeeklyReviewsPage::refresh()
{
    fillUnits();
    updateMissingCount();
    if (m_editor->reviewId() != 0 || m_editor->unitId() != 0) {
        m_pendingUnit = m_editor->unitId();
        m_pendingWeek = m_editor->week().key();
    }
    applyFilter();
}

void WeeklyReviewsPage::applyFilter()
{
    if (m_applying)
        return;
    m_editor->saveIfModified();
    ReviewFilter f;
    f.unitId = scopeUnit();
    f.week = m_weekFilter->currentData().toString();
    f.status = m_statusFilter->currentData().toString();
    if (f.week.isEmpty() && (f.status == u"missing" || f.status == u"unsigned"))
        f.status = f.status == u"missing" ? QStringLiteral("none") : QStringLiteral("draft");
    f.text = m_search->text();
    f.previousWeek = lastWeek().key();
    const QString unit = m_unitsFilled && ChoiceBox::selectedId(m_unitFilter) != 0 ? m_unitFilter->currentText()
        : context().session.isSystem()                                               ? tr("all units")
                                                                                      : tr("my jurisdiction");
    const IsoWeek week = selectedWeek();
    m_header->setScope(week.isValid() ? tr("%1 · %2 (%3 to %4)")
                                            .arg(unit, week.displayName(), ReviewDocument::day(week.monday()),
                                                ReviewDocument::day(week.sunday()))
                                      : tr("%1 · all weeks").arg(unit));
    m_table->setColumnHidden(WeeklyReviewListQuery::Week, week.isValid());
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the weekly reviews…"));
    if (m_pendingUnit == 0 && m_editor->unitId() != 0) {
        m_pendingUnit = m_editor->unitId();
        m_pendingWeek = m_editor->week().key();
    }
    m_model->setFilter(f);
}

void WeeklyReviewsPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    const QString week = arguments.value(QStringLiteral("week")).toString();
    if (week == u"all")
        m_weekFilter->setCurrentIndex(m_weekFilter->count() - 1);
    else if (const auto w = IsoWeek::parse(week)) {
        int i = m_weekFilter->findData(w->key());
        if (i < 0) {
            m_weekFilter->insertItem(m_weekFilter->count() - 1, w->displayName(), w->key());
            i = m_weekFilter->findData(w->key());
        }
        m_weekFilter->setCurrentIndex(i);
    }
    if (arguments.contains(QStringLiteral("status")))
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(arguments.value(QStringLiteral("status")).toString())));
    if (arguments.contains(QStringLiteral("unit"))) {
        m_pendingUnit = arguments.value(QStringLiteral("unit")).toLongLong();
        m_pendingWeek = m_weekFilter->currentData().toString();
    }
    m_applying = false;
    if (isLoaded())
        applyFilter();
}

void WeeklyReviewsPage::selectUnit(qint64 unitId, const QString& weekKey)
{
    m_pendingUnit = unitId;
    m_pendingWeek = weekKey;
    selectPending();
}

void WeeklyReviewsPage::selectPending()
{
    int row = -1;
    if (m_pendingUnit != 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->unitId(r) == m_pendingUnit && (m_pendingWeek.isEmpty() || m_model->weekKey(r) == m_pendingWeek)) {
                row = r;
                break;
            }
        }
    }
    m_pendingUnit = 0;
    m_pendingWeek.clear();
    if (row < 0) {
        if (m_table->currentIndex().isValid() || m_model->rowCount() == 0)
            return showSelected();
        // The reader's next action: a director signs the drafts waiting for them, others write
        // the missing reviews (listed first).
        row = 0;
        if (context().session.can(Action::SignReview)) {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->raw(r, WeeklyReviewListQuery::Status).toString() == u"draft") {
                    row = r;
                    break;
                }
            }
        }
    }
    const QModelIndex index = m_model->index(row, WeeklyReviewListQuery::Unit);
    if (m_table->currentIndex().row() == row)
        showSelected();
    else
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool WeeklyReviewsPage::printShown()
{
    return m_editor->print();
}

void WeeklyReviewsPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_editor->saveIfModified();
        m_editor->clear();
        return;
    }
    const int row = current.row();
    const auto week = IsoWeek::parse(m_model->weekKey(row));
    if (!week)
        return m_editor->clear();
    if (m_editor->unitId() != m_model->unitId(row) || m_editor->week() != *week)
        m_editor->saveIfModified();
    m_editor->showUnitWeek(m_model->unitId(row), m_model->unitName(row), *week, m_model->reviewId(row));
}

} // namespace sitegov
