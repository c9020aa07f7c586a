#include "gui/requests/RequestsPage.h"

#include "gui/common/ListPane.h"
#include "gui/common/ListTable.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/requests/RequestDetailPanel.h"
#include "gui/requests/RequestDialog.h"
#include "gui/requests/RequestListModel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RequestQueries.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTimer>

namespace sitegov {

RequestsPage::RequestsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new RequestListModel(context.database->path(), this))
    , m_detail(new RequestDetailPanel(context, this))
    , m_scopes(new QTabBar(this))
    , m_stateFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_poll(new QTimer(this))
{
    const Session& session = context.session;
    auto options = ListPane::Options::named(QStringLiteral("requestSearch"), tr("Search title or unit (Ctrl+F)"),
        tr("Search requests"), QStringLiteral("requestTable"), tr("Requests"));
    options.table.sortedBy(RequestListQuery::Updated, Qt::DescendingOrder).columnsUpTo(300);
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();
    auto* header = new PageHeader(title(), this);
    // Every account sees how requests are filed; one whose roles file none is told why on clicking.
    auto* add = new QPushButton(tr("&New request…"), this);
    add->setObjectName(QStringLiteral("newRequestButton"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QPushButton::clicked, this, [this] { newRequest(); });
    header->addAction(add);
    if (session.can(Action::FileRequest)) {
        add->setToolTip(tr("File a request to open, close, migrate, merge or change a site (Ctrl+N)"));
        auto* menu = new QMenu(add);
        for (RequestType t : RequestRules::types())
            menu->addAction(RequestRules::displayName(t) + QStringLiteral("…"), this, [this, t] { newRequest(t); });
        auto* kinds = new QPushButton(tr("By type"), this);
        kinds->setObjectName(QStringLiteral("newRequestTypeButton"));
        kinds->setMenu(menu);
        header->addAction(kinds);
    } else {
        add->setToolTip(whyNoFiling());
    }

    // The scopes this account has: approvers their inbox, filers their own, everyone the lot.
    m_scopes->setObjectName(QStringLiteral("requestScopes"));
    m_scopes->setExpanding(false);
    m_scopes->setDrawBase(false);
    if (session.can(Action::DecideRequest) && !session.isSystem()) {
        m_scopes->addTab(tr("Waiting for me"));
        m_scopeOrder << Scope::Inbox;
    }
    if (session.can(Action::FileRequest) && !session.isSystem()) {
        m_scopes->addTab(tr("My requests"));
        m_scopeOrder << Scope::Mine;
    }
    m_scopes->addTab(session.isSystem() || session.orgId == 0 ? tr("All requests") : tr("All in my jurisdiction"));
    m_scopeOrder << Scope::All;

    m_stateFilter->setObjectName(QStringLiteral("requestStateFilter"));
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_stateFilter->addItem(tr("All states"), QString());
    m_stateFilter->addItem(tr("Open (submitted or in review)"), QStringLiteral("open"));
    for (RequestState s : RequestRules::states())
        m_stateFilter->addItem(RequestRules::displayName(s), RequestRules::key(s));
    m_typeFilter->setObjectName(QStringLiteral("requestTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Type filter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (RequestType t : RequestRules::types())
        m_typeFilter->addItem(RequestRules::displayName(t), RequestRules::key(t));
    for (QComboBox* c : {m_stateFilter, m_typeFilter}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_pane->filters()->addWidget(m_scopes);
    m_pane->filters()->addSpacing(12);
    m_pane->addSearch(3);
    m_pane->filters()->addWidget(m_stateFilter, 1);
    m_pane->filters()->addWidget(m_typeFilter, 1);

    m_pane->addHeader(header);
    m_pane->setContentBeside(m_detail);
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("requestCount"));

    m_pane->fillParent();

    connect(m_scopes, &QTabBar::currentChanged, this, &RequestsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPage::applyFilter);
    for (QComboBox* c : {m_stateFilter, m_typeFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        m_detail->showRequest(current.isValid() ? m_model->requestId(current.row()) : 0);
    });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n request(s)", nullptr, int(total)));
    });
    m_pane->followLoads(
        m_model, [this] { refresh(); },
        [this] {
            const bool filtered
                = !m_search->text().isEmpty() || m_stateFilter->currentIndex() > 0 || m_typeFilter->currentIndex() > 0;
            if (filtered) {
                m_state->showEmpty(tr("No request matches these filters."), tr("Clear filters"), [this] {
                    m_applying = true;
                    m_search->clear();
                    m_stateFilter->setCurrentIndex(0);
                    m_typeFilter->setCurrentIndex(0);
                    m_applying = false;
                    applyFilter();
                });
            } else if (scope() == Scope::Inbox) {
                m_state->showEmpty(tr("Nothing is waiting for your decision."), tr("Show all requests"),
                    [this] { setScope(Scope::All); });
            } else if (scope() == Scope::Mine && this->context().session.can(Action::FileRequest)) {
                m_state->showEmpty(
                    tr("You have filed no request yet."), tr("File a request"), [this] { newRequest(); });
            } else {
                m_state->showEmpty(tr("No request has been filed yet."));
            }
            m_detail->showRequest(0);
        },
        [this] { selectPending(); });
    connect(m_table, &QTableView::activated, this, [this] { m_detail->edit(); });
    connect(m_detail, &RequestDetailPanel::changed, this, [this](qint64 id) {
        m_pendingSelect = id;
        m_model->reload();
        updateInboxCount();
    });
    connect(m_detail, &RequestDetailPanel::statusMessage, this, &Page::statusMessage);

    // Other consoles decide and file too: the count follows within a minute.
    m_poll->setInterval(60 * 1000);
    connect(m_poll, &QTimer::timeout, this, &RequestsPage::updateInboxCount);
    m_poll->start();
    updateInboxCount();
}

RequestsPage::Scope RequestsPage::scope() const
{
    const int i = m_scopes->currentIndex();
    return i >= 0 && i < m_scopeOrder.size() ? m_scopeOrder.at(i) : Scope::All;
}

void RequestsPage::setScope(Scope scope)
{
    const int i = int(m_scopeOrder.indexOf(scope));
    if (i >= 0)
        m_scopes->setCurrentIndex(i);
}

void RequestsPage::updateInboxCount()
{
    const Session& session = context().session;
    if (!session.can(Action::DecideRequest) || session.isSystem()) {
        setBadge(0);
        return;
    }
    const auto count = RequestQueries(context().database->connection()).inboxCount(session);
    const int n = count ? *count : 0;
    setBadge(n);
    if (m_scopeOrder.contains(Scope::Inbox)) {
        const int i = int(m_scopeOrder.indexOf(Scope::Inbox));
        m_scopes->setTabText(i, n > 0 ? tr("Waiting for me (%1)").arg(n) : tr("Waiting for me"));
    }
}

void RequestsPage::refresh()
{
    updateInboxCount();
    applyFilter();
    if (m_detail->requestId() != 0)
        m_detail->showRequest(m_detail->requestId());
}

void RequestsPage::applyFilter()
{
    if (m_applying)
        return;
    const Session& session = context().session;
    RequestFilter f;
    switch (scope()) {
    case Scope::Inbox:
        f.scope = RequestFilter::Scope::Inbox;
        f.unitId = session.orgId;
        f.accountId = session.accountId;
        break;
    case Scope::Mine:
        f.scope = RequestFilter::Scope::Mine;
        f.accountId = session.accountId;
        break;
    case Scope::All:
        f.scope = RequestFilter::Scope::All;
        f.unitId = session.isSystem() ? 0 : session.orgId;
        break;
    }
    f.text = m_search->text();
    f.state = m_stateFilter->currentData().toString();
    f.type = m_typeFilter->currentData().toString();
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the requests…"));
    if (m_pendingSelect == 0)
        m_pendingSelect = m_detail->requestId();
    m_model->setFilter(f);
}

void RequestsPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    const QString scopeKey = arguments.value(QStringLiteral("scope")).toString();
    if (scopeKey == u"inbox")
        setScope(Scope::Inbox);
    else if (scopeKey == u"mine")
        setScope(Scope::Mine);
    else if (scopeKey == u"all")
        setScope(Scope::All);
    if (arguments.contains(QStringLiteral("state")))
        m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(arguments.value(QStringLiteral("state")).toString())));
    m_pendingSelect = arguments.value(QStringLiteral("request")).toLongLong();
    m_applying = false;
    if (isLoaded())
        applyFilter();
}

void RequestsPage::selectRequest(qint64 requestId)
{
    m_pendingSelect = requestId;
    selectPending();
}

void RequestsPage::selectPending()
{
    if (m_pendingSelect == 0) {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_pane->list()->selectOnly(0);
        return;
    }
    const int row = m_model->findRow(RequestListQuery::Id, m_pendingSelect);
    if (row >= 0) {
        m_pane->list()->selectOnly(row);
        // The same row again after a reload: show the request's new state.
        m_detail->showRequest(m_pendingSelect);
    } else if (m_model->rowCount() > 0) {
        m_pane->list()->selectOnly(0);
    }
    m_pendingSelect = 0;
}

QString RequestsPage::whyNoFiling() const
{
    return tr("Your account (%1) files no requests: requests to open, close, migrate, merge or change a site are "
              "filed by a unit's director, caretaker (inspector) or administrator, and approvers decide them. Ask one "
              "of them to file it.")
        .arg(Permissions::displayNames(context().session.roles));
}

bool RequestsPage::printShown()
{
    if (m_detail->requestId() == 0)
        return false;
    m_detail->print();
    return true;
}

void RequestsPage::newRequest(std::optional<RequestType> type, qint64 siteId)
{
    if (!context().session.can(Action::FileRequest)) {
        MessageBox::information(this, tr("New request"), whyNoFiling());
        return;
    }
    RequestDialog dialog(context(), 0, this, type, siteId);
    dialog.exec();
    if (dialog.savedRequestId() == 0)
        return;
    Q_EMIT statusMessage(dialog.submitted() ? tr("Request %1 submitted.").arg(dialog.savedRequestId())
                                            : tr("Request %1 saved as a draft.").arg(dialog.savedRequestId()));
    m_pendingSelect = dialog.savedRequestId();
    if (scope() != Scope::Mine && m_scopeOrder.contains(Scope::Mine))
        setScope(Scope::Mine); // shows the new request (applyFilter runs)
    else
        applyFilter();
}

} // namespace sitegov
