#include "gui/PageRegistry.h"

#include "gui/annual/AnnualReportsPage.h"
#include "gui/audit/AuditPage.h"
#include "gui/common/Page.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/inspections/InspectionsPage.h"
#include "gui/policies/PoliciesPage.h"
#include "gui/registry/SitesPage.h"
#include "gui/requests/RequestsPage.h"
#include "gui/reviews/WeeklyReviewsPage.h"
#include "gui/scores/ScoresPage.h"
#include "gui/settings/SettingsPage.h"
#include "gui/spotchecks/SpotChecksPage.h"
#include "gui/tickets/TicketsPage.h"

namespace sitegov {

namespace {

// A page made from the context alone.
template<typename P>
Page* make(const PageServices& s, QWidget* parent)
{
    return new P(s.context, parent);
}

// A page that also shows or drives the score sync.
template<typename P>
Page* makeWithSync(const PageServices& s, QWidget* parent)
{
    return new P(s.context, s.sync, parent);
}

} // namespace

const QList<PageEntry>& PageRegistry::entries()
{
    static const QList<PageEntry> pages{
        {QStringLiteral("dashboard"), QStringLiteral("dashboard"), {}, makeWithSync<DashboardPage>},
        {QStringLiteral("sites"), QStringLiteral("sites"), {}, make<SitesPage>},
        {QStringLiteral("requests"), QStringLiteral("requests"), {}, make<RequestsPage>},
        {QStringLiteral("inspections"), QStringLiteral("inspections"), {}, make<InspectionsPage>},
        {QStringLiteral("reviews"), QStringLiteral("reviews"), {}, make<WeeklyReviewsPage>},
        {QStringLiteral("tickets"), QStringLiteral("flag"), {}, make<TicketsPage>},
        {QStringLiteral("policies"), QStringLiteral("reposts"), {}, make<PoliciesPage>},
        {QStringLiteral("spotchecks"), QStringLiteral("spotchecks"), {}, makeWithSync<SpotChecksPage>},
        {QStringLiteral("scores"), QStringLiteral("scores"), {}, makeWithSync<ScoresPage>},
        {QStringLiteral("annual"), QStringLiteral("reviews"), {}, make<AnnualReportsPage>},
        {QStringLiteral("audit"), QStringLiteral("audit"),
            [](const Session& session) { return session.can(Action::ViewAudit); }, make<AuditPage>},
        {QStringLiteral("settings"), QStringLiteral("settings"), {}, makeWithSync<SettingsPage>},
    };
    return pages;
}

QStringList PageRegistry::ids()
{
    QStringList out;
    for (const PageEntry& e : entries())
        out << e.id;
    return out;
}

QList<Role> PageRegistry::rolesFor(const PageEntry& entry)
{
    QList<Role> roles;
    for (const Role role : Permissions::allRoles()) {
        Session session;
        session.accountId = 1; // an account, not a system actor
        session.roles = {role};
        if (!entry.available || entry.available(session))
            roles << role;
    }
    return roles;
}

QStringList PageRegistry::idsFor(Role role)
{
    QStringList out;
    for (const PageEntry& e : entries()) {
        if (rolesFor(e).contains(role))
            out << e.id;
    }
    return out;
}

QList<Page*> PageRegistry::create(const PageServices& services, QWidget* parent)
{
    QList<Page*> pages;
    for (const PageEntry& e : entries()) {
        if (e.available && !e.available(services.context.session))
            continue;
        Page* page = e.create(services, parent);
        page->m_id = e.id;
        page->m_iconName = e.icon;
        pages << page;
    }
    return pages;
}

} // namespace sitegov
