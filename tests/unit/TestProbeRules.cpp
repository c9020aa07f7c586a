// The probe's rules in core: dates read from pages (DateScanner), the verdicts against the
// indicators' lines (ProbeRules), the column selectors (ColumnSelector).
#include "core/ColumnSelector.h"
#include "core/DateScanner.h"
#include "core/ProbeRules.h"

#include <QTest>

using namespace sitegov;

class TestProbeRules final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 28};

    QList<QDate> dates(const QString& text) const
    {
        QList<QDate> out;
        for (const FoundDate& d : DateScanner::scan(text, m_today))
            out << d.date;
        return out;
    }

private Q_SLOTS:
    void fullDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "发布时间：2026-11-28 10:30" << QDate(2026, 11, 28);
        QTest::newRow("short parts") << "2026-1-5 通知" << QDate(2026, 1, 5);
        QTest::newRow("slashes") << "2026/11/27" << QDate(2026, 11, 27);
        QTest::newRow("dots") << "2026.11.26" << QDate(2026, 11, 26);
        QTest::newRow("chinese") << "2026年11月25日" << QDate(2026, 11, 25);
        QTest::newRow("chinese with spaces") << "2026 年 11 月 24 日" << QDate(2026, 11, 24);
        QTest::newRow("bracketed, year inferred") << "关于做好冬季防火工作的通知 [11-23]" << QDate(2026, 11, 23);
        QTest::newRow("full-width brackets") << "通知（11-22）" << QDate(2026, 11, 22);
        QTest::newRow("bare two digits") << "工作动态 11-21" << QDate(2026, 11, 21);
        QTest::newRow("month and day in chinese") << "11月20日 召开会议" << QDate(2026, 11, 20);
        // December on 28 November is last year's: a date without its year is never in the future.
        QTest::newRow("last year's december") << "[12-30] 年终总结" << QDate(2025, 12, 30);
    }
    void fullDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(dates(text), QList<QDate>{date});
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("copyright range") << "Copyright © 2005-2026 版权所有";
        QTest::newRow("copyright year") << "© 2026 福建省人民政府";
        QTest::newRow("icp number") << "闽ICP备2026112801号";
        QTest::newRow("telephone") << "电话：0591-87654321";
        QTest::newRow("working days") << "办理时限：3-5个工作日";
        QTest::newRow("time") << "10:30";
        QTest::newRow("invalid month") << "2026-13-01";
        QTest::newRow("today line") << "今天是2026年11月28日 星期六";
        QTest::newRow("weekday after") << "2026年11月28日 周六";
        QTest::newRow("before 1990") << "1985-06-01";
    }
    void notDates()
    {
        QFETCH(QString, text);
        QCOMPARE(dates(text), QList<QDate>{});
    }

    void newestSkipsTheFuture()
    {
        // An event next month and a deadline next year are not updates.
        const auto d = DateScanner::newest(QStringLiteral("会议 2026-12-15\n截止 2027年1月1日\n动态 2026-11-20\n"), m_today);
        QVERIFY(d);
        QCOMPARE(d->date, QDate(2026, 11, 20));
        QCOMPARE(d->text, QStringLiteral("2026-11-20"));
        // Tomorrow is allowed: a page published in another zone's evening.
        QCOMPARE(DateScanner::newest(QStringLiteral("2026-11-29"), m_today)->date, QDate(2026, 11, 29));
        QVERIFY(!DateScanner::newest(QStringLiteral("nothing dated"), m_today));
    }

    void availabilityVerdicts()
    {
        const auto verdict = [](int probes, int failures) {
            WeekAvailability w;
            w.probes = probes;
            w.failures = failures;
            return ProbeRules::availability(w);
        };
        QCOMPARE(verdict(350, 21), Verdict::Veto); // 6%
        QCOMPARE(verdict(100, 5), Verdict::Veto); // exactly 5%
        QCOMPARE(verdict(100, 4), Verdict::Warning);
        QCOMPARE(verdict(350, 14), Verdict::Warning); // 4%
        QCOMPARE(verdict(100, 3), Verdict::Warning); // exactly 3%
        QCOMPARE(verdict(100, 2), Verdict::Pass);
        QCOMPARE(verdict(0, 0), Verdict::Pass);
        QCOMPARE(ProbeRules::thresholds().limitSeconds, 15);
        QCOMPARE(ProbeRules::thresholds().minProbesPerDay, 20);
    }

    void freshness()
    {
        QCOMPARE(ProbeRules::homepage(m_today.addDays(-15), m_today), std::optional(FindingKind::HomepageStale));
        QCOMPARE(ProbeRules::homepage(m_today.addDays(-14), m_today), std::optional(FindingKind::HomepageAging));
        QCOMPARE(ProbeRules::homepage(m_today.addDays(-10), m_today), std::optional(FindingKind::HomepageAging));
        QCOMPARE(ProbeRules::homepage(m_today.addDays(-9), m_today), std::optional<FindingKind>());
        QCOMPARE(ProbeRules::homepage(QDate(), m_today), std::optional(FindingKind::HomepageUndated));

        QVERIFY(ProbeRules::columnStale(ColumnKind::News, m_today.addDays(-15), m_today));
        QVERIFY(!ProbeRules::columnStale(ColumnKind::News, m_today.addDays(-14), m_today));
        QVERIFY(ProbeRules::columnStale(ColumnKind::Notice, QDate(2026, 5, 27), m_today));
        QVERIFY(!ProbeRules::columnStale(ColumnKind::Notice, QDate(2026, 5, 28), m_today));
        QVERIFY(ProbeRules::columnStale(ColumnKind::Other, QDate(2025, 11, 27), m_today));
        QVERIFY(!ProbeRules::columnStale(ColumnKind::Other, QDate(2025, 11, 28), m_today));
        QVERIFY(ProbeRules::columnStale(ColumnKind::Notice, QDate(), m_today)); // no date: not updated

        QCOMPARE(ProbeRules::columns(5, 0), Verdict::Veto);
        QCOMPARE(ProbeRules::columns(0, 5), Verdict::Veto);
        QCOMPARE(ProbeRules::columns(2, 1), Verdict::Warning);
        QCOMPARE(ProbeRules::columns(4, 4), Verdict::Warning);
        QCOMPARE(ProbeRules::columns(1, 1), Verdict::Pass);
    }

    void tlsLevels()
    {
        QCOMPARE(ProbeRules::tlsLevel(45), 0);
        QCOMPARE(ProbeRules::tlsLevel(30), 30);
        QCOMPARE(ProbeRules::tlsLevel(15), 30);
        QCOMPARE(ProbeRules::tlsLevel(14), 14);
        QCOMPARE(ProbeRules::tlsLevel(10), 14);
        QCOMPARE(ProbeRules::tlsLevel(7), 7);
        QCOMPARE(ProbeRules::tlsLevel(0), 7);
        QCOMPARE(ProbeRules::tlsLevel(-1), -1);
    }

    void intervals()
    {
        QCOMPARE(ProbeRules::intervalMinutes(true, 0), 15);
        QCOMPARE(ProbeRules::intervalMinutes(false, 0), 60);
        QCOMPARE(ProbeRules::intervalMinutes(false, 30), 30);
        // Never fewer than 20 probes a day, whatever a site's own setting says.
        QCOMPARE(ProbeRules::intervalMinutes(false, 600), 72);
    }

    void checklistItems()
    {
        QCOMPARE(ProbeRules::measuredItems().size(), 7);
        QCOMPARE(ProbeRules::findingsOf(QStringLiteral("no_dead_links")), QList<FindingKind>{FindingKind::DeadLink});
        QVERIFY(ProbeRules::findingsOf(QStringLiteral("identifiers_shown")).contains(FindingKind::SiteCodeMismatch));
        for (FindingKind k : ProbeVocabulary::findingKinds())
            QCOMPARE(ProbeVocabulary::findingKind(ProbeVocabulary::key(k)), std::optional(k));
        QCOMPARE(ProbeVocabulary::columnKind(u"通知公告"), std::optional(ColumnKind::Notice));
        QCOMPARE(ProbeVocabulary::columnKind(u"新闻动态"), std::optional(ColumnKind::News));
        QCOMPARE(ProbeVocabulary::columnKind(u"other"), std::optional(ColumnKind::Other));
        QCOMPARE(ProbeVocabulary::columnKind(u"whatever"), std::optional<ColumnKind>());
    }

    void selectors()
    {
        QCOMPARE(ColumnSelector::parse(QString())->kind(), ColumnSelector::Kind::Default);
        const auto path = ColumnSelector::parse(QStringLiteral("div#main.list ul"));
        QVERIFY(path);
        QCOMPARE(path->kind(), ColumnSelector::Kind::Path);
        QCOMPARE(path->steps().size(), 2);
        QCOMPARE(path->steps().at(0).tag, QStringLiteral("div"));
        QCOMPARE(path->steps().at(0).id, QStringLiteral("main"));
        QCOMPARE(path->steps().at(0).classes, QStringList{QStringLiteral("list")});
        const auto re = ColumnSelector::parse(QStringLiteral("re:^·"));
        QVERIFY(re);
        QCOMPARE(re->kind(), ColumnSelector::Kind::Pattern);
        QVERIFY(!ColumnSelector::parse(QStringLiteral("re:(")));
        QVERIFY(!ColumnSelector::parse(QStringLiteral("ul > li")));
        QVERIFY(!ColumnSelector::parse(QStringLiteral("a b c d e")));
    }
};

QTEST_GUILESS_MAIN(TestProbeRules)
#include "TestProbeRules.moc"
