#pragma once

#include "core/Request.h"
#include "core/Result.h"
#include "storage/RequestRecord.h"
#include "storage/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

// The files filed with a request (letters, security reports, migration evidence), stored in the
// database with their SHA-256. Adding and removing one is a change of the request: only its filer,
// while it can be changed (RequestWorkflow::editable), and it goes into the request's history and
// the audit trail.
class RequestAttachments final
{
    Q_DECLARE_TR_FUNCTIONS(RequestAttachments)

public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    explicit RequestAttachments(QSqlDatabase db);

    Result<qint64> add(const Session& session, qint64 requestId, AttachmentKind kind, const QString& fileName,
        const QByteArray& content);
    // The same for a file a user chose, read only after UserFile's checks (an ordinary file, not the
    // database or one of its working files) and only up to kMaxBytes.
    Result<qint64> addFile(const Session& session, qint64 requestId, AttachmentKind kind, const QString& path);
    Status remove(const Session& session, qint64 attachmentId);

    Result<QList<AttachmentInfo>> list(qint64 requestId);
    Result<QByteArray> content(qint64 attachmentId);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
