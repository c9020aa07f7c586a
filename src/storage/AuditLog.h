#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sitegov {

struct Session;

struct AuditRecord
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    qint64 accountId = 0;
    QString accountName;
    QString action; // create, update, delete, login, login_failed, ...
    QString objectType; // site, organisation, account, ...
    QString objectId;
    QString summary;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

// The audit trail (问责): append-only, each record chained to the one before by SHA-256.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static const QString GenesisHash; // 64 zeros: the "previous hash" of the first record

    // Appends one record. Call it inside the Transaction that makes the change, so that the change
    // and its record land together or not at all.
    static Status append(QSqlDatabase& db, const Session& session, const QString& action, const QString& objectType,
        const QString& objectId, const QString& summary, const QJsonObject& before = {}, const QJsonObject& after = {});

    // The record of an audited create ("create", no state before), for the end of the transaction
    // that made it (db::inTransaction): the new row's id, or the error that rolls it back.
    static Result<qint64> created(QSqlDatabase& db, const Session& session, const QString& objectType, qint64 id,
        const QString& summary, const QJsonObject& after);

    struct Verification
    {
        bool ok = true;
        qint64 records = 0;
        qint64 firstBadId = 0; // the first record that is wrong, missing or out of place
        QString reason;
        QString headHash; // hash of the last record: keep it elsewhere to anchor the chain
        qint64 anchorRecord = 0; // verify(db, anchor): the record the anchor names (its count)
    };
    static Result<Verification> verify(const QSqlDatabase& db);

    // What a backup or an earlier verify printed, kept elsewhere (on paper, in another system): the
    // number of records then and the hash of the last one. A chain that is whole can still have lost
    // its last records, if someone deleted them and rewound the id counter; an anchor shows it.
    struct Anchor
    {
        qint64 records = -1; // -1: not given
        QString headHash; // empty: not given
    };
    // verify(), and then the anchor: fewer records than it counts, its last record missing, or that
    // record at another place than it counts, makes the result not ok with the reason. Records
    // written after the anchor are normal.
    static Result<Verification> verify(const QSqlDatabase& db, const Anchor& anchor);

    // The account names that appear in the trail (for the audit page's filter).
    static Result<QStringList> accountNames(const QSqlDatabase& db);
    // The number of the newest record, 0 for an empty trail: one indexed lookup, cheap enough to
    // poll for "has anything changed".
    static Result<qint64> lastId(const QSqlDatabase& db);

    // The hash of a record's content and its predecessor's hash (record.hash itself is ignored).
    static QString computeHash(const AuditRecord& record);

private:
    static Result<Verification> verifyInSnapshot(const QSqlDatabase& db);
};

} // namespace sitegov
