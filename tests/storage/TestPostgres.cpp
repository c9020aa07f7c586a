// The console's database on PostgreSQL: connecting (and what the user is told when it fails), the
// dialect's migrations (the same tables and columns as SQLite's, run once under an advisory lock, a
// newer schema refused), pinyin order and the site search giving the same rows as on SQLite.
//
// Runs inside a throwaway cluster of its own (CMake registers it under pg_virtualenv), so it runs in
// every ctest run; the rest of the suite runs on PostgreSQL through scripts/test.
#include "TestSupport.h"
#include "core/Language.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "demo/DemoBuilder.h"
#include "storage/ListQueries.h"
#include "storage/PasswordHasher.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace sitegov;

namespace {

QString fullText(const Error& e)
{
    return e.fullText();
}

} // namespace

class TestPostgres final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString cluster(const QString& database)
    {
        const QString user = qEnvironmentVariable("PGUSER");
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user, qEnvironmentVariable("PGHOST", QStringLiteral("localhost")), qEnvironmentVariable("PGPORT"),
                database);
    }

    // The columns of every table (not views), "table.column" sorted.
    static QStringList columns(QSqlDatabase& db, bool postgres)
    {
        QStringList out;
        QSqlQuery q(db);
        if (postgres) {
            [&] {
                QVERIFY(q.exec(
                    QStringLiteral("SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c "
                                   "JOIN information_schema.tables t ON t.table_name = c.table_name AND "
                                   "t.table_schema = c.table_schema WHERE c.table_schema = current_schema() "
                                   "AND t.table_type = 'BASE TABLE'")));
            }();
            while (q.next())
                out << q.value(0).toString();
        } else {
            QStringList tables;
            [&] {
                QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite_%' AND name NOT IN ('site_search', 'site_search_data', "
                                              "'site_search_idx', 'site_search_content', 'site_search_docsize', "
                                              "'site_search_config')")));
            }();
            while (q.next())
                tables << q.value(0).toString();
            for (const QString& t : std::as_const(tables)) {
                QSqlQuery c(db);
                [&] {
                    QVERIFY(c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t)));
                }();
                while (c.next())
                    out << t + u'.' + c.value(1).toString();
            }
        }
        out.sort();
        return out;
    }

    static QStringList siteCodes(const QString& location, const QString& text)
    {
        SiteFilter f;
        f.text = text;
        const auto page
            = QueryPager::fetch(location, SiteListQuery::build(f), SiteListQuery::Code, Qt::AscendingOrder, 100000, 0);
        if (!page) {
            qWarning("%s", qPrintable(page.error().fullText()));
            return {QStringLiteral("failed")};
        }
        QStringList codes;
        for (const auto& row : page->rows)
            codes << row.at(SiteListQuery::Code).toString();
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        QVERIFY2(!qEnvironmentVariable("PGPORT").isEmpty(), "run under pg_virtualenv (tests/storage/CMakeLists.txt)");
    }

    void migrateCreatesTheDatabaseAndBringsItToTheLatestVersion()
    {
        const QString url = cluster(QStringLiteral("sgt_created_%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(Database::create(url).ok());
        auto db = ConsoleDatabase::open(url);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : fullText(db.error())));
        QCOMPARE((*db)->schemaVersion(), ConsoleDatabase::latestVersion());
        QVERIFY((*db)->isPostgres());
        QCOMPARE((*db)->dialect().name(), QStringLiteral("postgresql"));
        // Created again: nothing to do.
        QVERIFY(Database::create(url).ok());
        db = Error{};
        QSqlQuery q(test::detail::clusterConnection());
        QVERIFY(q.exec(
            QStringLiteral("DROP DATABASE sgt_created_%1 WITH (FORCE)").arg(QCoreApplication::applicationPid())));
    }

    void theSameTablesAndColumnsAsOnSqlite()
    {
        auto lite = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("columns.db")));
        QVERIFY(lite.ok());
        auto pg = ConsoleDatabase::open(test::newPostgresDatabase());
        QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : fullText(pg.error())));
        QStringList onPostgres = columns((*pg)->connection(), true);
        // Kept where each engine keeps them: PRAGMAs on SQLite, rows here.
        onPostgres.removeAll(QStringLiteral("schema_version.id"));
        onPostgres.removeAll(QStringLiteral("schema_version.version"));
        onPostgres.removeAll(QStringLiteral("schema_version.application_id"));
        onPostgres.removeAll(QStringLiteral("schema_version.role_prefix"));
        onPostgres.removeAll(QStringLiteral("audit_log_ids.id"));
        QStringList onSqlite = columns((*lite)->connection(), false);
        // SQLite's full-text table is virtual; PostgreSQL's is a table with the same names.
        onSqlite << QStringLiteral("site_search.rowid") << QStringLiteral("site_search.text");
        onSqlite.sort();
        QCOMPARE(onPostgres, onSqlite);
    }

    void twoProgramsStartingAtOnceMigrateOnce()
    {
        const QString url = test::newPostgresDatabase();
        QVERIFY(!url.isEmpty());
        QString errors[2];
        int versions[2] = {0, 0};
        auto start = [&](int i) {
            auto db = ConsoleDatabase::open(url);
            if (db)
                versions[i] = (*db)->schemaVersion();
            else
                errors[i] = db.error().fullText();
        };
        std::thread a(start, 0);
        std::thread b(start, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(versions[0], ConsoleDatabase::latestVersion());
        QCOMPARE(versions[1], ConsoleDatabase::latestVersion());
    }

    void aNewerSchemaIsRefusedAndLeftAlone()
    {
        const QString url = test::newPostgresDatabase();
        {
            auto db = ConsoleDatabase::open(url);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery((*db)->connection()).exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        const auto refused = ConsoleDatabase::open(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("newer version of SiteGov")),
            qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(url), qPrintable(refused.error().message));
        // Left alone: still 999.
        QSqlQuery q(test::detail::clusterConnection());
        Q_UNUSED(q);
        auto again = Database::open(url, Database::Mode::RequireCurrent, ConsoleDatabase::schema());
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("schema version 999")));
    }

    void aDatabaseOfAnotherProgramIsRefused()
    {
        const QString url = test::newPostgresDatabase();
        {
            auto other = ConsoleDatabase::open(url);
            QVERIFY(other.ok());
            QVERIFY(QSqlQuery((*other)->connection()).exec(QStringLiteral("DROP TABLE schema_version")));
        }
        const auto refused = ConsoleDatabase::open(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("holds tables but is not a SiteGov database")),
            qPrintable(refused.error().message));
    }

    void whatTheUserIsToldWhenTheConnectionFails()
    {
        // Nothing listens on port 1.
        auto unreachable = ConsoleDatabase::open(QStringLiteral("postgresql://postgres@127.0.0.1:1/sitegov"));
        QVERIFY(!unreachable.ok());
        QVERIFY2(unreachable.error().message.contains(QLatin1String("cannot be reached")),
            qPrintable(unreachable.error().message));
        QVERIFY(!unreachable.error().detail.isEmpty()); // the driver's text, for the details

        const QString missing = cluster(QStringLiteral("no_such_database"));
        auto noDatabase = ConsoleDatabase::open(missing, Database::Mode::RequireCurrent);
        QVERIFY(!noDatabase.ok());
        QVERIFY2(noDatabase.error().message.contains(QLatin1String("does not exist")),
            qPrintable(noDatabase.error().message));

        const QString url = test::newPostgresDatabase();
        Database::rememberPassword(url, QStringLiteral("not the password"));
        auto badPassword = ConsoleDatabase::open(url);
        Database::rememberPassword(url, {});
        QVERIFY(!badPassword.ok());
        QVERIFY2(badPassword.error().message.contains(QLatin1String("refused the user name or password")),
            qPrintable(badPassword.error().message));
        QVERIFY(!badPassword.error().fullText().contains(QLatin1String("not the password")));

        auto badUrl = ConsoleDatabase::open(QStringLiteral("postgresql://director:secret@localhost/sitegov"));
        QVERIFY(!badUrl.ok());
        QVERIFY(badUrl.error().message.contains(QLatin1String("must not hold a password")));
    }

    void namesSortByPinyin()
    {
        auto db = test::openTempDatabase(m_dir, QStringLiteral("pinyin"));
        QVERIFY(db);
        QSqlQuery q((*db).connection());
        for (const QString& name : {QStringLiteral("厦门"), QStringLiteral("安溪"), QStringLiteral("福州"),
                 QStringLiteral("漳州"), QStringLiteral("南平")}) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO organisations (name, level, kind, division_code, created_at, "
                                             "updated_at) VALUES (?, 'city', 'government', '350200', 'x', 'x')")));
            q.addBindValue(name);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisations ORDER BY name_key")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names,
            (QStringList{QStringLiteral("安溪"), QStringLiteral("福州"), QStringLiteral("南平"), QStringLiteral("厦门"),
                QStringLiteral("漳州")}));
    }

    void theSiteSearchFindsTheSameSitesAsOnSqlite()
    {
        const QString lite = m_dir.filePath(QStringLiteral("search.db"));
        const QString pg = test::newPostgresDatabase();
        for (const QString& location : {lite, pg}) {
            auto db = ConsoleDatabase::open(location);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : fullText(db.error())));
            const auto built = DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)});
            QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : fullText(built.error())));
        }
        // Trigram-sized terms, short ones (the other path), several words, Latin letters in another
        // case, a code prefix, a domain part, a unit's name, wildcard characters, nothing found.
        const QStringList terms{QStringLiteral("教育局"), QStringLiteral("教育"), QStringLiteral("厦门 教育"),
            QStringLiteral("福州"), QStringLiteral("市"), QStringLiteral("GOV.CN"), QStringLiteral("xm"),
            QStringLiteral("3502"), QStringLiteral("fujian"), QStringLiteral("人民政府"), QStringLiteral("50%"),
            QStringLiteral("a_b"), QStringLiteral("不存在的网站")};
        int found = 0;
        for (const QString& term : terms) {
            const QStringList expected = siteCodes(lite, term);
            const QStringList actual = siteCodes(pg, term);
            QVERIFY(!expected.contains(QStringLiteral("failed")));
            QCOMPARE(actual, expected);
            found += int(expected.size());
        }
        QVERIFY(found > 0);
        // And the whole list in pinyin order of names, as on SQLite.
        const auto order = [](const QString& location) {
            const auto page = QueryPager::fetch(
                location, SiteListQuery::build({}), SiteListQuery::Name, Qt::AscendingOrder, 100000, 0);
            QStringList names;
            if (page) {
                for (const auto& row : page->rows)
                    names << row.at(SiteListQuery::Name).toString();
            }
            return names;
        };
        const QStringList liteNames = order(lite);
        QVERIFY(liteNames.size() > 100);
        QCOMPARE(order(pg), liteNames);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "TestPostgres.moc"
