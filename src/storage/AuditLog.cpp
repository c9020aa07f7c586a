#include "storage/AuditLog.h"

#include "core/OfficeClock.h"
#include "db/Dialect.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/Session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>

namespace sitegov {

const QString AuditLog::GenesisHash = QString(64, u'0');

namespace {

// Length-prefixed fields: no two different records serialise to the same bytes.
void field(QByteArray& out, const QString& value, bool isNull = false)
{
    if (isNull) {
        out += "-1:;";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

QString json(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditRecord record(const QSqlQuery& q)
{
    AuditRecord r;
    db::RowReader(q).into(r.id, r.at, r.accountId, r.accountName, r.action, r.objectType, r.objectId, r.summary,
        r.beforeJson, r.afterJson, r.prevHash, r.hash);
    return r;
}

// The trail's last record as this connection's open transaction left it: an import appends a
// record for every row, and reading the head back from the table each time cost a statement per
// record. Valid while the transaction that wrote it is open and nothing was rolled back in it
// (Transaction::epoch); the write lock the transaction holds keeps other programs from appending.
struct Head
{
    quint64 epoch = 0;
    qint64 id = 0;
    QString hash;
};

struct HeadCache
{
    QMutex mutex;
    QHash<QString, Head> heads; // connection -> head
};

HeadCache& headCache()
{
    static auto* cache = new HeadCache; // never destroyed, like the statement cache
    return *cache;
}

std::optional<Head> knownHead(const QSqlDatabase& db)
{
    const quint64 epoch = Transaction::epoch(db);
    HeadCache& c = headCache();
    const QMutexLocker lock(&c.mutex);
    const auto it = c.heads.constFind(db.connectionName());
    if (it == c.heads.constEnd() || it->epoch != epoch || epoch == 0)
        return std::nullopt;
    return *it;
}

void rememberHead(const QSqlDatabase& db, qint64 id, const QString& hash)
{
    HeadCache& c = headCache();
    const QMutexLocker lock(&c.mutex);
    c.heads.insert(db.connectionName(), Head{Transaction::epoch(db), id, hash});
}

} // namespace

QString AuditLog::computeHash(const AuditRecord& r)
{
    QByteArray bytes;
    bytes.reserve(256 + r.beforeJson.size() + r.afterJson.size());
    bytes += "sitegov-audit-v1;";
    field(bytes, QString::number(r.id));
    field(bytes, r.at);
    field(bytes, QString::number(r.accountId), r.accountId == 0);
    field(bytes, r.accountName);
    field(bytes, r.action);
    field(bytes, r.objectType);
    // Empty optional fields are stored as NULL and hashed as such.
    field(bytes, r.objectId, r.objectId.isEmpty());
    field(bytes, r.summary);
    field(bytes, r.beforeJson, r.beforeJson.isEmpty());
    field(bytes, r.afterJson, r.afterJson.isEmpty());
    field(bytes, r.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(QSqlDatabase& db, const Session& session, const QString& action, const QString& objectType,
    const QString& objectId, const QString& summary, const QJsonObject& before, const QJsonObject& after)
{
    if (!Transaction::isOpen(db))
        return Error{tr("An audited change was attempted outside a transaction; nothing was changed."), action};
    // The next id: an id is never reused (SQLite's AUTOINCREMENT), so take it from the highest ever
    // (once per transaction: the records this one appends follow on from what it remembers).
    std::optional<Head> known = knownHead(db);
    if (!known) {
        const db::Dialect* dialect = db::Dialect::of(db);
        if (!dialect)
            return Error{tr("The audit trail could not be read; nothing was changed."), db.driverName()};
        const auto head = db::Query::cached(db,
            QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), %1")
                .arg(dialect->highestId(QStringLiteral("audit_log"))))
                              .single(tr("The audit trail could not be read; nothing was changed."),
                                  tr("The audit trail could not be read; nothing was changed."), [](const QSqlQuery& q) {
                                      return Head{0, q.value(1).toLongLong(),
                                          q.value(0).isNull() ? GenesisHash : q.value(0).toString()};
                                  });
        if (!head)
            return head.error();
        known = *head;
    }
    AuditRecord r;
    r.prevHash = known->hash;
    r.id = known->id + 1;
    r.at = OfficeClock::stampMs(); // UTC, as every stored moment
    r.accountId = session.accountId;
    r.accountName = session.username;
    r.action = action;
    r.objectType = objectType;
    r.objectId = objectId.trimmed();
    r.summary = summary;
    r.beforeJson = json(before);
    r.afterJson = json(after);
    r.hash = computeHash(r);

    const auto noText = QVariant(QMetaType::fromType<QString>());
    const Status written = db::Query::cached(db,
        QStringLiteral(
            "INSERT INTO audit_log (id, at, account_id, account_name, action, object_type, object_id, "
            "summary, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(r.id, r.at, Sql::nullIfZero(r.accountId), r.accountName, r.action, r.objectType,
            Sql::nullIfEmpty(r.objectId), r.summary, r.beforeJson.isEmpty() ? noText : QVariant(r.beforeJson),
            r.afterJson.isEmpty() ? noText : QVariant(r.afterJson), r.prevHash, r.hash)
        .exec(tr("The audit record could not be written; nothing was changed."));
    if (written)
        rememberHead(db, r.id, r.hash);
    return written;
}

Result<qint64> AuditLog::created(QSqlDatabase& db, const Session& session, const QString& objectType, qint64 id,
    const QString& summary, const QJsonObject& after)
{
    if (const Status s
        = append(db, session, QStringLiteral("create"), objectType, QString::number(id), summary, {}, after);
        !s)
        return s.error();
    return id;
}

Result<AuditLog::Verification> AuditLog::verify(const QSqlDatabase& db, const Anchor& anchor)
{
    auto checked = verify(db);
    if (!checked || !checked->ok)
        return checked;
    Verification v = *checked;
    if (anchor.records >= 0 && v.records < anchor.records) {
        v.ok = false;
        v.firstBadId = v.records + 1;
        v.reason = tr("The trail has %1 records, fewer than the %2 of the anchor: records at its end were removed.")
                       .arg(v.records)
                       .arg(anchor.records);
        return v;
    }
    v.anchorRecord = std::max<qint64>(anchor.records, 0);
    if (anchor.headHash.isEmpty())
        return v;
    const auto found = db::Query(db, QStringLiteral("SELECT id FROM audit_log WHERE hash = ? ORDER BY id LIMIT 1"))
                           .bind(anchor.headHash.toLower())
                           .first(tr("The audit trail could not be read."),
                               [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!found)
        return found.error();
    if (!*found) {
        v.ok = false;
        v.firstBadId = anchor.records > 0 ? std::min(anchor.records, v.records + 1) : 0;
        v.reason = tr("The anchor's last record (hash %1) is not in the trail: records at its end were removed or "
                      "replaced.")
                       .arg(anchor.headHash.toLower());
        return v;
    }
    const qint64 id = **found;
    if (anchor.records >= 0 && id != anchor.records) {
        v.ok = false;
        v.firstBadId = std::min(id, anchor.records);
        v.reason = tr("The anchor's last record is record %1 of the trail, but the anchor counts %2 records: records "
                      "were removed or inserted.")
                       .arg(id)
                       .arg(anchor.records);
        return v;
    }
    v.anchorRecord = id;
    return v;
}

Result<QStringList> AuditLog::accountNames(const QSqlDatabase& db)
{
    return db::Query(db, QStringLiteral("SELECT DISTINCT account_name FROM audit_log ORDER BY account_name"))
        .column<QString>(tr("The audit trail could not be read."));
}

Result<qint64> AuditLog::lastId(const QSqlDatabase& db)
{
    return db::Query(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
        .value<qint64>(tr("The audit trail could not be read."));
}

Result<AuditLog::Verification> AuditLog::verify(const QSqlDatabase& db)
{
    // The records and the id counter are read in one snapshot (a read transaction, or a savepoint
    // inside the caller's): read one after the other while another program appends, the counter
    // would run ahead of the records and look like deleted records.
    // PostgreSQL: a savepoint needs a transaction, and only REPEATABLE READ reads one snapshot.
    const bool ownTransaction
        = db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL && !Transaction::isOpen(db);
    if (const Status s = db::Query(db,
            ownTransaction ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                           : QStringLiteral("SAVEPOINT audit_verify"))
                             .exec(tr("The audit trail could not be read."));
        !s)
        return s.error();
    auto result = verifyInSnapshot(db);
    // A read-only snapshot: nothing to lose if its end fails, and the verdict stands.
    (void)db::Query(db, ownTransaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE audit_verify"))
        .exec(tr("The audit trail could not be read."));
    return result;
}

Result<AuditLog::Verification> AuditLog::verifyInSnapshot(const QSqlDatabase& db)
{
    Verification v;
    QString previous = GenesisHash;
    qint64 expectedId = 1;
    auto fail = [&v](qint64 id, const QString& reason) {
        v.ok = false;
        v.firstBadId = id;
        v.reason = reason;
        return false;
    };
    const Status read = db::Query(db,
        QStringLiteral("SELECT id, at, account_id, account_name, action, object_type, object_id, summary, before_json, "
                       "after_json, prev_hash, hash FROM audit_log ORDER BY id"))
                            .forEach(tr("The audit trail could not be read."), [&](const QSqlQuery& q) {
                                const AuditRecord r = record(q);
                                ++v.records;
                                if (r.id != expectedId)
                                    return fail(
                                        expectedId, tr("Record %1 is missing: it was deleted.").arg(expectedId));
                                if (r.prevHash != previous) {
                                    return fail(r.id,
                                        tr("Record %1 does not follow the record before it: records were "
                                           "inserted, deleted or replaced.")
                                            .arg(r.id));
                                }
                                if (computeHash(r) != r.hash)
                                    return fail(r.id, tr("Record %1 was changed after it was written.").arg(r.id));
                                previous = r.hash;
                                ++expectedId;
                                return true;
                            });
    if (!read)
        return read.error();
    if (!v.ok)
        return v;
    const db::Dialect* dialect = db::Dialect::of(db);
    if (!dialect)
        return Error{tr("The audit trail could not be read."), db.driverName()};
    const auto highest = db::Query(db, QStringLiteral("SELECT ") + dialect->highestId(QStringLiteral("audit_log")))
                             .first(tr("The audit trail could not be read."),
                                 [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!highest)
        return highest.error();
    const qint64 last = highest->value_or(0);
    if (last != expectedId - 1) {
        fail(expectedId,
            last > expectedId - 1 ? tr("The last records (from %1 to %2) were deleted.").arg(expectedId).arg(last)
                                  : tr("Record %1 was written behind the program's back.").arg(last));
        return v;
    }
    v.headHash = previous;
    return v;
}

} // namespace sitegov
