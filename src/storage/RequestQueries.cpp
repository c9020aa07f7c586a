#include "storage/RequestQueries.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryService.h"
#include "storage/RequestAttachments.h"
#include "storage/SiteRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

Site proposalFrom(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Site s;
    s.code = o.value(QStringLiteral("code")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.url = o.value(QStringLiteral("url")).toString();
    s.domain = o.value(QStringLiteral("domain")).toString();
    s.kind = Vocabulary::siteKind(o.value(QStringLiteral("kind")).toString()).value_or(SiteKind::Department);
    s.platform = Vocabulary::platform(o.value(QStringLiteral("platform")).toString()).value_or(Platform::Unified);
    s.hostOrgId = o.value(QStringLiteral("host_org_id")).toInteger();
    s.operatorName = o.value(QStringLiteral("operator_name")).toString();
    s.icpFiling = o.value(QStringLiteral("icp_filing")).toString();
    s.psbFiling = o.value(QStringLiteral("psb_filing")).toString();
    return s;
}

QDateTime utc(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

RequestRecord recordFrom(const QSqlQuery& q)
{
    RequestRecord r;
    db::RowReader in(q);
    in.into(r.draft.id);
    r.draft.type = RequestRules::requestType(in.next().toString()).value_or(RequestType::Open);
    r.state = RequestRules::requestState(in.next().toString()).value_or(RequestState::Draft);
    in.into(r.draft.unitId, r.draft.siteId, r.draft.targetSiteId, r.draft.title, r.draft.reason, r.draft.justification);
    r.draft.proposal = proposalFrom(in.next().toString());
    in.into(r.filedBy, r.filedByName, r.round, r.currentStep, r.stepCount, r.resultSiteId, r.unitName, r.siteName,
        r.targetName);
    r.createdAt = utc(in.next());
    r.submittedAt = utc(in.next());
    r.closedAt = utc(in.next());
    return r;
}

ChainStep stepFrom(const QSqlQuery& q)
{
    ChainStep s;
    s.position = q.value(0).toInt();
    s.kind = RequestRules::stepKind(q.value(1).toString()).value_or(StepKind::Approve);
    s.unitId = q.value(2).toLongLong();
    s.unitName = q.value(3).toString();
    if (!q.value(4).isNull())
        s.decision = RequestRules::decision(q.value(4).toString());
    s.decidedBy = q.value(5).toLongLong();
    s.decidedByName = q.value(6).toString();
    s.decidedAt = utc(q.value(7));
    s.comment = q.value(8).toString();
    return s;
}

RequestEvent eventFrom(const QSqlQuery& q)
{
    return RequestEvent{utc(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
        q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

RequestQueries::RequestQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<RequestRecord> RequestQueries::byId(qint64 requestId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT r.id, r.type, r.state, r.unit_id, r.site_id, r.target_site_id, r.title, r.reason, "
                       "r.justification, r.proposal_json, r.filed_by, r.filed_by_name, r.round, r.current_step, "
                       "r.step_count, r.result_site_id, u.name, s.name, t.name, r.created_at, r.submitted_at, "
                       "r.closed_at FROM requests r JOIN organisations u ON u.id = r.unit_id LEFT JOIN sites s ON "
                       "s.id = r.site_id LEFT JOIN sites t ON t.id = r.target_site_id WHERE r.id = ?"))
        .bind(requestId)
        .single(tr("The request could not be read."), tr("There is no request with the number %1.").arg(requestId),
            recordFrom);
}

Result<QList<ChainStep>> RequestQueries::steps(qint64 requestId)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    return db::Query(m_db,
        QStringLiteral("SELECT st.position, st.kind, st.unit_id, o.name, st.decision, st.decided_by, st.decided_by_name, "
                       "st.decided_at, st.comment FROM request_steps st JOIN organisations o ON o.id = st.unit_id "
                       "WHERE st.request_id = ? AND st.round = ? ORDER BY st.position"))
        .bind(requestId, r->round)
        .rows(tr("The request could not be read."), stepFrom);
}

Result<QList<RequestEvent>> RequestQueries::history(qint64 requestId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT at, account_name, action, round, position, from_state, to_state, comment FROM "
                       "request_events WHERE request_id = ? ORDER BY id"))
        .bind(requestId)
        .rows(tr("The request's history could not be read."), eventFrom);
}

Result<UnitLine> RequestQueries::unitLine(qint64 unitId)
{
    OrganisationRepository orgs(m_db);
    const auto unit = orgs.byId(unitId);
    if (!unit)
        return unit.error();
    UnitLine line;
    line.unitId = unitId;
    line.level = unit->level;
    line.kind = unit->kind;
    qint64 current = unitId;
    for (int depth = 0; depth < 16 && current != 0; ++depth) {
        const auto o = orgs.byId(current);
        if (!o)
            return o.error();
        if (o->kind == OrgKind::Government)
            line.governments << UnitLine::Government{o->id, o->level, o->name};
        current = o->parentId;
    }
    return line;
}

Result<RequestFacts> RequestQueries::facts(const RequestRecord& r)
{
    RequestFacts f;
    f.type = r.draft.type;
    f.reason = r.draft.reason;
    f.justification = r.draft.justification;
    const auto unit = OrganisationRepository(m_db).byId(r.draft.unitId);
    if (!unit)
        return unit.error();
    f.unitLevel = unit->level;
    f.unitKind = unit->kind;
    SiteRepository sites(m_db);
    RegistryService registry(m_db);
    if (r.draft.siteId != 0) {
        if (const auto s = sites.byId(r.draft.siteId)) {
            f.hasSubject = true;
            f.subject = *s;
        }
    }
    if (r.draft.targetSiteId != 0) {
        if (const auto t = sites.byId(r.draft.targetSiteId)) {
            f.hasTarget = true;
            f.target = *t;
        }
    }
    if (r.draft.type == RequestType::Open) {
        f.proposed = r.draft.proposal;
        f.proposed.hostOrgId = r.draft.unitId;
        f.proposed.status = SiteStatus::Operating;
        f.proposedHost = registry.hostContext(r.draft.unitId);
    } else if (r.draft.type == RequestType::Change && f.hasSubject) {
        f.proposed = f.subject;
        if (!r.draft.proposal.name.trimmed().isEmpty())
            f.proposed.name = r.draft.proposal.name.trimmed();
        if (!r.draft.proposal.domain.trimmed().isEmpty()) {
            f.proposed.domain = r.draft.proposal.domain.trimmed().toLower();
            f.proposed.url = QStringLiteral("https://%1/").arg(f.proposed.domain);
        }
        if (r.draft.proposal.hostOrgId != 0)
            f.proposed.hostOrgId = r.draft.proposal.hostOrgId;
        f.proposedHost = registry.hostContext(f.proposed.hostOrgId, f.subject.id);
    }
    const auto files = RequestAttachments(m_db).list(r.draft.id);
    if (files) {
        for (const AttachmentInfo& a : *files) {
            f.hasSecurityReport = f.hasSecurityReport || a.kind == AttachmentKind::SecurityReport;
            f.hasMigrationEvidence = f.hasMigrationEvidence || a.kind == AttachmentKind::MigrationEvidence;
        }
    }
    return f;
}

RequestPolicy::Stage RequestQueries::stageFor(const RequestRecord& r, const QList<ChainStep>& chain)
{
    if (RequestRules::isEditable(r.state))
        return RequestPolicy::Stage::Submission;
    const bool last = r.currentStep == r.stepCount;
    const bool beforeFiling
        = r.currentStep >= 1 && r.currentStep < chain.size() && chain.at(r.currentStep).kind == StepKind::File;
    return last || beforeFiling ? RequestPolicy::Stage::Execution : RequestPolicy::Stage::Decision;
}

Result<QList<Finding>> RequestQueries::currentChecks(qint64 requestId)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    if (RequestRules::isFinal(r->state))
        return QList<Finding>{};
    const auto chain = steps(requestId);
    if (!chain)
        return chain.error();
    const auto f = facts(*r);
    if (!f)
        return f.error();
    return RequestPolicy::check(*f, stageFor(*r, *chain));
}

Result<QList<Finding>> RequestQueries::checks(qint64 requestId, RequestPolicy::Stage stage)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    const auto f = facts(*r);
    if (!f)
        return f.error();
    return RequestPolicy::check(*f, stage);
}

Result<int> RequestQueries::inboxCount(const Session& session)
{
    if (!session.can(Action::DecideRequest))
        return 0;
    return db::Query(m_db,
        QStringLiteral("SELECT count(*) FROM requests r JOIN request_steps st ON st.request_id = r.id AND st.round = "
                       "r.round AND st.position = r.current_step WHERE r.state IN ('submitted', 'in_review', "
                       "'approved') AND st.unit_id = ? AND (r.filed_by IS NULL OR r.filed_by <> ?)"))
        .bind(session.orgId, session.accountId)
        .value<int>(tr("The requests could not be counted."));
}

} // namespace sitegov
