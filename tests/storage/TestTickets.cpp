#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "db/Dialect.h"
#include "storage/AccountService.h"
#include "storage/CalendarStore.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RegistryService.h"
#include "storage/TableReader.h"
#include "storage/TicketExchange.h"
#include "storage/TicketService.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Error-report tickets (我为政府网站找错) on a small unit tree: province P > city C > county K, and
// city C2, each running one site. Deadlines by the shipped calendar of 2026.
class TestTickets final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_c2 = 0;
    qint64 m_siteP = 0, m_siteC = 0, m_siteK = 0, m_siteC2 = 0;
    qint64 m_personK = 0;
    Session m_inspectorK, m_inspectorC2, m_approverK, m_directorC;
    WorkCalendar m_calendar = WorkCalendar::shipped();

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = OrgKind::Government;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, const QString& domain)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
        s.kind = SiteKind::Portal;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    Result<qint64> add(const Session& who, const QString& no, const QString& code, const QDateTime& at,
        TicketKind kind = TicketKind::Inaccurate)
    {
        return TicketService(db()).add(
            who, TicketInput{no, code, kind, QStringLiteral("留言 %1").arg(no), at}, m_calendar);
    }

    static QString why(const Status& s) { return s.ok() ? QString() : s.error().fullText(); }
    template<typename T>
    static QString why(const Result<T>& r) { return r.ok() ? QString() : r.error().fullText(); }

    TableData csv(const QByteArray& bytes)
    {
        auto t = TableReader::readBytes(bytes);
        if (!t)
            qWarning("%s", qPrintable(t.error().fullText()));
        return t ? *t : TableData{};
    }

    int listRows(const TicketFilter& f)
    {
        const ListQuery q = TicketListQuery::build(f);
        // As the list runs it: its LIKE ignores case on either engine.
        return int(scalar(QueryPager::forEngine(*db::Dialect::of(db()), QStringLiteral("SELECT count(*) ") + q.from),
            q.binds));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"), QStringLiteral("fujian"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, QStringLiteral("350500"), QStringLiteral("quanzhou"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"), QStringLiteral("jinjiang"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, QStringLiteral("350200"), QStringLiteral("xm"));
        QVERIFY(m_p && m_c && m_k && m_c2);
        m_siteP = site(m_p, QStringLiteral("3500000001"), QStringLiteral("福建省人民政府门户网站"), QStringLiteral("www.fujian.gov.cn"));
        m_siteC = site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网"), QStringLiteral("www.quanzhou.gov.cn"));
        m_siteK = site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"));
        m_siteC2 = site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网"), QStringLiteral("www.xm.gov.cn"));
        QVERIFY(m_siteP && m_siteC && m_siteK && m_siteC2);
        PersonService people(db());
        Person p;
        p.name = QStringLiteral("林晓");
        p.orgId = m_k;
        const auto person = people.createPerson(m_system, p);
        QVERIFY2(person, qPrintable(why(person)));
        m_personK = *person;
        QVERIFY(people.assign(m_system, m_siteK, m_personK, AssignmentRole::FirstResponsible, QDate(2020, 1, 1)));
        m_inspectorK = account(QStringLiteral("inspector-k"), m_k, {Role::Inspector});
        m_inspectorC2 = account(QStringLiteral("inspector-c2"), m_c2, {Role::Inspector});
        m_approverK = account(QStringLiteral("approver-k"), m_k, {Role::Approver});
        m_directorC = account(QStringLiteral("director-c"), m_c, {Role::Director});
    }

    // Received the day before National Day: the 3rd working day is the worked Saturday 10 October.
    void routedWithWorkingDayDeadline()
    {
        const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'ticket'"));
        const auto id = add(m_inspectorK, QStringLiteral("ZC2026093001"), QStringLiteral("3505820001"),
            QDateTime(QDate(2026, 9, 30), QTime(16, 20)), TicketKind::Late);
        QVERIFY2(id, qPrintable(why(id)));
        const auto t = TicketService(db()).byId(*id);
        QVERIFY(t);
        QCOMPARE(t->unitId, m_k);
        QCOMPARE(t->personId, m_personK);
        QCOMPARE(t->personName, QStringLiteral("林晓"));
        QCOMPARE(t->deadline, QDate(2026, 10, 10));
        QCOMPARE(t->status, TicketStatus::Open);
        QVERIFY(!t->valid);
        QVERIFY(!t->isOverdue(QDate(2026, 10, 10)));
        QVERIFY(t->isOverdue(QDate(2026, 10, 11)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'ticket'")), audit + 1);

        // A site without a responsible person: routed to its unit alone.
        const auto c = add(m_directorC, QStringLiteral("ZC2026091701"), QStringLiteral("3505000001"),
            QDateTime(QDate(2026, 9, 17), QTime(9, 0)));
        QVERIFY2(c, qPrintable(why(c)));
        QCOMPARE(TicketService(db()).byId(*c)->personId, 0);
        QCOMPARE(TicketService(db()).byId(*c)->deadline, QDate(2026, 9, 21)); // the worked Sunday counts
    }

    void refused()
    {
        // Outside the jurisdiction, a role that does not manage rectification, a number twice,
        // an unknown site: each refused and nothing written.
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM tickets"));
        QVERIFY(!add(m_inspectorC2, QStringLiteral("X1"), QStringLiteral("3505820001"), QDateTime(QDate(2026, 11, 2), QTime(8, 0))));
        QVERIFY(!add(m_approverK, QStringLiteral("X2"), QStringLiteral("3505820001"), QDateTime(QDate(2026, 11, 2), QTime(8, 0))));
        QVERIFY(!add(m_inspectorK, QStringLiteral("ZC2026093001"), QStringLiteral("3505820001"), QDateTime(QDate(2026, 11, 2), QTime(8, 0))));
        QVERIFY(!add(m_system, QStringLiteral("X3"), QStringLiteral("9999999999"), QDateTime(QDate(2026, 11, 2), QTime(8, 0))));
        QVERIFY(!add(m_system, QStringLiteral("X4"), QStringLiteral("3505820001"), QDateTime()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), before);
        const auto problems = TicketService(db()).check(TicketInput{});
        QStringList fields;
        for (const auto& p : problems)
            fields << p.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("message_no"), QStringLiteral("site"), QStringLiteral("body"),
                             QStringLiteral("received_at")}));
    }

    void replyVerifyClose()
    {
        TicketService s(db());
        const qint64 id = s.byMessageNo(QStringLiteral("ZC2026093001"))->id;
        // Nobody closes an unverified ticket, nor a valid one without a reply.
        QVERIFY(!s.close(m_inspectorK, id, QDate(2026, 10, 9)));
        QVERIFY2(s.verify(m_inspectorK, id, true, QDate(2026, 10, 8)), "verify");
        QVERIFY(!s.close(m_inspectorK, id, QDate(2026, 10, 9)));
        QVERIFY(!s.reply(m_inspectorK, id, QStringLiteral("  "), QDate(2026, 10, 9)));
        QVERIFY(!s.reply(m_inspectorC2, id, QStringLiteral("已更新"), QDate(2026, 10, 9)));
        const Status replied = s.reply(m_inspectorK, id, QStringLiteral("已更新栏目内容"), QDate(2026, 10, 9));
        QVERIFY2(replied, qPrintable(why(replied)));
        const Status closed = s.close(m_inspectorK, id, QDate(2026, 10, 10));
        QVERIFY2(closed, qPrintable(why(closed)));
        const auto t = s.byId(id);
        QCOMPARE(t->status, TicketStatus::Closed);
        QCOMPARE(t->closedOn, QDate(2026, 10, 10));
        QCOMPARE(t->reply, QStringLiteral("已更新栏目内容"));
        QVERIFY(!s.reply(m_inspectorK, id, QStringLiteral("again"), QDate(2026, 10, 11)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'ticket' AND object_id = ? AND "
                                       "action IN ('verify', 'reply', 'close')"),
                     {QString::number(id)}),
            3);
        // Not valid: closed without a reply, and never overdue.
        const qint64 c = s.byMessageNo(QStringLiteral("ZC2026091701"))->id;
        QVERIFY(s.verify(m_directorC, c, false, QDate(2026, 9, 18)));
        QVERIFY(!s.byId(c)->isOverdue(QDate(2026, 12, 1)));
        QVERIFY(s.close(m_directorC, c, QDate(2026, 9, 30)));
    }

    // The dashboard's figure is the overdue list's row count, in every jurisdiction.
    void overdueCountEqualsList()
    {
        QVERIFY(add(m_inspectorK, QStringLiteral("ZC2026110201"), QStringLiteral("3505820001"), QDateTime(QDate(2026, 11, 2), QTime(8, 0))));
        QVERIFY(add(m_directorC, QStringLiteral("ZC2026110301"), QStringLiteral("3505000001"), QDateTime(QDate(2026, 11, 3), QTime(8, 0))));
        QVERIFY(add(m_inspectorC2, QStringLiteral("ZC2026110401"), QStringLiteral("3502000001"), QDateTime(QDate(2026, 11, 4), QTime(8, 0))));
        QVERIFY(add(m_inspectorC2, QStringLiteral("ZC2026120701"), QStringLiteral("3502000001"), QDateTime(QDate(2026, 12, 7), QTime(8, 0))));
        TicketService s(db());
        const QDate today(2026, 12, 8);
        const QList<std::pair<qint64, int>> expected{{0, 3}, {m_p, 3}, {m_c, 2}, {m_k, 1}, {m_c2, 1}};
        for (const auto& [unit, count] : expected) {
            const auto n = s.overdueCount(today, unit);
            QVERIFY(n);
            QCOMPARE(*n, count);
            QCOMPARE(listRows(TicketFilter{unit, QStringLiteral("overdue"), {}, {}, today}), count);
        }
        // The overdue flag of the list's rows agrees.
        const ListQuery q = TicketListQuery::build(TicketFilter{0, {}, {}, {}, today});
        // (Read here rather than counted in SQL: the flag is the select list's last column, which has
        // no name of its own that both engines would give it.)
        QSqlQuery rows(db());
        QVERIFY(rows.prepare(QStringLiteral("SELECT ") + q.select + u' ' + q.from));
        for (const QVariant& b : q.binds)
            rows.addBindValue(b);
        QVERIFY(rows.exec());
        int flagged = 0;
        while (rows.next())
            flagged += rows.value(rows.record().count() - 1).toInt() == 1 ? 1 : 0;
        QCOMPARE(flagged, 3);
        QCOMPARE(listRows(TicketFilter{0, QStringLiteral("unclosed"), {}, QStringLiteral("厦门"), today}), 2);
        // A filter without a day takes the office's day from the clock: 00:30 on 9 November in Fuzhou
        // (deadlines of 5 and 6 November passed, 9 November not yet), then 00:30 on 10 November there,
        // still 9 November in UTC (the deadline of 9 November passed too).
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 8), QTime(16, 30), Qt::UTC));
        const int onNinth = listRows(TicketFilter{0, QStringLiteral("overdue"), {}, {}, {}});
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 9), QTime(16, 30), Qt::UTC));
        const int onTenth = listRows(TicketFilter{0, QStringLiteral("overdue"), {}, {}, {}});
        OfficeClock::setNowForTests({});
        QCOMPARE(onNinth, 2);
        QCOMPARE(onTenth, 3);
    }

    // Quarter figures per unit, against the same counted in SQL here.
    void quarterFigures()
    {
        TicketService s(db());
        const auto q3 = s.quarterFigures(2026, 3);
        QVERIFY(q3);
        QCOMPARE(q3->size(), 2);
        for (const TicketFigures& f : *q3) {
            QCOMPARE(f.received, int(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE unit_id = ? AND received_on "
                                                           "BETWEEN '2026-07-01' AND '2026-09-30'"), {f.unitId})));
            if (f.unitId == m_k) {
                QCOMPARE(f.valid, 1);
                QCOMPARE(f.closedOnTime, 1);
                QCOMPARE(f.onTimeRate().value_or(-1), 100.0);
            } else {
                QCOMPARE(f.unitId, m_c);
                QCOMPARE(f.valid, 0);
                QVERIFY(!f.onTimeRate());
            }
        }
        const auto q4 = s.quarterFigures(2026, 4, m_c);
        QVERIFY(q4);
        QCOMPARE(q4->size(), 2); // C and K, not C2
        int received = 0;
        for (const TicketFigures& f : *q4)
            received += f.received;
        QCOMPARE(received, 2);
        QVERIFY(!s.quarterFigures(2026, 5));
    }

    // All or nothing, every bad row named with its line; then a good file in GBK.
    void importFile()
    {
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM tickets"));
        const QByteArray bad = QStringLiteral(
            "留言编号,网站标识码,网站名称,留言类型,留言内容,收到时间\n"
            "ZC2026120801,3505820001,晋江市人民政府网,不准确,首页电话有误,2026-12-08 09:15\n"
            "ZC2026120802,9999999999,,不及时,栏目未更新,2026-12-08 10:00\n"
            "ZC2026120803,3505820001,,不好用,办事入口打不开,2026/12/8 10:30\n"
            "ZC2026120804,3505820001,,不回应,,2026-12-08\n"
            "ZC2026120801,3505820001,,不实用,重复,2026-12-08 11:00\n"
            "ZC2026120806,3505820001,,不实用,时间不对,昨天\n")
                                   .toUtf8();
        const auto report = TicketExchange::import(db(), m_system, csv(bad), m_calendar);
        QVERIFY2(report, qPrintable(why(report)));
        QVERIFY(!report->committed);
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->failed, 5);
        const QString lines = report->errorLines().join(u'\n');
        for (const QString& line : {QStringLiteral("line 3:"), QStringLiteral("line 4:"), QStringLiteral("line 5:"),
                 QStringLiteral("line 6:"), QStringLiteral("line 7:")})
            QVERIFY2(lines.contains(line), qPrintable(lines));
        QVERIFY(!lines.contains(QStringLiteral("line 2:")));
        QVERIFY2(lines.contains(QStringLiteral("9999999999")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("不好用")), qPrintable(lines));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), before);

        // Outside the importer's jurisdiction: refused as a bad row, nothing written.
        const QByteArray good = QStringLiteral(
            "message_no,site_code,kind,body,received_at\n"
            "ZC2026120801,3505820001,不准确,首页电话有误,2026-12-08 09:15\n"
            "ZC2026120802,3505000001,late,栏目未更新,2026/12/8 10:00\n")
                                    .toUtf8();
        const auto refused = TicketExchange::import(db(), m_inspectorK, csv(good), m_calendar);
        QVERIFY(refused);
        QCOMPARE(refused->failed, 1);
        QVERIFY(refused->errorLines().join(u'\n').contains(QStringLiteral("line 3:")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), before);

        QStringEncoder gbk("GB18030");
        const QByteArray encoded = gbk(QString::fromUtf8(good));
        const auto done = TicketExchange::import(db(), m_directorC, csv(encoded), m_calendar);
        QVERIFY2(done, qPrintable(why(done)));
        QVERIFY2(done->committed, qPrintable(done->errorLines().join(u'\n')));
        QCOMPARE(done->imported, 2);
        const auto t = TicketService(db()).byMessageNo(QStringLiteral("ZC2026120802"));
        QVERIFY(t);
        QCOMPARE(t->kind, TicketKind::Late);
        QCOMPARE(t->source, QStringLiteral("import"));
        QCOMPARE(t->receivedAt, QDateTime(QDate(2026, 12, 8), QTime(10, 0)));
        QCOMPARE(t->deadline, QDate(2026, 12, 11));
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("iso") << QStringLiteral("2026-09-30T16:20") << QDateTime(QDate(2026, 9, 30), QTime(16, 20));
        QTest::newRow("seconds") << QStringLiteral("2026-09-30 16:20:05") << QDateTime(QDate(2026, 9, 30), QTime(16, 20, 5));
        QTest::newRow("slashes") << QStringLiteral("2026/9/3 8:05") << QDateTime(QDate(2026, 9, 3), QTime(8, 5));
        QTest::newRow("chinese") << QStringLiteral("2026年9月30日 16:20") << QDateTime(QDate(2026, 9, 30), QTime(16, 20));
        QTest::newRow("day only") << QStringLiteral("2026-09-30") << QDateTime(QDate(2026, 9, 30), QTime(0, 0));
        QTest::newRow("bad day") << QStringLiteral("2026-02-30 10:00") << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    }
    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        QCOMPARE(TicketExchange::parseTime(text), time);
    }

    // The office's own calendar of a year replaces the shipped one; only with the settings right.
    void calendarImport()
    {
        CalendarStore store(db());
        const QByteArray year = R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知", "holidays": [
            {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []})";
        QVERIFY(!store.importYear(m_inspectorK, year));
        QVERIFY(!store.calendar()->covers(2027));
        QVERIFY(!store.importYear(m_system, "{\"year\": 2027}"));
        const auto imported = store.importYear(m_system, year);
        QVERIFY2(imported, qPrintable(why(imported)));
        QCOMPARE(*imported, 2027);
        const auto c = store.calendar();
        QVERIFY(c->covers(2027) && c->covers(2026));
        QVERIFY(!c->isWorkingDay(QDate(2027, 1, 1)));
        const auto years = store.years();
        QVERIFY(years);
        QCOMPARE(years->constLast().year, 2027);
        QVERIFY(years->constLast().imported);
        QVERIFY(!years->constFirst().imported);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'calendar'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "TestTickets.moc"
