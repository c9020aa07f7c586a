#include "core/WorkCalendar.h"

#include <QTest>

using namespace sitegov;

// Working days of the Chinese calendar from the shipped data files (resources/calendar), and the
// checks a calendar file the office imports goes through.
class TestWorkCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedYears()
    {
        const WorkCalendar c = WorkCalendar::shipped();
        QVERIFY(c.covers(2025));
        QVERIFY(c.covers(2026));
        QVERIFY(!c.covers(2024));
        QVERIFY(c.year(2026).source.contains(QStringLiteral("2026年部分节假日安排")));
    }

    void days_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::newRow("national day") << QDate(2026, 10, 1) << false;
        QTest::newRow("national day, a Wednesday") << QDate(2026, 10, 7) << false;
        QTest::newRow("after national day") << QDate(2026, 10, 8) << true;
        QTest::newRow("worked Saturday 10-10") << QDate(2026, 10, 10) << true;
        QTest::newRow("worked Sunday 09-20") << QDate(2026, 9, 20) << true;
        QTest::newRow("ordinary Saturday") << QDate(2026, 10, 17) << false;
        QTest::newRow("mid-autumn Friday") << QDate(2026, 9, 25) << false;
        QTest::newRow("spring festival Monday") << QDate(2026, 2, 23) << false;
        QTest::newRow("worked Saturday 02-14") << QDate(2026, 2, 14) << true;
        QTest::newRow("worked Saturday 02-28") << QDate(2026, 2, 28) << true;
        QTest::newRow("labour day Tuesday") << QDate(2026, 5, 5) << false;
        QTest::newRow("worked Saturday 05-09") << QDate(2026, 5, 9) << true;
        QTest::newRow("2025 national day Wednesday 10-08") << QDate(2025, 10, 8) << false;
        QTest::newRow("2025 worked Saturday 10-11") << QDate(2025, 10, 11) << true;
        QTest::newRow("ordinary Tuesday") << QDate(2026, 12, 8) << true;
        QTest::newRow("uncovered year, Monday") << QDate(2030, 1, 7) << true;
        QTest::newRow("uncovered year, Sunday") << QDate(2030, 1, 6) << false;
    }
    void days()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(WorkCalendar::shipped().isWorkingDay(day), working);
    }

    // The deadline of an error-report ticket: 3 working days after the day it was received.
    void deadlines_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("deadline");
        // The National Day week: Thursday 8 and Friday 9, then the worked Saturday 10 October.
        QTest::newRow("national day week") << QDate(2026, 9, 30) << QDate(2026, 10, 10);
        QTest::newRow("received on the holiday") << QDate(2026, 10, 3) << QDate(2026, 10, 10);
        // A 调休 weekend: Friday 18, the worked Sunday 20, Monday 21 September.
        QTest::newRow("worked sunday") << QDate(2026, 9, 17) << QDate(2026, 9, 21);
        QTest::newRow("ordinary week") << QDate(2026, 12, 7) << QDate(2026, 12, 10);
        QTest::newRow("over a weekend") << QDate(2026, 12, 10) << QDate(2026, 12, 15);
        QTest::newRow("spring festival") << QDate(2026, 2, 13) << QDate(2026, 2, 25);
        QTest::newRow("2025 national day") << QDate(2025, 9, 30) << QDate(2025, 10, 11);
    }
    void deadlines()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, deadline);
        const WorkCalendar c = WorkCalendar::shipped();
        QCOMPARE(c.addWorkingDays(received, 3), deadline);
        QCOMPARE(c.workingDaysBetween(received, deadline), 3);
        QCOMPARE(c.workingDaysBetween(received, deadline.addDays(-1)), 2);
    }

    void replaceYear()
    {
        WorkCalendar c = WorkCalendar::shipped();
        auto year = WorkCalendar::parse(R"({"year": 2026, "source": "test", "holidays": [
            {"name": "x", "from": "2026-12-08", "to": "2026-12-08"}]})");
        QVERIFY2(year, qPrintable(year.error().message));
        c.setYear(*year);
        QVERIFY(!c.isWorkingDay(QDate(2026, 12, 8)));
        // The shipped arrangement of 2026 is gone with it.
        QVERIFY(c.isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 10)));
        QCOMPARE(c.dayName(QDate(2026, 12, 8)), QStringLiteral("x"));
    }

    void roundTrip()
    {
        const CalendarYear y = WorkCalendar::shipped().year(2026);
        const auto again = WorkCalendar::parse(WorkCalendar::toJson(y));
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again->holidays.size(), y.holidays.size());
        QCOMPARE(again->workdays.size(), y.workdays.size());
        QCOMPARE(again->source, y.source);
        QCOMPARE(again->holidays.constLast().date, QDate(2026, 10, 7));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("year,2026");
        QTest::newRow("no year") << QByteArray(R"({"source": "s", "holidays": [{"name": "a", "from": "2026-01-01", "to": "2026-01-01"}]})");
        QTest::newRow("no source") << QByteArray(R"({"year": 2026, "holidays": [{"name": "a", "from": "2026-01-01", "to": "2026-01-01"}]})");
        QTest::newRow("other year") << QByteArray(R"({"year": 2026, "source": "s", "holidays": [{"name": "a", "from": "2025-12-31", "to": "2026-01-01"}]})");
        QTest::newRow("backwards") << QByteArray(R"({"year": 2026, "source": "s", "holidays": [{"name": "a", "from": "2026-01-03", "to": "2026-01-01"}]})");
        QTest::newRow("bad date") << QByteArray(R"({"year": 2026, "source": "s", "holidays": [{"name": "a", "from": "1月1日", "to": "2026-01-01"}]})");
        QTest::newRow("worked weekday") << QByteArray(R"({"year": 2026, "source": "s", "holidays": [{"name": "a", "from": "2026-01-01", "to": "2026-01-01"}], "workdays": [{"name": "b", "date": "2026-01-05"}]})");
        QTest::newRow("off and worked") << QByteArray(R"({"year": 2026, "source": "s", "holidays": [{"name": "a", "from": "2026-01-03", "to": "2026-01-03"}], "workdays": [{"name": "b", "date": "2026-01-03"}]})");
        QTest::newRow("no holidays") << QByteArray(R"({"year": 2026, "source": "s", "holidays": []})");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        const auto year = WorkCalendar::parse(json);
        QVERIFY(!year);
        QVERIFY(!year.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
