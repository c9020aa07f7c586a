#include "storage/RequestService.h"

#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "storage/AuditLog.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/Sql.h"
#include "storage/UserFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sitegov {

namespace {

QJsonObject proposalJson(const Site& s)
{
    return QJsonObject{{QStringLiteral("code"), s.code},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("domain"), s.domain},
        {QStringLiteral("kind"), Vocabulary::key(s.kind)},
        {QStringLiteral("platform"), Vocabulary::key(s.platform)},
        {QStringLiteral("host_org_id"), s.hostOrgId},
        {QStringLiteral("operator_name"), s.operatorName},
        {QStringLiteral("icp_filing"), s.icpFiling},
        {QStringLiteral("psb_filing"), s.psbFiling}};
}

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

} // namespace

RequestService::RequestService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

// ---------------------------------------------------------------------------------- reading

Result<RequestRecord> RequestService::byId(qint64 requestId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT r.id, r.type, r.state, r.unit_id, r.site_id, r.target_site_id, r.title, r.reason, "
                           "r.justification, r.proposal_json, r.filed_by, r.filed_by_name, r.round, r.current_step, "
                           "r.step_count, r.result_site_id, u.name, s.name, t.name, r.created_at, r.submitted_at, "
                           "r.closed_at FROM requests r JOIN organisations u ON u.id = r.unit_id LEFT JOIN sites s ON "
                           "s.id = r.site_id LEFT JOIN sites t ON t.id = r.target_site_id WHERE r.id = ?"),
            &e))
        return e;
    q.addBindValue(requestId);
    if (!Sql::exec(q, &e, tr("The request could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no request with the number %1.").arg(requestId), {}};
    RequestRecord r;
    r.draft.id = q.value(0).toLongLong();
    r.draft.type = RequestRules::requestType(q.value(1).toString()).value_or(RequestType::Open);
    r.state = RequestRules::requestState(q.value(2).toString()).value_or(RequestState::Draft);
    r.draft.unitId = q.value(3).toLongLong();
    r.draft.siteId = q.value(4).toLongLong();
    r.draft.targetSiteId = q.value(5).toLongLong();
    r.draft.title = q.value(6).toString();
    r.draft.reason = q.value(7).toString();
    r.draft.justification = q.value(8).toString();
    r.draft.proposal = proposalFrom(q.value(9).toString());
    r.filedBy = q.value(10).toLongLong();
    r.filedByName = q.value(11).toString();
    r.round = q.value(12).toInt();
    r.currentStep = q.value(13).toInt();
    r.stepCount = q.value(14).toInt();
    r.resultSiteId = q.value(15).toLongLong();
    r.unitName = q.value(16).toString();
    r.siteName = q.value(17).toString();
    r.targetName = q.value(18).toString();
    r.createdAt = utc(q.value(19));
    r.submittedAt = utc(q.value(20));
    r.closedAt = utc(q.value(21));
    return r;
}

Result<QList<ChainStep>> RequestService::steps(qint64 requestId)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT st.position, st.kind, st.unit_id, o.name, st.decision, st.decided_by, st.decided_by_name, "
                           "st.decided_at, st.comment FROM request_steps st JOIN organisations o ON o.id = st.unit_id "
                           "WHERE st.request_id = ? AND st.round = ? ORDER BY st.position"),
            &e))
        return e;
    q.addBindValue(requestId);
    q.addBindValue(r->round);
    if (!Sql::exec(q, &e, tr("The request could not be read.")))
        return e;
    QList<ChainStep> out;
    while (q.next()) {
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
        out << s;
    }
    return out;
}

Result<QList<RequestEvent>> RequestService::history(qint64 requestId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT at, account_name, action, round, position, from_state, to_state, comment FROM "
                           "request_events WHERE request_id = ? ORDER BY id"),
            &e))
        return e;
    q.addBindValue(requestId);
    if (!Sql::exec(q, &e, tr("The request's history could not be read.")))
        return e;
    QList<RequestEvent> out;
    while (q.next()) {
        out << RequestEvent{utc(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    }
    return out;
}

Result<QList<AttachmentInfo>> RequestService::attachments(qint64 requestId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT id, kind, file_name, size, sha256, added_by_name, added_at FROM request_attachments "
                           "WHERE request_id = ? ORDER BY id"),
            &e))
        return e;
    q.addBindValue(requestId);
    if (!Sql::exec(q, &e, tr("The attachments could not be read.")))
        return e;
    QList<AttachmentInfo> out;
    while (q.next()) {
        out << AttachmentInfo{q.value(0).toLongLong(),
            RequestRules::attachmentKind(q.value(1).toString()).value_or(AttachmentKind::Other), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), utc(q.value(6))};
    }
    return out;
}

Result<QByteArray> RequestService::attachmentContent(qint64 attachmentId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT content FROM request_attachments WHERE id = ?"), &e))
        return e;
    q.addBindValue(attachmentId);
    if (!Sql::exec(q, &e, tr("The attachment could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no attachment with the number %1.").arg(attachmentId), {}};
    return q.value(0).toByteArray();
}

Result<UnitLine> RequestService::unitLine(qint64 unitId)
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

Result<RequestFacts> RequestService::facts(const RequestRecord& r)
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
    const auto files = attachments(r.draft.id);
    if (files) {
        for (const AttachmentInfo& a : *files) {
            f.hasSecurityReport = f.hasSecurityReport || a.kind == AttachmentKind::SecurityReport;
            f.hasMigrationEvidence = f.hasMigrationEvidence || a.kind == AttachmentKind::MigrationEvidence;
        }
    }
    return f;
}

RequestPolicy::Stage RequestService::stageFor(const RequestRecord& r, const QList<ChainStep>& chain)
{
    if (RequestRules::isEditable(r.state))
        return RequestPolicy::Stage::Submission;
    const bool last = r.currentStep == r.stepCount;
    const bool beforeFiling
        = r.currentStep >= 1 && r.currentStep < chain.size() && chain.at(r.currentStep).kind == StepKind::File;
    return last || beforeFiling ? RequestPolicy::Stage::Execution : RequestPolicy::Stage::Decision;
}

Result<QList<Finding>> RequestService::currentChecks(qint64 requestId)
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

Result<QList<Finding>> RequestService::checks(qint64 requestId, RequestPolicy::Stage stage)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    const auto f = facts(*r);
    if (!f)
        return f.error();
    return RequestPolicy::check(*f, stage);
}

Result<int> RequestService::inboxCount(const Session& session)
{
    if (!session.can(Action::DecideRequest))
        return 0;
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT count(*) FROM requests r JOIN request_steps st ON st.request_id = r.id AND st.round = "
                           "r.round AND st.position = r.current_step WHERE r.state IN ('submitted', 'in_review', "
                           "'approved') AND "
                           "st.unit_id = ? AND (r.filed_by IS NULL OR r.filed_by <> ?)"),
            &e))
        return e;
    q.addBindValue(session.orgId);
    q.addBindValue(session.accountId);
    if (!Sql::exec(q, &e, tr("The requests could not be counted.")) || !q.next())
        return e;
    return q.value(0).toInt();
}

// ---------------------------------------------------------------------------------- changing

Status RequestService::event(const Session& session, qint64 requestId, const QString& action, int round, int position,
    RequestState from, RequestState to, const QString& comment)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("INSERT INTO request_events (request_id, at, account_id, account_name, action, round, position, "
                           "from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    q.addBindValue(requestId);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(Sql::nullIfZero(session.accountId));
    q.addBindValue(session.username);
    q.addBindValue(action);
    q.addBindValue(round);
    q.addBindValue(position);
    q.addBindValue(RequestRules::key(from));
    q.addBindValue(RequestRules::key(to));
    q.addBindValue(Sql::text(comment));
    if (!Sql::exec(q, &e, tr("The request's history could not be written.")))
        return e;
    return AuditLog::append(m_db, session, action, QStringLiteral("request"), QString::number(requestId),
        RequestRules::key(from) + QStringLiteral(" -> ") + RequestRules::key(to) + (comment.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + comment.trimmed()));
}

Status RequestService::setState(qint64 requestId, RequestState state, int currentStep, bool closing)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("UPDATE requests SET state = ?, current_step = ?, updated_at = ?, closed_at = CASE WHEN ? THEN ? "
                           "ELSE closed_at END WHERE id = ?"),
            &e))
        return e;
    const QString now = Sql::nowUtc();
    q.addBindValue(RequestRules::key(state));
    q.addBindValue(currentStep);
    q.addBindValue(now);
    q.addBindValue(closing ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(requestId);
    if (!Sql::exec(q, &e, tr("The request could not be saved.")))
        return e;
    return {};
}

Result<RequestRecord> RequestService::editable(const Session& session, qint64 requestId)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    if (!session.isSystem() && r->filedBy != session.accountId)
        return Error{tr("Only %1, who filed this request, may change it.").arg(r->filedByName), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::FileRequest, r->draft.unitId); !s)
        return s.error();
    if (!RequestRules::isEditable(r->state))
        return Error{tr("The request is %1: it can no longer be changed.").arg(RequestRules::displayName(r->state)), {}};
    return r;
}

Result<qint64> RequestService::saveDraft(const Session& session, const RequestDraft& draft)
{
    if (const Status s = Authorizer::require(m_db, session, Action::FileRequest, draft.unitId); !s)
        return s.error();
    if (draft.unitId == 0)
        return Error{tr("Choose the requesting unit."), {}};
    if (draft.type != RequestType::Open && draft.siteId == 0)
        return Error{tr("Choose the site the request is about."), {}};
    if (draft.type == RequestType::Open && draft.proposal.name.trimmed().isEmpty())
        return Error{tr("Give the name of the site to open."), {}};
    RequestRecord before;
    if (draft.id != 0) {
        const auto r = editable(session, draft.id);
        if (!r)
            return r.error();
        before = *r;
    }
    // A site the request is about belongs to the requesting unit's jurisdiction.
    if (draft.siteId != 0) {
        const auto site = SiteRepository(m_db).byId(draft.siteId);
        if (!site)
            return site.error();
        const auto within = Authorizer::isWithin(m_db, draft.unitId, site->hostOrgId);
        if (!within)
            return within.error();
        if (!*within)
            return Error{tr("%1 is not a site of the requesting unit or of the units under it.").arg(site->name), {}};
    }
    QString title = draft.title.trimmed();
    if (title.isEmpty()) {
        QString subject = draft.proposal.name.trimmed();
        if (draft.siteId != 0)
            subject = SiteRepository(m_db).byId(draft.siteId).value().name;
        title = RequestRules::displayName(draft.type) + QStringLiteral(": ") + subject;
    }
    Site proposal = draft.proposal;
    if (draft.type == RequestType::Open)
        proposal.hostOrgId = draft.unitId;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    const QString now = Sql::nowUtc();
    qint64 id = draft.id;
    if (id == 0) {
        if (!Sql::prepare(q,
                QStringLiteral("INSERT INTO requests (type, state, unit_id, site_id, target_site_id, title, reason, "
                               "justification, proposal_json, filed_by, filed_by_name, created_at, updated_at) VALUES (?, "
                               "'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                &e))
            return e;
        q.addBindValue(RequestRules::key(draft.type));
        q.addBindValue(draft.unitId);
        q.addBindValue(Sql::nullIfZero(draft.siteId));
        q.addBindValue(Sql::nullIfZero(draft.targetSiteId));
        q.addBindValue(title);
        q.addBindValue(Sql::text(draft.reason));
        q.addBindValue(Sql::text(draft.justification));
        q.addBindValue(QString::fromUtf8(QJsonDocument(proposalJson(proposal)).toJson(QJsonDocument::Compact)));
        q.addBindValue(Sql::nullIfZero(session.accountId));
        q.addBindValue(session.username);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!Sql::exec(q, &e, tr("The request could not be saved.")))
            return e;
        id = q.lastInsertId().toLongLong();
        if (const Status s = event(session, id, QStringLiteral("create"), 0, 0, RequestState::Draft, RequestState::Draft, title); !s)
            return s.error();
    } else {
        if (!Sql::prepare(q,
                QStringLiteral("UPDATE requests SET type = ?, unit_id = ?, site_id = ?, target_site_id = ?, title = ?, "
                               "reason = ?, justification = ?, proposal_json = ?, updated_at = ? WHERE id = ?"),
                &e))
            return e;
        q.addBindValue(RequestRules::key(draft.type));
        q.addBindValue(draft.unitId);
        q.addBindValue(Sql::nullIfZero(draft.siteId));
        q.addBindValue(Sql::nullIfZero(draft.targetSiteId));
        q.addBindValue(title);
        q.addBindValue(Sql::text(draft.reason));
        q.addBindValue(Sql::text(draft.justification));
        q.addBindValue(QString::fromUtf8(QJsonDocument(proposalJson(proposal)).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(id);
        if (!Sql::exec(q, &e, tr("The request could not be saved.")))
            return e;
        if (const Status s = event(session, id, QStringLiteral("edit"), before.round, 0, before.state, before.state, {}); !s)
            return s.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RequestService::submit(const Session& session, qint64 requestId)
{
    const auto r = editable(session, requestId);
    if (!r)
        return r.error();
    const auto f = facts(*r);
    if (!f)
        return f.error();
    const QList<Finding> findings = RequestPolicy::check(*f, RequestPolicy::Stage::Submission);
    if (SiteRules::hasErrors(findings))
        return Error{SiteRules::summary(findings, Finding::Severity::Error), {}};
    const auto line = unitLine(r->draft.unitId);
    if (!line)
        return line.error();
    const auto chain = RequestRules::chainFor(*line);
    if (!chain)
        return chain.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const int round = r->round + 1;
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("INSERT INTO request_steps (request_id, round, position, kind, unit_id) VALUES (?, ?, "
                                        "?, ?, ?)"),
            &e))
        return e;
    for (const ChainStep& s : *chain) {
        q.addBindValue(requestId);
        q.addBindValue(round);
        q.addBindValue(s.position);
        q.addBindValue(RequestRules::key(s.kind));
        q.addBindValue(s.unitId);
        if (!Sql::exec(q, &e, tr("The approval chain could not be saved.")))
            return e;
    }
    if (!Sql::prepare(q, QStringLiteral("UPDATE requests SET round = ?, step_count = ?, submitted_at = ? WHERE id = ?"), &e))
        return e;
    q.addBindValue(round);
    q.addBindValue(int(chain->size()));
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(requestId);
    if (!Sql::exec(q, &e, tr("The request could not be saved.")))
        return e;
    if (const Status s = setState(requestId, RequestState::Submitted, 1, false); !s)
        return s;
    if (const Status s = event(session, requestId, QStringLiteral("submit"), round, 1, r->state, RequestState::Submitted, {}); !s)
        return s;
    return tx.commit();
}

Status RequestService::canDecide(const Session& session, const RequestRecord& r)
{
    if (!session.can(Action::DecideRequest)) {
        return Error{tr("Your account (%1) may not %2.")
                         .arg(session.roles.isEmpty() ? tr("no role") : Permissions::displayNames(session.roles),
                             Permissions::describe(Action::DecideRequest)),
            {}};
    }
    if (!RequestRules::isOpen(r.state))
        return Error{tr("The request is %1: there is nothing to decide.").arg(RequestRules::displayName(r.state)), {}};
    if (!session.isSystem() && r.filedBy == session.accountId)
        return Error{tr("Nobody decides their own request: %1 filed this one.").arg(r.filedByName), {}};
    const auto chain = steps(r.draft.id);
    if (!chain)
        return chain.error();
    if (r.currentStep < 1 || r.currentStep > chain->size())
        return Error{tr("The request has no step waiting for a decision."), {}};
    const ChainStep& step = chain->at(r.currentStep - 1);
    if (!session.isSystem() && session.orgId != step.unitId)
        return Error{tr("Step %1 of %2 is decided by approvers of %3.").arg(r.currentStep).arg(chain->size()).arg(step.unitName), {}};
    return {};
}

Status RequestService::decide(const Session& session, qint64 requestId, Decision decision, const QString& comment)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    if (const Status s = canDecide(session, *r); !s)
        return s;
    if (decision != Decision::Approve && comment.trimmed().isEmpty())
        return Error{decision == Decision::Reject ? tr("Say why the request is rejected.")
                                                  : tr("Say what the filer should change."),
            {}};
    const bool last = r->currentStep == r->stepCount;
    const auto chain = steps(requestId);
    if (!chain)
        return chain.error();
    // The approval that decides: the last step, or the one before the national filing.
    const bool decisive = stageFor(*r, *chain) == RequestPolicy::Stage::Execution;
    if (decision == Decision::Approve) {
        const auto f = facts(*r);
        if (!f)
            return f.error();
        const QList<Finding> findings
            = RequestPolicy::check(*f, decisive ? RequestPolicy::Stage::Execution : RequestPolicy::Stage::Decision);
        if (SiteRules::hasErrors(findings))
            return Error{tr("The request cannot be approved as it stands: %1")
                             .arg(SiteRules::summary(findings, Finding::Severity::Error)),
                {}};
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("UPDATE request_steps SET decision = ?, decided_by = ?, decided_by_name = ?, "
                                        "decided_at = ?, comment = ? WHERE request_id = ? AND round = ? AND position = ?"),
            &e))
        return e;
    q.addBindValue(RequestRules::key(decision));
    q.addBindValue(Sql::nullIfZero(session.accountId));
    q.addBindValue(session.username);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(Sql::text(comment));
    q.addBindValue(requestId);
    q.addBindValue(r->round);
    q.addBindValue(r->currentStep);
    if (!Sql::exec(q, &e, tr("The decision could not be saved.")))
        return e;

    RequestState next = RequestState::InReview;
    int nextStep = r->currentStep + 1;
    QString action = QStringLiteral("approve");
    const bool filing = chain->at(r->currentStep - 1).kind == StepKind::File;
    if (filing && decision != Decision::Approve)
        return Error{tr("The national filing records an approval that has been given: it cannot be rejected or "
                        "returned."),
            {}};
    switch (decision) {
    case Decision::Approve:
        if (filing) {
            action = QStringLiteral("file");
            next = RequestState::Approved; // executed below, with the filing
            nextStep = 0;
        } else if (last) {
            next = RequestState::Approved;
            nextStep = 0;
        } else if (chain->at(r->currentStep).kind == StepKind::File) {
            // Approved: it takes effect once it has been filed nationally (备案).
            next = RequestState::Approved;
        }
        break;
    case Decision::Reject:
        next = RequestState::Rejected;
        nextStep = 0;
        action = QStringLiteral("reject");
        break;
    case Decision::Return:
        next = RequestState::Returned;
        nextStep = 0;
        action = QStringLiteral("return");
        break;
    }
    if (r->state != next && !RequestRules::canTransition(r->state, next))
        return Error{tr("The request cannot go from %1 to %2.")
                         .arg(RequestRules::displayName(r->state), RequestRules::displayName(next)),
            {}};
    if (const Status s = setState(requestId, next, nextStep, next == RequestState::Rejected); !s)
        return s;
    if (!(filing && r->state == RequestState::Approved)) {
        if (const Status s = event(session, requestId, action, r->round, r->currentStep, r->state, next, comment); !s)
            return s;
    } else if (const Status s = event(session, requestId, action, r->round, r->currentStep, r->state, r->state, comment); !s) {
        return s;
    }
    if (next == RequestState::Approved && nextStep == 0) {
        // The final approval executes the request in the same transaction: both land, or neither.
        RequestRecord approved = *r;
        approved.state = RequestState::Approved;
        if (const Status s = execute(session, approved); !s)
            return Error{tr("The request was not approved, because carrying it out failed: %1").arg(s.error().message),
                s.error().detail};
        if (const Status s = setState(requestId, RequestState::Executed, 0, true); !s)
            return s;
        if (const Status s = event(session, requestId, QStringLiteral("execute"), r->round, r->currentStep,
                RequestState::Approved, RequestState::Executed, {});
            !s)
            return s;
    }
    return tx.commit();
}

Status RequestService::execute(const Session& approver, const RequestRecord& r)
{
    // The approver carries the decision out on the registry: the changes are theirs in the audit
    // trail, with the rights the approval gives them for this one request.
    Session acting = approver;
    acting.roles = Permissions::allRoles();
    RegistryService registry(m_db);
    SiteRepository sites(m_db);
    const QDate today = OfficeClock::today();
    switch (r.draft.type) {
    case RequestType::Open: {
        Site s = r.draft.proposal;
        s.hostOrgId = r.draft.unitId;
        s.status = SiteStatus::Operating;
        s.openedOn = today;
        s.notes = tr("Opened by request %1.").arg(r.draft.id);
        const auto id = registry.registerSite(acting, s);
        if (!id)
            return id.error();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE requests SET result_site_id = ? WHERE id = ?"));
        q.addBindValue(*id);
        q.addBindValue(r.draft.id);
        if (!q.exec())
            return Sql::error(q, tr("The request could not be saved."));
        return {};
    }
    case RequestType::Close:
        return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Closed, today);
    case RequestType::Migrate: {
        if (const Status s = registry.changeSitePlatform(acting, r.draft.siteId, Platform::Unified); !s)
            return s;
        const auto site = sites.byId(r.draft.siteId);
        if (site && site->status == SiteStatus::Migrating)
            return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Operating, today);
        return {};
    }
    case RequestType::Merge: {
        auto site = sites.byId(r.draft.siteId);
        if (!site)
            return site.error();
        Site merged = *site;
        merged.notes = (merged.notes.isEmpty() ? QString() : merged.notes + u'\n')
            + tr("Merged into %1 by request %2.").arg(r.targetName).arg(r.draft.id);
        if (const Status s = registry.updateSite(acting, merged); !s)
            return s;
        return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Closed, today);
    }
    case RequestType::Change: {
        auto site = sites.byId(r.draft.siteId);
        if (!site)
            return site.error();
        Site changed = *site;
        if (!r.draft.proposal.name.trimmed().isEmpty())
            changed.name = r.draft.proposal.name.trimmed();
        if (!r.draft.proposal.domain.trimmed().isEmpty()) {
            changed.domain = r.draft.proposal.domain.trimmed().toLower();
            changed.url = QStringLiteral("https://%1/").arg(changed.domain);
        }
        if (r.draft.proposal.hostOrgId != 0)
            changed.hostOrgId = r.draft.proposal.hostOrgId;
        return registry.updateSite(acting, changed);
    }
    }
    return {};
}

Status RequestService::withdraw(const Session& session, qint64 requestId, const QString& comment)
{
    const auto r = byId(requestId);
    if (!r)
        return r.error();
    if (!session.isSystem() && r->filedBy != session.accountId)
        return Error{tr("Only %1, who filed this request, may withdraw it.").arg(r->filedByName), {}};
    // Whoever may no longer change the request (a role taken away, the unit moved out of their
    // jurisdiction) may not withdraw it either: the same check as editable().
    if (const Status s = Authorizer::require(m_db, session, Action::FileRequest, r->draft.unitId); !s)
        return s;
    if (!RequestRules::canTransition(r->state, RequestState::Withdrawn))
        return Error{tr("The request is %1: it can no longer be withdrawn.").arg(RequestRules::displayName(r->state)), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = setState(requestId, RequestState::Withdrawn, 0, true); !s)
        return s;
    if (const Status s = event(session, requestId, QStringLiteral("withdraw"), r->round, 0, r->state, RequestState::Withdrawn,
            comment);
        !s)
        return s;
    return tx.commit();
}

Result<qint64> RequestService::addAttachmentFile(const Session& session, qint64 requestId, AttachmentKind kind,
    const QString& path)
{
    const auto content = UserFile::readAll(path, kMaxAttachmentBytes);
    if (!content) {
        if (content.error().code == u"file.large")
            return Error{tr("The file %1 is larger than %2 MiB, the most a request can hold.")
                             .arg(QFileInfo(path).fileName())
                             .arg(kMaxAttachmentBytes / 1048576),
                {}};
        return content.error();
    }
    return addAttachment(session, requestId, kind, QFileInfo(path).fileName(), *content);
}

Result<qint64> RequestService::addAttachment(const Session& session, qint64 requestId, AttachmentKind kind,
    const QString& fileName, const QByteArray& content)
{
    const auto r = editable(session, requestId);
    if (!r)
        return r.error();
    if (content.isEmpty())
        return Error{tr("The file %1 is empty.").arg(fileName), {}};
    if (content.size() > kMaxAttachmentBytes)
        return Error{tr("The file %1 is larger than %2 MiB, the most a request can hold.")
                         .arg(fileName)
                         .arg(kMaxAttachmentBytes / 1048576),
            {}};
    const QString name = QFileInfo(fileName).fileName().left(200);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("INSERT INTO request_attachments (request_id, kind, file_name, size, sha256, content, "
                                        "added_by_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    q.addBindValue(requestId);
    q.addBindValue(RequestRules::key(kind));
    q.addBindValue(name);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(sha);
    q.addBindValue(content);
    q.addBindValue(session.username);
    q.addBindValue(Sql::nowUtc());
    if (!Sql::exec(q, &e, tr("The attachment could not be saved.")))
        return e;
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = event(session, requestId, QStringLiteral("attach"), r->round, 0, r->state, r->state,
            RequestRules::key(kind) + QStringLiteral(": ") + name + QStringLiteral(" (sha256 ") + sha + u')');
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RequestService::removeAttachment(const Session& session, qint64 attachmentId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT request_id, file_name FROM request_attachments WHERE id = ?"), &e))
        return e;
    q.addBindValue(attachmentId);
    if (!Sql::exec(q, &e, tr("The attachment could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no attachment with the number %1.").arg(attachmentId), {}};
    const qint64 requestId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    q.finish();
    const auto r = editable(session, requestId);
    if (!r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM request_attachments WHERE id = ?"), &e))
        return e;
    q.addBindValue(attachmentId);
    if (!Sql::exec(q, &e, tr("The attachment could not be removed.")))
        return e;
    if (const Status s = event(session, requestId, QStringLiteral("detach"), r->round, 0, r->state, r->state, name); !s)
        return s;
    return tx.commit();
}

} // namespace sitegov
