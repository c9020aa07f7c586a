#pragma once

#include "core/Request.h"
#include "core/RequestPolicy.h"
#include "core/Result.h"
#include "storage/RequestRecord.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

// Reading requests: a request, its approval chain and history, the policy checks as they stand,
// and the approver's inbox. Changes go through RequestWorkflow, files through RequestAttachments.
class RequestQueries final
{
    Q_DECLARE_TR_FUNCTIONS(RequestQueries)

public:
    explicit RequestQueries(QSqlDatabase db);

    Result<RequestRecord> byId(qint64 requestId);
    // The chain of the request's current round.
    Result<QList<ChainStep>> steps(qint64 requestId);
    Result<QList<RequestEvent>> history(qint64 requestId);

    Result<QList<Finding>> checks(qint64 requestId, RequestPolicy::Stage stage);
    // The checks as they stand for the request's next move: submission while it is a draft or
    // returned; the final checks for the step that decides (the last, or the approval before the
    // national filing); the step checks otherwise; none once it is finished.
    Result<QList<Finding>> currentChecks(qint64 requestId);
    static RequestPolicy::Stage stageFor(const RequestRecord& request, const QList<ChainStep>& chain);

    // Requests waiting for a decision by the session's unit (not its own), for the sidebar count.
    Result<int> inboxCount(const Session& session);

    // The requesting unit and the governments above it, as the approval chain needs them.
    Result<UnitLine> unitLine(qint64 unitId);
    // What the policy checks look at: the request, its unit, its sites, its attachments.
    Result<RequestFacts> facts(const RequestRecord& request);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
