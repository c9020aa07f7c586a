#include "storage/RequestAttachments.h"

#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/RequestWorkflow.h"
#include "storage/UserFile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace sitegov {

RequestAttachments::RequestAttachments(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<AttachmentInfo>> RequestAttachments::list(qint64 requestId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT id, kind, file_name, size, sha256, added_by_name, added_at FROM request_attachments "
                       "WHERE request_id = ? ORDER BY id"))
        .bind(requestId)
        .rows(tr("The attachments could not be read."), [](const QSqlQuery& q) {
            return AttachmentInfo{q.value(0).toLongLong(),
                RequestRules::attachmentKind(q.value(1).toString()).value_or(AttachmentKind::Other),
                q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).isNull() ? QDateTime() : QDateTime::fromString(q.value(6).toString(), Qt::ISODate)};
        });
}

Result<QByteArray> RequestAttachments::content(qint64 attachmentId)
{
    return db::Query(m_db, QStringLiteral("SELECT content FROM request_attachments WHERE id = ?"))
        .bind(attachmentId)
        .single<QByteArray>(tr("The attachment could not be read."),
            tr("There is no attachment with the number %1.").arg(attachmentId));
}

Result<qint64> RequestAttachments::addFile(const Session& session, qint64 requestId, AttachmentKind kind,
    const QString& path)
{
    const auto content = UserFile::readAll(path, kMaxBytes);
    if (!content) {
        if (content.error().code == u"file.large")
            return Error{tr("The file %1 is larger than %2 MiB, the most a request can hold.")
                             .arg(QFileInfo(path).fileName())
                             .arg(kMaxBytes / 1048576),
                {}};
        return content.error();
    }
    return add(session, requestId, kind, QFileInfo(path).fileName(), *content);
}

Result<qint64> RequestAttachments::add(const Session& session, qint64 requestId, AttachmentKind kind,
    const QString& fileName, const QByteArray& content)
{
    RequestWorkflow workflow(m_db);
    const auto r = workflow.editable(session, requestId);
    if (!r)
        return r.error();
    if (content.isEmpty())
        return Error{tr("The file %1 is empty.").arg(fileName), {}};
    if (content.size() > kMaxBytes)
        return Error{tr("The file %1 is larger than %2 MiB, the most a request can hold.")
                         .arg(fileName)
                         .arg(kMaxBytes / 1048576),
            {}};
    const QString name = QFileInfo(fileName).fileName().left(200);
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const auto id = db::Query(m_db,
            QStringLiteral("INSERT INTO request_attachments (request_id, kind, file_name, size, sha256, content, "
                           "added_by_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
                            .bind(requestId, RequestRules::key(kind), name, qint64(content.size()), sha, content,
                                session.username, Sql::nowUtc())
                            .insert(tr("The attachment could not be saved."));
        if (!id)
            return id.error();
        if (const Status s
            = workflow.recordEvent(session, requestId, QStringLiteral("attach"), r->round, 0, r->state, r->state,
                RequestRules::key(kind) + QStringLiteral(": ") + name + QStringLiteral(" (sha256 ") + sha + u')');
            !s)
            return s.error();
        return *id;
    });
}

Status RequestAttachments::remove(const Session& session, qint64 attachmentId)
{
    const auto found = db::Query(m_db, QStringLiteral("SELECT request_id, file_name FROM request_attachments WHERE id = ?"))
                           .bind(attachmentId)
                           .single(tr("The attachment could not be read."),
                               tr("There is no attachment with the number %1.").arg(attachmentId),
                               [](const QSqlQuery& q) { return std::pair{q.value(0).toLongLong(), q.value(1).toString()}; });
    if (!found)
        return found.error();
    const auto& [requestId, name] = *found;
    RequestWorkflow workflow(m_db);
    const auto r = workflow.editable(session, requestId);
    if (!r)
        return r.error();
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = db::Query(m_db, QStringLiteral("DELETE FROM request_attachments WHERE id = ?"))
                                 .bind(attachmentId)
                                 .exec(tr("The attachment could not be removed."));
            !s)
            return s;
        return workflow.recordEvent(
            session, requestId, QStringLiteral("detach"), r->round, 0, r->state, r->state, name);
    });
}

} // namespace sitegov
