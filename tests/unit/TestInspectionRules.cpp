#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"

#include <QTest>

using namespace sitegov;

class TestInspectionRules final : public QObject
{
    Q_OBJECT

    static Outcomes allPass(const Checklist& c)
    {
        Outcomes o;
        for (const ChecklistItem& i : c.items)
            o.insert(i.key, ItemOutcome{});
        return o;
    }

private Q_SLOTS:
    void builtinChecklistIsValid()
    {
        const auto c = Checklist::builtin();
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->items.size(), 12);
        QVERIFY(c->item(QStringLiteral("homepage_reachable")));
        QCOMPARE(c->item(QStringLiteral("homepage_reachable"))->deadlineDays, 1);
        for (const ChecklistItem& i : c->items) {
            QVERIFY(!i.nameZh.isEmpty());
            QVERIFY(!i.nameEn.isEmpty());
        }
        // It survives its own serialisation.
        const auto again = Checklist::fromJson(c->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->items.size(), c->items.size());
        QCOMPARE(again->items.at(5).hintZh, c->items.at(5).hintZh);
    }

    void badChecklists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        const QByteArray item = R"({"key":"a_1","name":{"zh_CN":"甲","en":"A"},"deadline_days":3})";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
        QTest::newRow("no items") << QByteArray(R"({"items":[]})") << QStringLiteral("no items");
        QTest::newRow("items not a list") << QByteArray(R"({"items":{}})") << QStringLiteral("list");
        QTest::newRow("duplicate key") << QByteArray("{\"items\":[" + item + "," + item + "]}") << QStringLiteral("twice");
        QTest::newRow("bad key") << QByteArray(R"({"items":[{"key":"A-1","name":{"zh_CN":"甲","en":"A"},"deadline_days":3}]})")
                                 << QStringLiteral("lower-case");
        QTest::newRow("no english name") << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"甲"},"deadline_days":3}]})")
                                         << QStringLiteral("English");
        QTest::newRow("deadline zero") << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"甲","en":"A"},"deadline_days":0}]})")
                                       << QStringLiteral("365");
        QTest::newRow("deadline too long")
            << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"甲","en":"A"},"deadline_days":366}]})") << QStringLiteral("365");
        QTest::newRow("deadline fraction")
            << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"甲","en":"A"},"deadline_days":1.5}]})") << QStringLiteral("whole");
        QTest::newRow("deadline text")
            << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"甲","en":"A"},"deadline_days":"3"}]})") << QStringLiteral("whole");
        // Names an inspection file could not tell apart from its own columns or each other's.
        const QString column = QStringLiteral("another column");
        QTest::newRow("key of a fixed column")
            << QByteArray(R"({"items":[{"key":"site_code","name":{"zh_CN":"甲","en":"A"},"deadline_days":3}]})") << column;
        QTest::newRow("key of the note column")
            << QByteArray(R"({"items":[{"key":"note","name":{"zh_CN":"甲","en":"A"},"deadline_days":3}]})") << column;
        QTest::newRow("chinese name of a fixed column")
            << QByteArray(R"({"items":[{"key":"a","name":{"zh_CN":"巡查日期","en":"A"},"deadline_days":3}]})") << column;
        QTest::newRow("key of another item's note")
            << QByteArray("{\"items\":[" + item
                   + R"(,{"key":"a_1_note","name":{"zh_CN":"乙","en":"B"},"deadline_days":3}]})")
            << column;
        QTest::newRow("two items of one name")
            << QByteArray("{\"items\":[" + item + R"(,{"key":"b","name":{"zh_CN":"甲","en":"B"},"deadline_days":3}]})")
            << column;
        QTest::newRow("english name as another's key")
            << QByteArray("{\"items\":[" + item + R"(,{"key":"b","name":{"zh_CN":"乙","en":"A 1"},"deadline_days":3}]})")
            << column;
    }

    void badChecklists()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const auto c = Checklist::fromJson(json);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(needle), qPrintable(c.error().message));
    }

    void outcomesAreChecked()
    {
        const Checklist c = Checklist::builtin().value();
        Outcomes o = allPass(c);
        QVERIFY(InspectionRules::check(c, o).isEmpty());
        // A missing item, a failure without a note, an item that is not on the list.
        o.remove(QStringLiteral("no_dead_links"));
        o[QStringLiteral("homepage_updated")] = ItemOutcome{ItemResult::Fail, QStringLiteral("  ")};
        o.insert(QStringLiteral("made_up"), ItemOutcome{});
        const auto problems = InspectionRules::check(c, o);
        QCOMPARE(problems.size(), 3);
        QStringList keys;
        for (const OutcomeProblem& p : problems)
            keys << p.key;
        QVERIFY(keys.contains(QStringLiteral("no_dead_links")));
        QVERIFY(keys.contains(QStringLiteral("homepage_updated")));
        QVERIFY(keys.contains(QStringLiteral("made_up")));
        // A note that is too long.
        Outcomes longNote = allPass(c);
        longNote[QStringLiteral("error_entry")] = ItemOutcome{ItemResult::Fail, QString(InspectionRules::kMaxNote + 1, u'字')};
        QCOMPARE(InspectionRules::check(c, longNote).size(), 1);
    }

    void outcomesRoundTrip()
    {
        const Checklist c = Checklist::builtin().value();
        Outcomes o = allPass(c);
        QCOMPARE(InspectionRules::encode(o), QString()); // all passed: nothing stored
        o[QStringLiteral("messages_answered")] = ItemOutcome{ItemResult::Fail, QStringLiteral("3条留言超期未答复")};
        o[QStringLiteral("service_guides")] = ItemOutcome{ItemResult::NotApplicable, {}};
        o[QStringLiteral("no_dead_links")] = ItemOutcome{ItemResult::Pass, QStringLiteral("已复查")};
        const QString stored = InspectionRules::encode(o);
        const auto back = InspectionRules::decode(c, stored);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), c.items.size());
        QCOMPARE(back->value(QStringLiteral("messages_answered")).result, ItemResult::Fail);
        QCOMPARE(back->value(QStringLiteral("messages_answered")).note, QStringLiteral("3条留言超期未答复"));
        QCOMPARE(back->value(QStringLiteral("service_guides")).result, ItemResult::NotApplicable);
        QCOMPARE(back->value(QStringLiteral("no_dead_links")).note, QStringLiteral("已复查"));
        QCOMPARE(back->value(QStringLiteral("homepage_reachable")).result, ItemResult::Pass);
        QCOMPARE(InspectionRules::failures(*back), 1);
        QVERIFY(!InspectionRules::decode(c, QStringLiteral("[1,2]")).ok());
        QVERIFY(!InspectionRules::decode(c, QStringLiteral(R"({"a":{"r":"maybe"}})")).ok());
    }

    void editRules()
    {
        const QDate day(2026, 11, 27);
        QCOMPARE(InspectionRules::editKind(QStringLiteral("li"), QStringLiteral("li"), day, day), EditKind::Edit);
        QCOMPARE(InspectionRules::editKind(QStringLiteral("li"), QStringLiteral("li"), day, day.addDays(1)), EditKind::Correction);
        QCOMPARE(InspectionRules::editKind(QStringLiteral("li"), QStringLiteral("wang"), day, day), EditKind::Correction);
    }

    void rectificationTransitions()
    {
        using S = RectificationStatus;
        const QList<std::pair<S, S>> allowed{{S::Open, S::Fixed}, {S::Open, S::Rechecked}, {S::Open, S::Closed},
            {S::Fixed, S::Rechecked}, {S::Fixed, S::Open}, {S::Fixed, S::Closed}, {S::Rechecked, S::Closed}};
        for (S from : RectificationRules::statuses()) {
            for (S to : RectificationRules::statuses()) {
                const bool expected = allowed.contains(std::pair{from, to});
                QVERIFY2(RectificationRules::canTransition(from, to) == expected,
                    qPrintable(RectificationRules::key(from) + QStringLiteral(" -> ") + RectificationRules::key(to)));
            }
        }
    }

    void overdueAroundTheDeadline()
    {
        const QDate deadline(2026, 11, 30);
        QVERIFY(!RectificationRules::isOverdue(RectificationStatus::Open, deadline, deadline.addDays(-1)));
        QVERIFY(!RectificationRules::isOverdue(RectificationStatus::Open, deadline, deadline)); // the deadline day itself
        QVERIFY(RectificationRules::isOverdue(RectificationStatus::Open, deadline, deadline.addDays(1)));
        QCOMPARE(RectificationRules::daysOverdue(RectificationStatus::Open, deadline, deadline.addDays(3)), 3);
        // Reported fixed in time, or closed: never overdue.
        QVERIFY(!RectificationRules::isOverdue(RectificationStatus::Fixed, deadline, deadline.addDays(9)));
        QVERIFY(!RectificationRules::isOverdue(RectificationStatus::Closed, deadline, deadline.addDays(9)));
        QCOMPARE(RectificationRules::daysOverdue(RectificationStatus::Rechecked, deadline, deadline.addDays(9)), 0);
    }

    void officeDayIsChinasWhateverTheMachine()
    {
        const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
        // 15:59:59 UTC is 23:59:59 in Beijing: still the 30th; a second later it is the 1st.
        QCOMPARE(OfficeClock::today(shanghai, QDateTime(QDate(2026, 11, 30), QTime(15, 59, 59), Qt::UTC)),
            QDate(2026, 11, 30));
        QCOMPARE(OfficeClock::today(shanghai, QDateTime(QDate(2026, 11, 30), QTime(16, 0, 0), Qt::UTC)),
            QDate(2026, 12, 1));
        // The same moment is another day in Urumqi's own time and in New York.
        const QDateTime moment(QDate(2026, 11, 30), QTime(17, 0, 0), Qt::UTC);
        QCOMPARE(OfficeClock::today(QTimeZone(QByteArrayLiteral("Asia/Urumqi")), moment), QDate(2026, 11, 30));
        QCOMPARE(OfficeClock::today(QTimeZone(QByteArrayLiteral("America/New_York")), moment), QDate(2026, 11, 30));
        QCOMPARE(OfficeClock::today(shanghai, moment), QDate(2026, 12, 1));
        // An item due on the 30th is overdue in Beijing from 16:00 UTC that day.
        const QDate deadline(2026, 11, 30);
        QVERIFY(!RectificationRules::isOverdue(RectificationStatus::Open, deadline,
            OfficeClock::today(shanghai, QDateTime(QDate(2026, 11, 30), QTime(15, 59), Qt::UTC))));
        QVERIFY(RectificationRules::isOverdue(RectificationStatus::Open, deadline,
            OfficeClock::today(shanghai, QDateTime(QDate(2026, 11, 30), QTime(16, 1), Qt::UTC))));
        // The test clock.
        OfficeClock::setZone(shanghai);
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC));
        QCOMPARE(OfficeClock::today(), QDate(2026, 3, 2));
        OfficeClock::setNowForTests({});
        QVERIFY(OfficeClock::nowUtc().secsTo(QDateTime::currentDateTimeUtc()) < 5);
    }

    void isoWeeks()
    {
        QCOMPARE(IsoWeek::of(QDate(2026, 11, 28)).key(), QStringLiteral("2026-W48"));
        QCOMPARE(IsoWeek::of(QDate(2026, 11, 28)).monday(), QDate(2026, 11, 23));
        QCOMPARE(IsoWeek::of(QDate(2026, 11, 28)).sunday(), QDate(2026, 11, 29));
        // Year boundaries: 2026 has 53 weeks; 1 January 2027 is in 2026-W53; 2025-12-29 is 2026-W01.
        QCOMPARE(IsoWeek::of(QDate(2027, 1, 1)).key(), QStringLiteral("2026-W53"));
        QCOMPARE(IsoWeek::of(QDate(2025, 12, 29)).key(), QStringLiteral("2026-W01"));
        QCOMPARE(IsoWeek::of(QDate(2026, 12, 28)).next().key(), QStringLiteral("2027-W01"));
        QCOMPARE(IsoWeek::of(QDate(2027, 1, 4)).previous().key(), QStringLiteral("2026-W53"));
        QCOMPARE(IsoWeek::parse(u"2026-W05")->monday(), QDate(2026, 1, 26));
        QVERIFY(IsoWeek::parse(u"2026W48").has_value());
        QVERIFY(!IsoWeek::parse(u"2025-W53").has_value()); // 2025 has 52 weeks
        QVERIFY(!IsoWeek::parse(u"2026-W0").has_value());
        QVERIFY(!IsoWeek::parse(u"W48").has_value());
        QVERIFY(!IsoWeek::parse(u"2026-48").has_value());
    }
};

QTEST_GUILESS_MAIN(TestInspectionRules)
#include "TestInspectionRules.moc"
