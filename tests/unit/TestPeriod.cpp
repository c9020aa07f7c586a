#include "core/Period.h"

#include <QTest>
#include <algorithm>

using namespace sitegov;

class TestPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("month") << QStringLiteral("2024-05") << true << QStringLiteral("2024-05")
                               << QStringLiteral("month") << QDate(2024, 5, 1) << QDate(2024, 5, 31);
        QTest::newRow("february leap") << QStringLiteral("2024-02") << true << QStringLiteral("2024-02")
                                       << QStringLiteral("month") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("december") << QStringLiteral("2023-12") << true << QStringLiteral("2023-12")
                                  << QStringLiteral("month") << QDate(2023, 12, 1) << QDate(2023, 12, 31);
        QTest::newRow("quarter") << QStringLiteral("2024-Q2") << true << QStringLiteral("2024-Q2")
                                 << QStringLiteral("quarter") << QDate(2024, 4, 1) << QDate(2024, 6, 30);
        QTest::newRow("quarter lower case") << QStringLiteral("2024-q4") << true << QStringLiteral("2024-Q4")
                                            << QStringLiteral("quarter") << QDate(2024, 10, 1) << QDate(2024, 12, 31);
        QTest::newRow("year") << QStringLiteral("2019") << true << QStringLiteral("2019") << QStringLiteral("year")
                              << QDate(2019, 1, 1) << QDate(2019, 12, 31);
        QTest::newRow("month 13") << QStringLiteral("2024-13") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("month 00") << QStringLiteral("2024-00") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("one-digit month") << QStringLiteral("2024-5") << false << QString() << QString() << QDate()
                                         << QDate();
        QTest::newRow("quarter 5") << QStringLiteral("2024-Q5") << false << QString() << QString() << QDate()
                                   << QDate();
        QTest::newRow("quarter 0") << QStringLiteral("2024-Q0") << false << QString() << QString() << QDate()
                                   << QDate();
        QTest::newRow("slash") << QStringLiteral("2024/05") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("short year") << QStringLiteral("24-05") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("year 1899") << QStringLiteral("1899") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("signs") << QStringLiteral("+202") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("spaces") << QStringLiteral(" 2024") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("full date") << QStringLiteral("2024-05-01") << false << QString() << QString() << QDate()
                                   << QDate();
        QTest::newRow("half") << QStringLiteral("2024-H1") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("٢٠٢٤") << false << QString() << QString() << QDate() << QDate();
        QTest::newRow("empty") << QString() << false << QString() << QString() << QDate() << QDate();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        QFETCH(QString, kind);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto p = Period::parse(text);
        QCOMPARE(p.ok(), ok);
        if (!ok) {
            QVERIFY(!p.error().message.isEmpty());
            return;
        }
        QVERIFY(p->isValid());
        QCOMPARE(p->toString(), canonical);
        QCOMPARE(p->kindKey(), kind);
        QCOMPARE(p->firstDay(), first);
        QCOMPARE(p->lastDay(), last);
        QCOMPARE(Period::parse(p->toString())->toString(), canonical);
    }

    void containment_data()
    {
        QTest::addColumn<QString>("outer");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<bool>("contains");
        QTest::newRow("quarter holds its first month")
            << QStringLiteral("2024-Q2") << QStringLiteral("2024-04") << true;
        QTest::newRow("quarter holds its last month") << QStringLiteral("2024-Q2") << QStringLiteral("2024-06") << true;
        QTest::newRow("quarter not the next month") << QStringLiteral("2024-Q2") << QStringLiteral("2024-07") << false;
        QTest::newRow("year holds quarter") << QStringLiteral("2024") << QStringLiteral("2024-Q4") << true;
        QTest::newRow("year holds month") << QStringLiteral("2024") << QStringLiteral("2024-01") << true;
        QTest::newRow("year not other year") << QStringLiteral("2024") << QStringLiteral("2023-12") << false;
        QTest::newRow("month holds itself") << QStringLiteral("2024-01") << QStringLiteral("2024-01") << true;
        QTest::newRow("month not its quarter") << QStringLiteral("2024-01") << QStringLiteral("2024-Q1") << false;
        QTest::newRow("quarter not its year") << QStringLiteral("2024-Q1") << QStringLiteral("2024") << false;
    }

    void containment()
    {
        QFETCH(QString, outer);
        QFETCH(QString, inner);
        QFETCH(bool, contains);
        QCOMPARE(Period::parse(outer)->contains(*Period::parse(inner)), contains);
    }

    void ordering()
    {
        QList<Period> periods;
        for (const char* t : {"2024-02", "2024-Q2", "2024", "2023-12", "2024-01", "2024-Q1", "2024-04", "2023"})
            periods.append(*Period::parse(QString::fromLatin1(t)));
        std::sort(periods.begin(), periods.end());
        QStringList sorted;
        for (const Period& p : periods)
            sorted << p.toString();
        QCOMPARE(sorted.join(u' '), QStringLiteral("2023 2023-12 2024 2024-Q1 2024-01 2024-02 2024-Q2 2024-04"));
        QVERIFY(*Period::parse(QStringLiteral("2024-01")) < *Period::parse(QStringLiteral("2024-02")));
        QVERIFY(*Period::parse(QStringLiteral("2024-01")) == Period::month(2024, 1));
        QVERIFY(Period::month(2024, 1) != Period::quarter(2024, 1));
    }

    void navigation()
    {
        const Period may = Period::month(2024, 5);
        QCOMPARE(may.enclosingQuarter().toString(), QStringLiteral("2024-Q2"));
        QCOMPARE(may.enclosingYear().toString(), QStringLiteral("2024"));
        QCOMPARE(may.quarterNumber(), 2);
        QCOMPARE(Period::month(2024, 12).next().toString(), QStringLiteral("2025-01"));
        QCOMPARE(Period::quarter(2024, 4).next().toString(), QStringLiteral("2025-Q1"));
        QCOMPARE(Period::year(2024).next().toString(), QStringLiteral("2025"));
        QCOMPARE(Period::quarter(2024, 3).months().size(), 3);
        QCOMPARE(Period::quarter(2024, 3).months().first().toString(), QStringLiteral("2024-07"));
        QCOMPARE(Period::year(2024).months().size(), 12);
        QCOMPARE(Period::monthOf(QDate(2024, 8, 31)).toString(), QStringLiteral("2024-08"));
        QVERIFY(!Period::month(2024, 13).isValid());
        QVERIFY(!Period().contains(may));
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "TestPeriod.moc"
