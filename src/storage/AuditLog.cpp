#include "storage/AuditLog.h"

#include "core/OfficeClock.h"
#include "storage/Session.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
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
    Error e;
    // The next id: AUTOINCREMENT never reuses one, so take it from sqlite_sequence.
    QSqlQuery* head = Sql::cached(db,
        QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), (SELECT seq FROM sqlite_sequence "
                       "WHERE name = 'audit_log')"),
        &e);
    if (!head)
        return e;
    if (!head->exec() || !head->next())
        return Sql::error(*head, tr("The audit trail could not be read; nothing was changed."));
    AuditRecord r;
    r.prevHash = head->value(0).isNull() ? GenesisHash : head->value(0).toString();
    r.id = head->value(1).toLongLong() + 1;
    head->finish();
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

    QSqlQuery* insert = Sql::cached(db,
        QStringLiteral("INSERT INTO audit_log (id, at, account_id, account_name, action, object_type, object_id, "
                       "summary, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &e);
    if (!insert)
        return e;
    QSqlQuery& q = *insert;
    q.addBindValue(r.id);
    q.addBindValue(r.at);
    q.addBindValue(Sql::nullIfZero(r.accountId));
    q.addBindValue(r.accountName);
    q.addBindValue(r.action);
    q.addBindValue(r.objectType);
    q.addBindValue(Sql::nullIfEmpty(r.objectId));
    q.addBindValue(r.summary);
    q.addBindValue(r.beforeJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.beforeJson));
    q.addBindValue(r.afterJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.afterJson));
    q.addBindValue(r.prevHash);
    q.addBindValue(r.hash);
    if (!Sql::exec(q, &e, tr("The audit record could not be written; nothing was changed.")))
        return e;
    return {};
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
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT id FROM audit_log WHERE hash = ? ORDER BY id LIMIT 1")))
        return Sql::error(q, tr("The audit trail could not be read."));
    q.addBindValue(anchor.headHash.toLower());
    if (!q.exec())
        return Sql::error(q, tr("The audit trail could not be read."));
    if (!q.next()) {
        v.ok = false;
        v.firstBadId = anchor.records > 0 ? std::min(anchor.records, v.records + 1) : 0;
        v.reason = tr("The anchor's last record (hash %1) is not in the trail: records at its end were removed or "
                      "replaced.")
                       .arg(anchor.headHash.toLower());
        return v;
    }
    const qint64 id = q.value(0).toLongLong();
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

QStringList AuditLog::accountNames(const QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT account_name FROM audit_log ORDER BY account_name"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

Result<AuditLog::Verification> AuditLog::verify(const QSqlDatabase& db)
{
    // The records and the id counter are read in one snapshot (a read transaction, or a savepoint
    // inside the caller's): read one after the other while another program appends, the counter
    // would run ahead of the records and look like deleted records.
    QSqlQuery snapshot(db);
    if (!snapshot.exec(QStringLiteral("SAVEPOINT audit_verify")))
        return Sql::error(snapshot, tr("The audit trail could not be read."));
    auto result = verifyInSnapshot(db);
    snapshot.exec(QStringLiteral("RELEASE audit_verify"));
    return result;
}

Result<AuditLog::Verification> AuditLog::verifyInSnapshot(const QSqlDatabase& db)
{
    Verification v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, account_id, account_name, action, object_type, object_id, summary, "
                               "before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id")))
        return Sql::error(q, tr("The audit trail could not be read."));
    QString previous = GenesisHash;
    qint64 expectedId = 1;
    auto fail = [&v](qint64 id, const QString& reason) {
        v.ok = false;
        v.firstBadId = id;
        v.reason = reason;
    };
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.accountId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        r.accountName = q.value(3).toString();
        r.action = q.value(4).toString();
        r.objectType = q.value(5).toString();
        r.objectId = q.value(6).toString();
        r.summary = q.value(7).toString();
        r.beforeJson = q.value(8).toString();
        r.afterJson = q.value(9).toString();
        r.prevHash = q.value(10).toString();
        r.hash = q.value(11).toString();
        ++v.records;
        if (r.id != expectedId) {
            fail(expectedId, tr("Record %1 is missing: it was deleted.").arg(expectedId));
            return v;
        }
        if (r.prevHash != previous) {
            fail(r.id, tr("Record %1 does not follow the record before it: records were inserted, deleted or replaced.")
                           .arg(r.id));
            return v;
        }
        if (computeHash(r) != r.hash) {
            fail(r.id, tr("Record %1 was changed after it was written.").arg(r.id));
            return v;
        }
        previous = r.hash;
        ++expectedId;
    }
    if (!q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")))
        return Sql::error(q, tr("The audit trail could not be read."));
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    if (highest != expectedId - 1) {
        fail(expectedId, highest > expectedId - 1
                ? tr("The last records (from %1 to %2) were deleted.").arg(expectedId).arg(highest)
                : tr("Record %1 was written behind the program's back.").arg(highest));
        return v;
    }
    v.headHash = previous;
    return v;
}

} // namespace sitegov
