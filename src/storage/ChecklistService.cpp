#include "storage/ChecklistService.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/UserFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QMutex>

namespace sitegov {

namespace {
// Versions never change once stored: parse each once per process.
QMutex s_cacheMutex;
QHash<QString, QHash<qint64, Checklist>> s_cache; // database path -> version -> list
} // namespace

ChecklistService::ChecklistService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {
// The version in force (0: none stored yet), by a statement prepared once per connection: an
// import asks for every row.
Result<qint64> newestVersion(const QSqlDatabase& db)
{
    return db::Query::cached(db, QStringLiteral("SELECT max(id) FROM checklist_versions"))
        .value<qint64>(ChecklistService::tr("The checklist could not be read."));
}

// Stores a version of the checklist: in force from today on (the day it came into force counts).
Result<qint64> insertVersion(const QSqlDatabase& db, const Session& session, const Checklist& list)
{
    return db::Query(db, QStringLiteral("INSERT INTO checklist_versions (created_at, created_by, items_json) VALUES (?, ?, ?)"))
        .bind(OfficeClock::nowUtc().toString(Qt::ISODate), session.username, QString::fromUtf8(list.toJson()))
        .insert(ChecklistService::tr("The checklist could not be saved."));
}
} // namespace

Result<Checklist> ChecklistService::current()
{
    const auto newest = newestVersion(m_db);
    if (!newest)
        return newest.error();
    if (*newest == 0)
        return Checklist::builtin();
    return version(*newest);
}

Result<Checklist> ChecklistService::version(qint64 id)
{
    const QString path = m_db.databaseName();
    {
        const QMutexLocker lock(&s_cacheMutex);
        const auto it = s_cache.value(path).constFind(id);
        if (it != s_cache.value(path).constEnd())
            return *it;
    }
    const auto json = db::Query(m_db, QStringLiteral("SELECT items_json FROM checklist_versions WHERE id = ?"))
                          .bind(id)
                          .single<QString>(tr("The checklist could not be read."),
                              tr("Version %1 of the checklist does not exist.").arg(id));
    if (!json)
        return json.error();
    auto list = Checklist::fromJson(json->toUtf8());
    if (!list)
        return list.error();
    Checklist c = *list;
    c.version = id;
    const QMutexLocker lock(&s_cacheMutex);
    s_cache[path].insert(id, c);
    return c;
}

Result<qint64> ChecklistService::currentVersionId(const Session& session)
{
    const auto newest = newestVersion(m_db);
    if (!newest)
        return newest.error();
    if (*newest != 0)
        return *newest;
    const auto builtin = Checklist::builtin();
    if (!builtin)
        return builtin.error();
    return insertVersion(m_db, session, *builtin);
}

Result<qint64> ChecklistService::save(const Session& session, const Checklist& checklist)
{
    if (const Status s = Authorizer::require(m_db, session, Action::ManageSettings); !s)
        return s.error();
    // Validate by the same parser that reads it back.
    const auto valid = Checklist::fromJson(checklist.toJson());
    if (!valid)
        return valid.error();
    const auto before = current();
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto inserted = insertVersion(m_db, session, *valid);
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("checklist"),
                QString::number(id), QStringLiteral("checklist version %1: %2 items").arg(id).arg(valid->items.size()),
                before ? before->toJsonObject() : QJsonObject{}, valid->toJsonObject());
            !s)
            return s.error();
        return id;
    });
}

Result<Checklist> ChecklistService::readFile(const QString& path, const QString& databasePath)
{
    const auto bytes = UserFile::readAll(path, qint64(1) << 20, databasePath);
    if (!bytes) {
        if (bytes.error().code == u"file.large")
            return Error{tr("%1 is larger than 1 MiB: it is not a checklist.").arg(QDir::toNativeSeparators(path)), {}};
        return bytes.error();
    }
    return Checklist::fromJson(*bytes);
}

} // namespace sitegov
