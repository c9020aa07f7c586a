#pragma once

#include "core/Request.h"
#include "core/RequestPolicy.h"
#include "core/Result.h"
#include "core/Site.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

// What the filer writes.
struct RequestDraft
{
    qint64 id = 0;
    RequestType type = RequestType::Open;
    qint64 unitId = 0;       // the requesting unit
    qint64 siteId = 0;       // close, migrate, merge, change: the site concerned
    qint64 targetSiteId = 0; // merge: the site it merges into
    QString title;
    QString reason;
    QString justification;
    // Open: the proposed site (its host is the requesting unit). Change: the new name, domain and
    // host unit (the other fields are taken from the site as it is).
    Site proposal;
};

struct RequestRecord
{
    RequestDraft draft;
    RequestState state = RequestState::Draft;
    qint64 filedBy = 0;
    QString filedByName;
    int round = 0;
    int currentStep = 0; // 1-based position awaiting a decision, 0 when none
    int stepCount = 0;
    qint64 resultSiteId = 0;
    QString unitName;
    QString siteName;
    QString targetName;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime closedAt;
};

struct RequestEvent
{
    QDateTime at;
    QString accountName;
    QString action; // create, edit, submit, approve, reject, return, withdraw, execute, attach, detach
    int round = 0;
    int position = 0;
    QString fromState;
    QString toState;
    QString comment;
};

struct AttachmentInfo
{
    qint64 id = 0;
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QDateTime addedAt;
};

// Requests and their level-by-level approval. Every change is checked here (the filer files and
// withdraws their own requests within their jurisdiction; an approver of the current step's unit
// decides it; nobody decides their own request), runs the policy checks, writes the request's
// history and the audit trail in the same transaction, and the final approval executes the
// request on the registry in that transaction too: all or nothing.
class RequestService final
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)

public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

    explicit RequestService(QSqlDatabase db);

    Result<qint64> saveDraft(const Session& session, const RequestDraft& draft);
    Status submit(const Session& session, qint64 requestId);
    Status decide(const Session& session, qint64 requestId, Decision decision, const QString& comment);
    Status withdraw(const Session& session, qint64 requestId, const QString& comment = {});
    Result<qint64> addAttachment(const Session& session, qint64 requestId, AttachmentKind kind, const QString& fileName,
        const QByteArray& content);
    // The same for a file a user chose, read only after UserFile's checks (an ordinary file, not the
    // database or one of its working files) and only up to kMaxAttachmentBytes.
    Result<qint64> addAttachmentFile(const Session& session, qint64 requestId, AttachmentKind kind, const QString& path);
    Status removeAttachment(const Session& session, qint64 attachmentId);

    Result<RequestRecord> byId(qint64 requestId);
    Result<QList<ChainStep>> steps(qint64 requestId);
    Result<QList<RequestEvent>> history(qint64 requestId);
    Result<QList<AttachmentInfo>> attachments(qint64 requestId);
    Result<QByteArray> attachmentContent(qint64 attachmentId);
    Result<QList<Finding>> checks(qint64 requestId, RequestPolicy::Stage stage);
    // The checks as they stand for the request's next move: submission while it is a draft or
    // returned; the final checks for the step that decides (the last, or the approval before the
    // national filing); the step checks otherwise; none once it is finished.
    Result<QList<Finding>> currentChecks(qint64 requestId);
    static RequestPolicy::Stage stageFor(const RequestRecord& request, const QList<ChainStep>& chain);
    // Requests waiting for a decision by the session's unit (not its own), for the sidebar count.
    Result<int> inboxCount(const Session& session);
    // Whether the session may decide the request's current step now, and why not.
    Status canDecide(const Session& session, const RequestRecord& request);

    Result<UnitLine> unitLine(qint64 unitId);
    Result<RequestFacts> facts(const RequestRecord& request);

private:
    Status event(const Session& session, qint64 requestId, const QString& action, int round, int position,
        RequestState from, RequestState to, const QString& comment);
    Status setState(qint64 requestId, RequestState state, int currentStep, bool closing);
    Status execute(const Session& approver, const RequestRecord& request);
    Result<RequestRecord> editable(const Session& session, qint64 requestId);

    QSqlDatabase m_db;
};

} // namespace sitegov
