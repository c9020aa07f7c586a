#include "gui/spotchecks/SpotChecksPage.h"

#include "core/OfficeClock.h"
#include "db/Database.h"
#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/spotchecks/AssessmentDialog.h"
#include "gui/spotchecks/BulletinDialog.h"
#include "gui/spotchecks/SpotCheckListModel.h"
#include "storage/AssessmentOutbox.h"
#include "storage/SpotCheckService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <iterator>

namespace sitegov {

namespace {
constexpr int kMonthsOffered = 13;
}

SpotChecksPage::SpotChecksPage(AppContext& context, QWidget* parent)
    : SpotChecksPage(context, nullptr, parent)
{ }

SpotChecksPage::SpotChecksPage(AppContext& context, ScoreSyncController* sync, QWidget* parent)
    : Page(context, parent)
    , m_model(new SpotCheckListModel(context.database->path(), this))
    , m_office(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_draw(new QPushButton(tr("Draw plan"), this))
    , m_assign(new QPushButton(tr("Assign checker"), this))
    , m_lock(new QPushButton(tr("Lock plan"), this))
    , m_assess(new QPushButton(tr("Assess…"), this))
    , m_sendAgain(new QPushButton(tr("Send again"), this))
    , m_bulletin(new QPushButton(tr("Bulletin…"), this))
    , m_sync(sync)
{
    auto options = ListPane::Options::named(QStringLiteral("spotCheckSearch"), tr("Search site, code or unit (Ctrl+F)"),
        tr("Search the plan's sites"), QStringLiteral("spotCheckTable"), tr("Sites of the spot-check plans"));
    options.table.inQueryOrder().columnsUpTo(260, 12);
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();
    // Several sites go to one checker at a time.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The work's columns beside the site (who checks it, how far it is, its score, its sending), so
    // that a 1024×768 screen shows them without scrolling sideways; the registry's columns follow.
    {
        using Q = SpotCheckItemListQuery;
        QHeaderView* header = m_table->horizontalHeader();
        const int order[] = {Q::Site, Q::Checker, Q::Status, Q::Score, Q::Result, Q::Sending, Q::Code, Q::Unit,
            Q::Level, Q::Kind, Q::Origin, Q::Office};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }
    m_header = new PageHeader(title(), this);
    m_draw->setObjectName(QStringLiteral("drawPlanButton"));
    m_assign->setObjectName(QStringLiteral("assignCheckerButton"));
    m_lock->setObjectName(QStringLiteral("lockPlanButton"));
    m_assess->setObjectName(QStringLiteral("assessButton"));
    m_header->addAction(m_draw);
    m_header->addAction(m_assign);
    m_header->addAction(m_lock);
    m_header->addAction(m_assess);
    m_header->addAction(m_sendAgain);
    m_header->addAction(m_bulletin);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("Send the selected confirmed assessments to the backend again (those it refused, or "
                               "that wait)."));
    m_sendAgain->setEnabled(false);
    m_bulletin->setObjectName(QStringLiteral("bulletinButton"));
    m_bulletin->setToolTip(tr("The office's quarterly bulletin of its spot checks: preview, PDF and ODF text."));

    m_office->setObjectName(QStringLiteral("spotCheckOfficeFilter"));
    m_office->setAccessibleName(tr("Office"));
    m_office->setMinimumContentsLength(14);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (const auto offices = SpotCheckService(context.database->connection()).offices(context.session)) {
        // Every office's plan of the jurisdiction at once (what the dashboard's card counts), when
        // there is more than one office.
        if (offices->size() > 1)
            m_office->addItem(tr("All offices of my jurisdiction"), qint64(0));
        for (const Choice& c : *offices)
            m_office->addItem(c.text, c.id);
    }
    const int own = m_office->findData(context.session.orgId);
    m_office->setCurrentIndex(own >= 0 ? own : 0);

    m_month->setObjectName(QStringLiteral("spotCheckMonthFilter"));
    m_month->setAccessibleName(tr("Month"));
    const Period current = Period::monthOf(OfficeClock::today());
    const int currentIndex = current.firstMonthIndex();
    for (int i = 0; i < kMonthsOffered; ++i) {
        const int index = currentIndex - i;
        const Period m = Period::month(index / 12, index % 12 + 1);
        m_month->addItem(i == 0 ? tr("%1 (this month)").arg(m.toString()) : m.toString(), m.toString());
    }

    m_status->setObjectName(QStringLiteral("spotCheckStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All planned sites"), QString());
    m_status->addItem(tr("Not assessed"), QStringLiteral("unassessed"));
    m_status->addItem(tr("Being written or returned"), QStringLiteral("writing"));
    m_status->addItem(tr("Waiting for review"), QStringLiteral("submitted"));
    m_status->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
    m_status->addItem(tr("Failing"), QStringLiteral("failing"));
    m_status->addItem(tr("Left the plan"), QStringLiteral("removed"));

    m_pane->filters()->addWidget(m_office, 3);
    m_pane->filters()->addWidget(m_month, 2);
    m_pane->filters()->addWidget(m_status, 2);
    m_pane->addSearch(3);

    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_pane->addHeader(m_header);
    m_pane->addAboveList(m_summary);
    m_pane->setContent(m_table);
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("spotCheckCount"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);

    const Session& s = context.session;
    m_draw->setVisible(s.can(Action::PlanSpotChecks));
    m_assign->setVisible(s.can(Action::PlanSpotChecks));
    m_lock->setVisible(s.can(Action::PlanSpotChecks));

    connect(m_office, &QComboBox::activated, this, &SpotChecksPage::applyFilter);
    connect(m_month, &QComboBox::currentIndexChanged, this, &SpotChecksPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SpotChecksPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &SpotChecksPage::applyFilter);
    connect(m_draw, &QPushButton::clicked, this, [this] { drawPlan(); });
    connect(m_lock, &QPushButton::clicked, this, [this] { lockPlan(); });
    connect(m_assess, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openAssessment(current.row());
    });
    connect(
        m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openAssessment(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpotChecksPage::updateSendAgain);
    connect(m_sendAgain, &QPushButton::clicked, this, [this] { sendAgain(); });
    connect(m_bulletin, &QPushButton::clicked, this, &SpotChecksPage::openBulletin);
    if (m_sync) {
        connect(m_sync, &ScoreSyncController::sendingChanged, this, [this] {
            if (isVisible())
                applyFilter();
        });
    }
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (m_planId == 0)
            return;
        const auto checkers = SpotCheckService(this->context().database->connection()).checkers(m_planId);
        QMenu menu(this);
        if (checkers) {
            for (const Choice& c : *checkers)
                menu.addAction(c.text, this, [this, id = c.id] { assignSelected(id); });
        }
        menu.addSeparator();
        menu.addAction(tr("No checker"), this, [this] { assignSelected(0); });
        menu.exec(m_assign->mapToGlobal(QPoint(0, m_assign->height())));
    });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n site(s)", nullptr, int(total)));
    });
    m_pane->followLoads(
        m_model, [this] { refresh(); },
        [this] {
            if (officeId() == 0)
                m_state->showEmpty(tr("No office of the jurisdiction has a plan for this month yet."));
            else if (m_planId == 0 && this->context().session.can(Action::PlanSpotChecks))
                m_state->showEmpty(
                    tr("No plan has been drawn for this month yet."), tr("Draw plan"), [this] { drawPlan(); });
            else if (m_planId == 0)
                m_state->showEmpty(tr("No plan has been drawn for this month yet."));
            else
                m_state->showEmpty(tr("No site of the plan matches these filters."));
        });
}

qint64 SpotChecksPage::officeId() const
{
    return m_office->currentData().toLongLong();
}

Period SpotChecksPage::month() const
{
    const auto m = Period::parse(m_month->currentData().toString());
    return m ? *m : Period::monthOf(OfficeClock::today());
}

void SpotChecksPage::refresh()
{
    applyFilter();
}

void SpotChecksPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    if (arguments.contains(QStringLiteral("org"))) {
        const int i = m_office->findData(arguments.value(QStringLiteral("org")).toLongLong());
        if (i >= 0)
            m_office->setCurrentIndex(i);
    }
    if (arguments.contains(QStringLiteral("month"))) {
        const int i = m_month->findData(arguments.value(QStringLiteral("month")).toString());
        if (i >= 0)
            m_month->setCurrentIndex(i);
    }
    if (arguments.contains(QStringLiteral("status"))) {
        const int i = m_status->findData(arguments.value(QStringLiteral("status")).toString());
        if (i >= 0)
            m_status->setCurrentIndex(i);
    }
    m_applying = false;
    applyFilter();
}

void SpotChecksPage::applyFilter()
{
    if (m_applying)
        return;
    updatePlan();
    SpotCheckItemFilter f;
    f.month = month();
    f.planOrgId = officeId();
    // 0: the plans of every office within the account's unit.
    f.unitId = context().session.isSystem() ? 0 : context().session.orgId;
    f.status = m_status->currentData().toString();
    f.text = m_search->text();
    m_state->showLoading(tr("Loading the plan…"));
    m_model->setFilter(f);
}

void SpotChecksPage::updatePlan()
{
    m_planId = 0;
    const bool planner = context().session.can(Action::PlanSpotChecks);
    m_header->setScope(tr("%1 · %2").arg(m_office->currentText(), month().toString()));
    m_bulletin->setEnabled(officeId() != 0);
    if (officeId() == 0) {
        // Every office's plan: their figures together; drawing, assigning and locking are each
        // office's own.
        const qint64 unit = context().session.isSystem() ? 0 : context().session.orgId;
        const auto figures = SpotCheckQueries::monthFigures(context().database->connection(), unit, month());
        if (!figures) {
            m_summary->setText(figures.error().message);
        } else {
            const QLocale locale;
            m_summary->setText(tr("Plans of the offices of the jurisdiction: %1 · %2 sites planned · %3 submitted, %4 "
                                  "confirmed, %5 failing")
                                   .arg(locale.toString(figures->plans), locale.toString(figures->planned),
                                       locale.toString(figures->submitted), locale.toString(figures->confirmed),
                                       locale.toString(figures->failing)));
        }
        m_draw->setEnabled(false);
        m_draw->setText(tr("Draw plan"));
        m_assign->setEnabled(false);
        m_lock->setEnabled(false);
        return;
    }
    const auto plan = SpotCheckService(context().database->connection()).planFor(officeId(), month());
    if (!plan) {
        m_summary->setText(plan.error().message);
    } else if (!*plan) {
        m_summary->setText(tr("No plan for %1 yet.").arg(month().toString()));
    } else {
        const SpotCheckPlan& p = **plan;
        m_planId = p.id;
        const QLocale locale;
        m_summary->setText(
            tr("%1 · %2 of %3 running sites planned (share %4%, at least %5; seed %6) · %7 without a checker · "
               "%8 submitted, %9 confirmed, %10 failing")
                .arg(SpotCheckRules::displayName(p.status))
                .arg(p.planned)
                .arg(p.population)
                .arg(p.sharePercent)
                .arg(p.required)
                .arg(p.seed)
                .arg(p.unassigned)
                .arg(p.submitted)
                .arg(p.confirmed)
                .arg(p.failing));
    }
    const bool locked = plan && *plan && (*plan)->isLocked();
    m_draw->setEnabled(planner && !locked);
    m_draw->setText(plan && *plan ? tr("Draw again") : tr("Draw plan"));
    m_assign->setEnabled(planner && m_planId != 0);
    m_lock->setEnabled(planner && m_planId != 0 && !locked);
}

bool SpotChecksPage::drawPlan()
{
    const auto id = SpotCheckService(context().database->connection()).draw(context().session, officeId(), month());
    if (!id) {
        MessageBox::warning(this, tr("Draw the plan"), id.error().message, id.error().detail);
        return false;
    }
    Q_EMIT statusMessage(tr("The plan of %1 is drawn.").arg(month().toString()));
    applyFilter();
    return true;
}

bool SpotChecksPage::lockPlan()
{
    const Status s = SpotCheckService(context().database->connection()).lock(context().session, m_planId);
    if (!s) {
        MessageBox::warning(this, tr("Lock the plan"), s.error().message, s.error().detail);
        return false;
    }
    applyFilter();
    return true;
}

bool SpotChecksPage::assignSelected(qint64 checkerAccountId)
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << m_model->itemId(index.row());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_model->itemId(m_table->currentIndex().row());
    const Status s
        = SpotCheckService(context().database->connection()).assign(context().session, m_planId, ids, checkerAccountId);
    if (!s) {
        MessageBox::warning(this, tr("Assign the checker"), s.error().message, s.error().detail);
        return false;
    }
    applyFilter();
    return true;
}

void SpotChecksPage::openAssessment(int row)
{
    const qint64 itemId = m_model->itemId(row);
    if (itemId == 0)
        return;
    AssessmentDialog dialog(context(), itemId, this);
    connect(&dialog, &AssessmentDialog::changed, this, [this] { applyFilter(); });
    // A confirmed assessment goes to the backend at once (the sync sends the outbox first).
    connect(&dialog, &AssessmentDialog::confirmed, this, [this] {
        if (m_sync)
            m_sync->start();
    });
    dialog.exec();
}

void SpotChecksPage::updateSendAgain()
{
    bool any = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString state = m_model->raw(index.row(), SpotCheckItemListQuery::Sending).toString();
        any = any || state == u"refused" || state == u"waiting";
    }
    m_sendAgain->setEnabled(any);
}

bool SpotChecksPage::sendAgain()
{
    AssessmentOutbox outbox(context().database->connection());
    int queued = 0;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString state = m_model->raw(index.row(), SpotCheckItemListQuery::Sending).toString();
        if (state != u"refused" && state != u"waiting")
            continue;
        if (const Status s = outbox.requeue(m_model->assessmentId(index.row())); !s) {
            MessageBox::warning(this, tr("Send again"), s.error().message, s.error().detail);
            return false;
        }
        ++queued;
    }
    if (queued == 0)
        return false;
    if (m_sync && m_sync->isConfigured()) {
        m_sync->start();
        Q_EMIT statusMessage(tr("Sending %n assessment(s) to the backend…", nullptr, queued));
    } else {
        Q_EMIT statusMessage(
            tr("%n assessment(s) will be sent at the next sync; set the backend in Settings.", nullptr, queued));
    }
    applyFilter();
    return true;
}

void SpotChecksPage::openBulletin()
{
    const Period m = month();
    BulletinDialog dialog(
        context(), officeId(), Period::quarter(m.yearNumber(), (m.firstDay().month() - 1) / 3 + 1), this);
    connect(&dialog, &BulletinDialog::statusMessage, this, &Page::statusMessage);
    dialog.exec();
}

} // namespace sitegov
