#include "gui/inspections/InspectionsPage.h"
#include "core/OfficeClock.h"

#include "gui/common/Icons.h"
#include "gui/common/PageHeader.h"
#include "gui/inspections/ChecklistDialog.h"
#include "gui/inspections/CoverageTab.h"
#include "gui/inspections/RecordsTab.h"
#include "gui/inspections/RectificationTab.h"
#include "gui/inspections/TodayTab.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionQueries.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sitegov {

InspectionsPage::InspectionsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_tabs(new QTabWidget(this))
{
    auto* header = new PageHeader(title(), this);
    if (context.session.can(Action::ManageSettings)) {
        auto* checklist = new QPushButton(tr("C&hecklist…"), this);
        checklist->setObjectName(QStringLiteral("editChecklistButton"));
        checklist->setToolTip(tr("Edit the daily checklist and its rectification deadlines (administrators)"));
        connect(checklist, &QPushButton::clicked, this, &InspectionsPage::editChecklist);
        header->addAction(checklist);
    }
    m_tabs->setObjectName(QStringLiteral("inspectionTabs"));
    m_tabs->setDocumentMode(true);
    m_today = new sitegov::TodayTab(context, this);
    addTab(m_today, themeIcon(QStringLiteral("inspections")), tr("&Today"));
    m_rectifications = new sitegov::RectificationTab(context, this);
    addTab(m_rectifications, {}, tr("&Rectification"));
    m_coverage = new sitegov::CoverageTab(context, this);
    addTab(m_coverage, {}, tr("&Coverage"));
    m_records = new sitegov::RecordsTab(context, this);
    addTab(m_records, {}, tr("Rec&ords"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (isLoaded())
            loadTab(index);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    // Others inspect too, and the day turns at midnight: the count follows within a minute.
    auto* poll = new QTimer(this);
    poll->setInterval(60 * 1000);
    connect(poll, &QTimer::timeout, this, [this] {
        m_today->followToday();
        updateBadge();
    });
    poll->start();
    updateBadge();
}

void InspectionsPage::addTab(InspectionTab* tab, const QIcon& icon, const QString& text)
{
    m_tabs->addTab(tab, icon, text);
    m_tabPages << tab;
    m_stale << true;
    connect(tab, &InspectionTab::busyChanged, this, [this](bool busy) { setBusy(busy); });
    connect(tab, &InspectionTab::statusMessage, this, &Page::statusMessage);
    connect(tab, &InspectionTab::navigateRequested, this, &Page::navigateRequested);
    connect(tab, &InspectionTab::dataChanged, this, [this, tab] { markOthersStale(tab); });
}

TodayListModel* InspectionsPage::todayModel() const
{
    return m_today->model();
}

QTableView* InspectionsPage::todayTable() const
{
    return m_today->table();
}

InspectionForm* InspectionsPage::form() const
{
    return m_today->form();
}

RectificationListModel* InspectionsPage::rectificationModel() const
{
    return m_rectifications->model();
}

QTableView* InspectionsPage::rectificationTable() const
{
    return m_rectifications->table();
}

CoverageCalendar* InspectionsPage::calendar() const
{
    return m_coverage->calendar();
}

MissedSitesModel* InspectionsPage::missedModel() const
{
    return m_coverage->missedModel();
}

InspectionListModel* InspectionsPage::recordsModel() const
{
    return m_records->model();
}

qint64 InspectionsPage::currentSiteId() const
{
    return m_today->currentSiteId();
}

bool InspectionsPage::saveInspection()
{
    return m_today->saveInspection();
}

void InspectionsPage::editChecklist()
{
    ChecklistDialog dialog(context(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedVersion() == 0)
        return;
    Q_EMIT statusMessage(tr("Checklist version %1 is in force for new inspections.").arg(dialog.savedVersion()));
    refresh();
}

bool InspectionsPage::ensureChecklist()
{
    if (m_checklistLoaded)
        return true;
    const auto checklist = ChecklistService(context().database->connection()).current();
    if (!checklist) {
        m_today->showChecklistError(checklist.error(), [this] { loadTab(Today); });
        return false;
    }
    m_checklistLoaded = true;
    for (InspectionTab* tab : std::as_const(m_tabPages))
        tab->setChecklist(*checklist);
    return true;
}

void InspectionsPage::focusWork()
{
    if (m_tabs->currentIndex() == Today)
        m_today->focusChecklist();
    else
        Page::focusWork();
}

ListTable* InspectionsPage::shownList() const
{
    if (m_tabs->currentIndex() == Coverage)
        return m_coverage->missedList();
    return Page::shownList();
}

bool InspectionsPage::focusSearch()
{
    if (m_tabs->currentIndex() == Coverage) {
        m_coverage->focusUnit();
        return true;
    }
    return Page::focusSearch();
}

void InspectionsPage::activate()
{
    const bool first = !isLoaded();
    Page::activate();
    if (first)
        loadTab(m_tabs->currentIndex());
}

void InspectionsPage::refresh()
{
    m_checklistLoaded = false;
    for (bool& stale : m_stale)
        stale = true;
    updateBadge();
    loadTab(m_tabs->currentIndex());
}

void InspectionsPage::loadTab(int index)
{
    if (!ensureChecklist())
        return;
    if (!m_stale.value(index))
        return;
    m_stale[index] = false;
    m_tabPages.at(index)->load();
}

void InspectionsPage::markOthersStale(InspectionTab* source)
{
    for (int i = 0; i < m_tabPages.size(); ++i) {
        if (m_tabPages.at(i) != source)
            m_stale[i] = true;
    }
    updateBadge();
}

void InspectionsPage::navigate(const QVariantMap& arguments)
{
    const QString tab = arguments.value(QStringLiteral("tab")).toString();
    const qint64 site = arguments.value(QStringLiteral("site")).toLongLong();
    if (arguments.contains(QStringLiteral("status"))) {
        m_rectifications->setStatus(arguments.value(QStringLiteral("status")).toString());
        m_stale[Rectifications] = true;
    }
    if (site != 0) {
        m_rectifications->setSite(site);
        m_records->setSite(site);
        m_stale[Rectifications] = true;
        m_stale[Records] = true;
    }
    if (const qint64 unit = arguments.value(QStringLiteral("unit")).toLongLong(); unit != 0) {
        m_coverage->setUnit(unit);
        m_stale[Coverage] = true;
    }
    int index = m_tabs->currentIndex();
    if (tab == u"today")
        index = Today;
    else if (tab == u"rectifications")
        index = Rectifications;
    else if (tab == u"coverage")
        index = Coverage;
    else if (tab == u"records")
        index = Records;
    if (index != m_tabs->currentIndex())
        m_tabs->setCurrentIndex(index); // loads it when the page is loaded
    else if (isLoaded())
        loadTab(index);
}

void InspectionsPage::updateBadge()
{
    const Session& session = context().session;
    if (!session.can(Action::LogInspection) || session.isSystem()) {
        setBadge(0);
        return;
    }
    InspectionQueries queries(context().database->connection());
    const auto sites = queries.caretakerSites(session.accountId);
    if (!sites || *sites == 0) {
        setBadge(0);
        return;
    }
    TodayFilter f;
    f.day = OfficeClock::today();
    f.inspector = session.username;
    f.accountId = session.accountId;
    const auto pending = queries.pendingToday(f);
    setBadge(pending ? *pending : 0);
}

} // namespace sitegov
