#include "storage/RequestWorkflow.h"

#include "core/RequestPolicy.h"
#include "core/SiteRules.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/RequestExecution.h"
#include "storage/RequestQueries.h"
#include "storage/SiteRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

QString proposalJson(const Site& s)
{
    const QJsonObject o{{QStringLiteral("code"), s.code},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("domain"), s.domain},
        {QStringLiteral("kind"), Vocabulary::key(s.kind)},
        {QStringLiteral("platform"), Vocabulary::key(s.platform)},
        {QStringLiteral("host_org_id"), s.hostOrgId},
        {QStringLiteral("operator_name"), s.operatorName},
        {QStringLiteral("icp_filing"), s.icpFiling},
        {QStringLiteral("psb_filing"), s.psbFiling}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RequestWorkflow::RequestWorkflow(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status RequestWorkflow::recordEvent(const Session& session, qint64 requestId, const QString& action, int round,
    int position, RequestState from, RequestState to, const QString& comment)
{
    if (const Status s = db::Query(m_db,
            QStringLiteral("INSERT INTO request_events (request_id, at, account_id, account_name, action, round, position, "
                           "from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                             .bind(requestId, Sql::nowUtc(), Sql::nullIfZero(session.accountId), session.username,
                                 action, round, position, RequestRules::key(from), RequestRules::key(to),
                                 Sql::text(comment))
                             .exec(tr("The request's history could not be written."));
        !s)
        return s;
    return AuditLog::append(m_db, session, action, QStringLiteral("request"), QString::number(requestId),
        RequestRules::key(from) + QStringLiteral(" -> ") + RequestRules::key(to)
            + (comment.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + comment.trimmed()));
}

Status RequestWorkflow::setState(qint64 requestId, RequestState state, int currentStep, bool closing)
{
    const QString now = Sql::nowUtc();
    return db::Query(m_db,
        QStringLiteral("UPDATE requests SET state = ?, current_step = ?, updated_at = ?, closed_at = CASE WHEN ? = 1 THEN ? "
                       "ELSE closed_at END WHERE id = ?"))
        .bind(RequestRules::key(state), currentStep, now, closing ? 1 : 0, now, requestId)
        .exec(tr("The request could not be saved."));
}

Result<RequestRecord> RequestWorkflow::editable(const Session& session, qint64 requestId)
{
    const auto r = RequestQueries(m_db).byId(requestId);
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

Result<qint64> RequestWorkflow::saveDraft(const Session& session, const RequestDraft& draft)
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
    QString subject = draft.proposal.name.trimmed();
    if (draft.siteId != 0) {
        const auto site = SiteRepository(m_db).byId(draft.siteId);
        if (!site)
            return site.error();
        const auto within = Authorizer::isWithin(m_db, draft.unitId, site->hostOrgId);
        if (!within)
            return within.error();
        if (!*within)
            return Error{tr("%1 is not a site of the requesting unit or of the units under it.").arg(site->name), {}};
        subject = site->name;
    }
    QString title = draft.title.trimmed();
    if (title.isEmpty())
        title = RequestRules::displayName(draft.type) + QStringLiteral(": ") + subject;
    Site proposal = draft.proposal;
    if (draft.type == RequestType::Open)
        proposal.hostOrgId = draft.unitId;

    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString now = Sql::nowUtc();
        qint64 id = draft.id;
        if (id == 0) {
            const auto created = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO requests (type, state, unit_id, site_id, target_site_id, title, reason, "
                    "justification, proposal_json, filed_by, filed_by_name, created_at, updated_at) VALUES (?, "
                    "'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                                     .bind(RequestRules::key(draft.type), draft.unitId, Sql::nullIfZero(draft.siteId),
                                         Sql::nullIfZero(draft.targetSiteId), title, Sql::text(draft.reason),
                                         Sql::text(draft.justification), proposalJson(proposal),
                                         Sql::nullIfZero(session.accountId), session.username, now, now)
                                     .insert(tr("The request could not be saved."));
            if (!created)
                return created.error();
            id = *created;
            if (const Status s = recordEvent(
                    session, id, QStringLiteral("create"), 0, 0, RequestState::Draft, RequestState::Draft, title);
                !s)
                return s.error();
        } else {
            if (const Status s = db::Query(m_db,
                    QStringLiteral(
                        "UPDATE requests SET type = ?, unit_id = ?, site_id = ?, target_site_id = ?, title = ?, "
                        "reason = ?, justification = ?, proposal_json = ?, updated_at = ? WHERE id = ?"))
                                     .bind(RequestRules::key(draft.type), draft.unitId, Sql::nullIfZero(draft.siteId),
                                         Sql::nullIfZero(draft.targetSiteId), title, Sql::text(draft.reason),
                                         Sql::text(draft.justification), proposalJson(proposal), now, id)
                                     .exec(tr("The request could not be saved."));
                !s)
                return s.error();
            if (const Status s
                = recordEvent(session, id, QStringLiteral("edit"), before.round, 0, before.state, before.state, {});
                !s)
                return s.error();
        }
        return id;
    });
}

Status RequestWorkflow::submit(const Session& session, qint64 requestId)
{
    const auto r = editable(session, requestId);
    if (!r)
        return r.error();
    RequestQueries queries(m_db);
    const auto f = queries.facts(*r);
    if (!f)
        return f.error();
    const QList<Finding> findings = RequestPolicy::check(*f, RequestPolicy::Stage::Submission);
    if (SiteRules::hasErrors(findings))
        return Error{SiteRules::summary(findings, Finding::Severity::Error), {}};
    const auto line = queries.unitLine(r->draft.unitId);
    if (!line)
        return line.error();
    const auto chain = RequestRules::chainFor(*line);
    if (!chain)
        return chain.error();

    return db::inTransaction(m_db, [&]() -> Status {
        const int round = r->round + 1;
        db::Query step(m_db,
            QStringLiteral(
                "INSERT INTO request_steps (request_id, round, position, kind, unit_id) VALUES (?, ?, ?, ?, ?)"));
        for (const ChainStep& s : *chain) {
            if (const Status saved = step.bind(requestId, round, s.position, RequestRules::key(s.kind), s.unitId)
                                         .exec(tr("The approval chain could not be saved."));
                !saved)
                return saved;
        }
        if (const Status s = db::Query(
                m_db, QStringLiteral("UPDATE requests SET round = ?, step_count = ?, submitted_at = ? WHERE id = ?"))
                                 .bind(round, int(chain->size()), Sql::nowUtc(), requestId)
                                 .exec(tr("The request could not be saved."));
            !s)
            return s;
        if (const Status s = setState(requestId, RequestState::Submitted, 1, false); !s)
            return s;
        return recordEvent(
            session, requestId, QStringLiteral("submit"), round, 1, r->state, RequestState::Submitted, {});
    });
}

Status RequestWorkflow::canDecide(const Session& session, const RequestRecord& r)
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
    const auto chain = RequestQueries(m_db).steps(r.draft.id);
    if (!chain)
        return chain.error();
    if (r.currentStep < 1 || r.currentStep > chain->size())
        return Error{tr("The request has no step waiting for a decision."), {}};
    const ChainStep& step = chain->at(r.currentStep - 1);
    if (!session.isSystem() && session.orgId != step.unitId)
        return Error{tr("Step %1 of %2 is decided by approvers of %3.").arg(r.currentStep).arg(chain->size()).arg(step.unitName), {}};
    return {};
}

Status RequestWorkflow::decide(const Session& session, qint64 requestId, Decision decision, const QString& comment)
{
    RequestQueries queries(m_db);
    const auto r = queries.byId(requestId);
    if (!r)
        return r.error();
    if (const Status s = canDecide(session, *r); !s)
        return s;
    if (decision != Decision::Approve && comment.trimmed().isEmpty())
        return Error{decision == Decision::Reject ? tr("Say why the request is rejected.")
                                                  : tr("Say what the filer should change."),
            {}};
    const bool last = r->currentStep == r->stepCount;
    const auto chain = queries.steps(requestId);
    if (!chain)
        return chain.error();
    // The approval that decides: the last step, or the one before the national filing.
    const bool decisive = RequestQueries::stageFor(*r, *chain) == RequestPolicy::Stage::Execution;
    if (decision == Decision::Approve) {
        const auto f = queries.facts(*r);
        if (!f)
            return f.error();
        const QList<Finding> findings
            = RequestPolicy::check(*f, decisive ? RequestPolicy::Stage::Execution : RequestPolicy::Stage::Decision);
        if (SiteRules::hasErrors(findings))
            return Error{tr("The request cannot be approved as it stands: %1")
                             .arg(SiteRules::summary(findings, Finding::Severity::Error)),
                {}};
    }

    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s
            = db::Query(m_db,
                QStringLiteral(
                    "UPDATE request_steps SET decision = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, "
                    "comment = ? WHERE request_id = ? AND round = ? AND position = ?"))
                  .bind(RequestRules::key(decision), Sql::nullIfZero(session.accountId), session.username,
                      Sql::nowUtc(), Sql::text(comment), requestId, r->round, r->currentStep)
                  .exec(tr("The decision could not be saved."));
            !s)
            return s;

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
        // The national filing of an approval already given leaves the state as it is.
        const RequestState recorded = filing && r->state == RequestState::Approved ? r->state : next;
        if (const Status s
            = recordEvent(session, requestId, action, r->round, r->currentStep, r->state, recorded, comment);
            !s)
            return s;
        if (next == RequestState::Approved && nextStep == 0) {
            // The final approval executes the request in the same transaction: both land, or neither.
            RequestRecord approved = *r;
            approved.state = RequestState::Approved;
            if (const Status s = RequestExecution(m_db).execute(session, approved); !s)
                return Error{
                    tr("The request was not approved, because carrying it out failed: %1").arg(s.error().message),
                    s.error().detail};
            if (const Status s = setState(requestId, RequestState::Executed, 0, true); !s)
                return s;
            if (const Status s = recordEvent(session, requestId, QStringLiteral("execute"), r->round, r->currentStep,
                    RequestState::Approved, RequestState::Executed, {});
                !s)
                return s;
        }
        return {};
    });
}

Status RequestWorkflow::withdraw(const Session& session, qint64 requestId, const QString& comment)
{
    const auto r = RequestQueries(m_db).byId(requestId);
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
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = setState(requestId, RequestState::Withdrawn, 0, true); !s)
            return s;
        return recordEvent(
            session, requestId, QStringLiteral("withdraw"), r->round, 0, r->state, RequestState::Withdrawn, comment);
    });
}

} // namespace sitegov
