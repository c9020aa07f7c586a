#pragma once

#include "core/Request.h"
#include "core/Result.h"
#include "storage/RequestRecord.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// Requests and their level-by-level approval. Every change is checked here (the filer files and
// withdraws their own requests within their jurisdiction; an approver of the current step's unit
// decides it; nobody decides their own request), runs the policy checks, writes the request's
// history and the audit trail in the same transaction, and the final approval carries the request
// out on the registry (RequestExecution) in that transaction too: all or nothing.
class RequestWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)

public:
    explicit RequestWorkflow(QSqlDatabase db);

    Result<qint64> saveDraft(const Session& session, const RequestDraft& draft);
    Status submit(const Session& session, qint64 requestId);
    Status decide(const Session& session, qint64 requestId, Decision decision, const QString& comment);
    Status withdraw(const Session& session, qint64 requestId, const QString& comment = {});

    // Whether the session may decide the request's current step now, and why not.
    Status canDecide(const Session& session, const RequestRecord& request);
    // The request, when the session may change it now: its filer, still allowed to file for its
    // unit, while it is a draft or returned.
    Result<RequestRecord> editable(const Session& session, qint64 requestId);

    // Writes a line of the request's history and its audit record, inside the caller's transaction.
    Status recordEvent(const Session& session, qint64 requestId, const QString& action, int round, int position,
        RequestState from, RequestState to, const QString& comment);

private:
    Status setState(qint64 requestId, RequestState state, int currentStep, bool closing);

    QSqlDatabase m_db;
};

} // namespace sitegov
