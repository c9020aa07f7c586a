#include "TestSupport.h"
#include "db/Sql.h"
#include "storage/AuditLog.h"
#include "storage/RegistryService.h"
#include "storage/Session.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

// A database with a province and `n` audited units.
std::unique_ptr<Database> withRecords(const QTemporaryDir& dir, int n)
{
    auto db = test::openTempDatabase(dir);
    RegistryService registry(db->connection());
    const Session actor = Session::system(QStringLiteral("tester"));
    const auto province = registry.createOrganisation(actor,
        {0, 0, QStringLiteral("福建省人民政府"), AdminLevel::Province, OrgKind::Government, QStringLiteral("350000"),
            {}, true});
    for (int i = 1; i < n; ++i) {
        (void)registry.createOrganisation(actor,
            {0, *province, QStringLiteral("第%1个单位").arg(i), AdminLevel::Province, OrgKind::Department,
                QStringLiteral("350000"), {}, true});
    }
    return db;
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

// What somebody with the database file and the sqlite3 tool could do (on PostgreSQL: the owner of
// the tables with psql): drop the guards, then edit.
void dropGuards(QSqlDatabase& db)
{
    const QString on = test::onPostgres() ? QStringLiteral(" ON audit_log") : QString();
    exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update") + on);
    exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete") + on);
}

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeChainVerifies()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 20);
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
        QCOMPARE(v->records, 20);
        QCOMPARE(v->headHash.size(), 64);
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT account_name, action, object_type, after_json FROM audit_log WHERE id = 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("create"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("organisation"));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("第1个单位")));
    }

    // An import appends many records in one transaction, some of them in savepoints that roll back
    // (a refused row): the records that stay form one chain, numbered without a gap, and the first
    // record after a rollback follows the last one that stayed.
    void recordsOfOneTransactionChainAcrossRollbacks()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 3);
        QSqlDatabase& c = db->connection();
        const Session actor = Session::system(QStringLiteral("importer"));
        {
            Transaction tx(c);
            QVERIFY(tx.isActive());
            QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("1"),
                QStringLiteral("kept 1"))
                        .ok());
            {
                Transaction row(c);
                QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("2"),
                    QStringLiteral("rolled back"))
                            .ok());
                Transaction inner(c);
                QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("3"),
                    QStringLiteral("rolled back too"))
                            .ok());
                QVERIFY(inner.commit().ok());
                row.rollback();
            }
            QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("4"),
                QStringLiteral("kept 2"))
                        .ok());
            {
                Transaction row(c);
                QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("5"),
                    QStringLiteral("kept 3"))
                            .ok());
                QVERIFY(row.commit().ok());
            }
            QVERIFY(tx.commit().ok());
        }
        // A transaction rolled back as a whole leaves nothing, and the next one follows on.
        {
            Transaction tx(c);
            QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("6"),
                QStringLiteral("rolled back whole"))
                        .ok());
            tx.rollback();
        }
        {
            Transaction tx(c);
            QVERIFY(AuditLog::append(c, actor, QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("7"),
                QStringLiteral("kept 4"))
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        const auto v = AuditLog::verify(c);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
        QCOMPARE(v->records, 7);
        // Portable SQL (both engines): the summaries in order, joined here.
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT summary FROM audit_log WHERE id > 3 ORDER BY id")));
        QStringList kept;
        while (q.next())
            kept << q.value(0).toString();
        QCOMPARE(kept.join(u'|'), QStringLiteral("kept 1|kept 2|kept 3|kept 4"));
    }

    void accountNamesAndLastRecord()
    {
        QTemporaryDir emptyDir;
        const auto empty = test::openTempDatabase(emptyDir);
        QCOMPARE(AuditLog::lastId(empty->connection()).value(), 0);
        QTemporaryDir dir;
        const auto db = withRecords(dir, 4);
        QCOMPARE(AuditLog::lastId(db->connection()).value(), 4);
        const auto names = AuditLog::accountNames(db->connection());
        QVERIFY(names.ok());
        QCOMPARE(*names, QStringList{QStringLiteral("tester")});
    }

    void unreadableTrailIsReported()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 2);
        exec(db->connection(), QStringLiteral("ALTER TABLE audit_log RENAME COLUMN account_name TO who"));
        // Once an empty list: the audit page's account filter silently offered nobody.
        const auto names = AuditLog::accountNames(db->connection());
        QVERIFY(!names.ok());
        QCOMPARE(names.error().message, AuditLog::tr("The audit trail could not be read."));
        QVERIFY(!names.error().detail.isEmpty());
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(!v.ok());
        QCOMPARE(v.error().message, AuditLog::tr("The audit trail could not be read."));
    }

    void emptyChainIsWhole()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(v->ok);
        QCOMPARE(v->records, 0);
    }

    void recordsAreAppendOnly()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 3);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        // The whole trail at once: SQLite's DELETE without WHERE (its truncation, which row triggers
        // switch off), and PostgreSQL's TRUNCATE, which row triggers do not see.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        if (test::onPostgres())
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
        QCOMPARE(AuditLog::verify(db->connection())->records, qint64(3));
        QVERIFY(AuditLog::verify(db->connection())->ok);
    }

    void appendNeedsTheChangesTransaction()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        const Status s = AuditLog::append(db->connection(), Session::system(QStringLiteral("x")),
            QStringLiteral("create"), QStringLiteral("site"), QStringLiteral("1"), QStringLiteral("outside"));
        QVERIFY(!s.ok());
    }

    void failedChangeLeavesNoRecord()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 2);
        Site site;
        site.code = QStringLiteral("3500000001");
        site.name = QStringLiteral("中国福建");
        site.url = QStringLiteral("https://www.fujian.gov.cn/");
        site.domain = QStringLiteral("www.fujian.gov.cn");
        site.hostOrgId = 1;
        RegistryService registry(db->connection());
        const Session actor = Session::system(QStringLiteral("tester"));
        QVERIFY(registry.registerSite(actor, site).ok());
        // The same code again violates UNIQUE: neither the site nor its audit record lands.
        QVERIFY(!registry.registerSite(actor, site).ok());
        QCOMPARE(AuditLog::verify(db->connection())->records, qint64(3));
        QVERIFY(AuditLog::verify(db->connection())->ok);
    }

    void editedRecordIsFound()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 10);
        dropGuards(db->connection());
        exec(db->connection(), QStringLiteral("UPDATE audit_log SET account_name = 'someone else' WHERE id = 6"));
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 6);
        QVERIFY(v->reason.contains(QLatin1String("changed")));
    }

    void editedAndRehashedRecordIsFoundByItsSuccessor()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 10);
        dropGuards(db->connection());
        // A careful forger recomputes record 4's hash, but record 5 still points at the old one.
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, at, account_id, account_name, action, object_type, object_id, summary, "
                                  "before_json, after_json, prev_hash FROM audit_log WHERE id = 4")));
        QVERIFY(q.next());
        AuditRecord r;
        r.id = 4;
        r.at = q.value(1).toString();
        r.accountName = q.value(3).toString();
        r.action = q.value(4).toString();
        r.objectType = q.value(5).toString();
        r.objectId = q.value(6).toString();
        r.summary = QStringLiteral("forged");
        r.afterJson = q.value(9).toString();
        r.prevHash = q.value(10).toString();
        q.prepare(QStringLiteral("UPDATE audit_log SET summary = ?, hash = ? WHERE id = 4"));
        q.addBindValue(r.summary);
        q.addBindValue(AuditLog::computeHash(r));
        QVERIFY(q.exec());
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 5);
    }

    void deletedRecordIsFound()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 10);
        dropGuards(db->connection());
        exec(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 3);
        QVERIFY(v->reason.contains(QLatin1String("deleted")));
    }

    void deletedLastRecordsAreFound()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 10);
        dropGuards(db->connection());
        exec(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id >= 9"));
        const auto v = AuditLog::verify(db->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 9);
    }

    void insertedRecordIsFound()
    {
        QTemporaryDir dir;
        auto db = withRecords(dir, 5);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE id = 5")) && q.next());
        const QString last = q.value(0).toString();
        // Appended by hand with the right predecessor but a made-up hash.
        q.prepare(QStringLiteral(
            "INSERT INTO audit_log (id, at, account_name, action, object_type, summary, prev_hash, "
            "hash) VALUES (6, '2026-01-01T00:00:00.000Z', 'admin', 'delete', 'site', 'cover-up', ?, ?)"));
        q.addBindValue(last);
        q.addBindValue(QString(64, u'a'));
        // PostgreSQL refuses it as it arrives (the chain is checked by the database); the owner of
        // the tables could drop that check, and the verification still finds the record.
        if (test::onPostgres()) {
            QVERIFY(!q.exec());
            QVERIFY2(q.lastError().text().contains(QLatin1String("does not cover its content")),
                qPrintable(q.lastError().text()));
            exec(db->connection(), QStringLiteral("DROP TRIGGER audit_log_chain ON audit_log"));
        }
        QVERIFY(q.exec());
        auto v = AuditLog::verify(db->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 6);

        // Slipped in with a gap in the numbering.
        QTemporaryDir dir2;
        auto db2 = withRecords(dir2, 5);
        QSqlQuery q2(db2->connection());
        const QString gap = QStringLiteral("INSERT INTO audit_log (id, at, account_name, action, object_type, summary, "
                                           "prev_hash, hash) VALUES (9, 'x', 'admin', 'delete', 'site', 'gap', 'p', 'h')");
        if (test::onPostgres()) {
            QVERIFY(!q2.exec(gap));
            QVERIFY2(q2.lastError().text().contains(QLatin1String("does not continue the trail")),
                qPrintable(q2.lastError().text()));
            exec(db2->connection(), QStringLiteral("DROP TRIGGER audit_log_chain ON audit_log"));
        }
        QVERIFY(q2.exec(gap));
        v = AuditLog::verify(db2->connection());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, 6);
    }

    void hashCoversEveryField()
    {
        AuditRecord r;
        r.id = 7;
        r.at = QStringLiteral("2026-11-28T12:00:00.000Z");
        r.accountId = 3;
        r.accountName = QStringLiteral("admin");
        r.action = QStringLiteral("update");
        r.objectType = QStringLiteral("site");
        r.objectId = QStringLiteral("42");
        r.summary = QStringLiteral("改名");
        r.beforeJson = QStringLiteral("{\"a\":1}");
        r.afterJson = QStringLiteral("{\"a\":2}");
        r.prevHash = AuditLog::GenesisHash;
        const QString base = AuditLog::computeHash(r);
        QCOMPARE(AuditLog::computeHash(r), base);
        auto differs = [&](auto change) {
            AuditRecord c = r;
            change(c);
            return AuditLog::computeHash(c) != base;
        };
        QVERIFY(differs([](AuditRecord& c) { c.id = 8; }));
        QVERIFY(differs([](AuditRecord& c) { c.at = QStringLiteral("2026-11-28T12:00:00.001Z"); }));
        QVERIFY(differs([](AuditRecord& c) { c.accountId = 0; }));
        QVERIFY(differs([](AuditRecord& c) { c.accountName = QStringLiteral("admin2"); }));
        QVERIFY(differs([](AuditRecord& c) { c.action = QStringLiteral("delete"); }));
        QVERIFY(differs([](AuditRecord& c) { c.objectType = QStringLiteral("account"); }));
        QVERIFY(differs([](AuditRecord& c) { c.objectId = QStringLiteral("43"); }));
        QVERIFY(differs([](AuditRecord& c) { c.summary = QStringLiteral("改名。"); }));
        QVERIFY(differs([](AuditRecord& c) { c.beforeJson = QStringLiteral("{\"a\":0}"); }));
        QVERIFY(differs([](AuditRecord& c) { c.afterJson.clear(); }));
        QVERIFY(differs([](AuditRecord& c) { c.prevHash = QString(64, u'1'); }));
        // Moving text between fields changes the hash too (length prefixes).
        QVERIFY(differs([](AuditRecord& c) {
            c.accountName = QStringLiteral("adminupdate");
            c.action.clear();
        }));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
