#include "core/RequestPolicy.h"

#include "core/Findings.h"

namespace sitegov {

using findings::warning;
// A finding that blocks the request until it is resolved.
constexpr auto blocking = findings::error;

bool RequestPolicy::openingFlagged(const RequestFacts& f)
{
    return f.type == RequestType::Open && !SiteRules::mayRunSite(f.unitLevel, f.unitKind);
}

QList<Finding> RequestPolicy::check(const RequestFacts& f, Stage stage)
{
    QList<Finding> out;
    if (f.reason.trimmed().isEmpty())
        out << blocking("reason", tr("Give the reason for the request."));

    auto needsOpenSubject = [&]() {
        if (!f.hasSubject) {
            out << blocking("site", tr("Choose the site the request is about."));
            return false;
        }
        if (f.subject.status == SiteStatus::Closed) {
            out << blocking("site", tr("%1 is closed already.").arg(f.subject.name));
            return false;
        }
        return true;
    };

    switch (f.type) {
    case RequestType::Open: {
        if (openingFlagged(f)) {
            out << warning("unit", tr("Townships, streets and county-level departments in principle open no site of their own "
                                      "(原则上不开设)."));
            if (f.justification.trimmed().isEmpty())
                out << blocking("justification", tr("A written justification is needed for this unit to open a site."));
        }
        // The proposed site's own rules, with its host: one site per unit, code, domain pattern...
        QList<Finding> site = SiteRules::validate(f.proposed, f.proposedHost);
        for (Finding& s : site) {
            // The status is the registry's business once the request executes.
            if (s.field == u"closed_on" || s.field == u"opened_on" || s.field == u"icp_filing" || s.field == u"psb_filing")
                continue;
            // The 原则上不开设 warning is the request's own flag above.
            if (s.field == u"host" && !s.isError())
                continue;
            out << s;
        }
        if (!f.hasSecurityReport) {
            if (stage == Stage::Execution)
                out << blocking("attachments", tr("A site goes live only after a passed security test: attach the "
                                                  "security test report before the final approval."));
            else
                out << warning("attachments", tr("The security test report is needed before the final approval."));
        }
        break;
    }
    case RequestType::Close:
        if (needsOpenSubject() && !f.hasMigrationEvidence)
            out << blocking("attachments", tr("Closing a site (永久下线) needs evidence that its data was migrated: attach it."));
        break;
    case RequestType::Migrate:
        if (needsOpenSubject() && f.subject.platform == Platform::Unified && f.subject.status != SiteStatus::Migrating)
            out << blocking("site", tr("%1 runs on the unified platform already.").arg(f.subject.name));
        break;
    case RequestType::Merge:
        if (!needsOpenSubject())
            break;
        if (!f.hasTarget)
            out << blocking("target", tr("Choose the site to merge into."));
        else if (f.target.id == f.subject.id)
            out << blocking("target", tr("A site cannot merge into itself."));
        else if (f.target.status == SiteStatus::Closed)
            out << blocking("target", tr("%1 is closed: merge into an open site.").arg(f.target.name));
        if (!f.hasMigrationEvidence)
            out << blocking("attachments", tr("Merging needs evidence that the data moved to the other site: attach it."));
        break;
    case RequestType::Change: {
        if (!needsOpenSubject())
            break;
        const Site& now = f.subject;
        const Site& then = f.proposed;
        if (now.name == then.name && now.domain == then.domain && now.hostOrgId == then.hostOrgId)
            out << blocking("proposal", tr("The request changes nothing: give a new name, domain or host unit."));
        for (const Finding& s : SiteRules::validate(then, f.proposedHost)) {
            if (s.field == u"name" || s.field == u"domain" || s.field == u"url" || s.field == u"host" || s.field == u"code")
                out << s;
        }
        break;
    }
    }
    return out;
}

} // namespace sitegov
