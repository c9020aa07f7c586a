#include "core/ScoringModel.h"

#include <QTest>
#include <limits>

using namespace sitegov;

namespace {

QVariantMap allInformation() // the whole information category: 40 points
{
    return {{QStringLiteral("info_overview"), 5}, {QStringLiteral("info_update"), 8},
        {QStringLiteral("info_disclosure"), 8}, {QStringLiteral("info_policy"), 7},
        {QStringLiteral("info_interpretation"), 7}, {QStringLiteral("info_response"), 5}};
}

QVariantMap with(QVariantMap m, const QString& key, double value)
{
    m.insert(key, value);
    return m;
}

} // namespace

class TestScoringModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScoringModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        const auto rules = ScoringRules::builtin();
        QVERIFY2(rules.ok(), qPrintable(rules.error().fullText()));
        m_model = std::make_unique<ScoringModel>(*rules);
    }

    void ruleSet()
    {
        const ScoringRules& r = m_model->rules();
        QCOMPARE(r.id(), QStringLiteral("2019"));
        QCOMPARE(r.maxPoints(), 100.0);
        QCOMPARE(r.categories().size(), 4);
        QStringList keys;
        for (const auto& c : r.categories())
            keys << c.key;
        QCOMPARE(keys,
            (QStringList{QStringLiteral("info"), QStringLiteral("services"), QStringLiteral("interaction"),
                QStringLiteral("design")}));
        QCOMPARE(r.category(QStringLiteral("services"))->points, 25.0);
        QCOMPARE(r.passMark(), 60.0);
        QCOMPARE(r.bonusMax(), 30.0);
        QCOMPARE(r.bonusThreshold(), 80.0);
        QVERIFY(r.bonusAppliesTo(SiteKind::Portal));
        QVERIFY(!r.bonusAppliesTo(SiteKind::Department));
        QCOMPARE(r.vetoes().size(), 10);
        QVERIFY(r.veto(QStringLiteral("unreachable")));
        QVERIFY(!r.veto(QStringLiteral("info_update")));
        QCOMPARE(r.indicator(QStringLiteral("info_update"))->points, 8.0);
        for (const auto& c : r.categories()) {
            QVERIFY(!c.nameZh.isEmpty() && !c.nameEn.isEmpty());
            for (const auto& i : c.indicators)
                QVERIFY2(!i.nameZh.isEmpty() && !i.nameEn.isEmpty(), qPrintable(i.key));
        }
        for (const auto& v : r.vetoes())
            QVERIFY2(!v.nameZh.isEmpty() && !v.nameEn.isEmpty(), qPrintable(v.key));
    }

    void badRuleSets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no id") << QByteArray(R"({"passMark":60,"bonus":{"max":30,"threshold":80},"categories":[]})");
        QTest::newRow("no categories") << QByteArray(
            R"({"id":"x","passMark":60,"bonus":{"max":30,"threshold":80},"categories":[]})");
        QTest::newRow("zero points") << QByteArray(
            R"({"id":"x","passMark":60,"bonus":{"max":30,"threshold":80},"categories":[{"key":"a","indicators":[{"key":"b","points":0}]}]})");
        QTest::newRow("duplicate key") << QByteArray(
            R"({"id":"x","passMark":60,"bonus":{"max":30,"threshold":80},"categories":[{"key":"a","indicators":[{"key":"a","points":100}]}]})");
        QTest::newRow("unknown kind") << QByteArray(
            R"({"id":"x","passMark":60,"bonus":{"max":30,"threshold":80,"kinds":["shop"]},"categories":[{"key":"a","indicators":[{"key":"b","points":100}]}]})");
        QTest::newRow("pass mark above max") << QByteArray(
            R"({"id":"x","passMark":160,"bonus":{"max":30,"threshold":80},"categories":[{"key":"a","indicators":[{"key":"b","points":100}]}]})");
    }

    void badRuleSets()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ScoringRules::fromJson(json).ok());
    }

    void score_data()
    {
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<bool>("services");
        QTest::addColumn<QStringList>("vetoes");
        QTest::addColumn<QVariantMap>("deductions");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<double>("deductionScore");
        QTest::addColumn<double>("countedBonus");
        QTest::addColumn<double>("total");
        QTest::addColumn<bool>("passed");

        const QStringList none;
        QTest::newRow("perfect portal") << SiteKind::Portal << true << none << QVariantMap() << 0.0 << 100.0 << 0.0
                                        << 100.0 << true;
        QTest::newRow("veto fails whatever the points")
            << SiteKind::Portal << true << QStringList{QStringLiteral("serious_error")}
            << QVariantMap{{QStringLiteral("design_links"), 2}} << 0.0 << 98.0 << 0.0 << 98.0 << false;
        QTest::newRow("veto keeps the numbers and the bonus")
            << SiteKind::Portal << true << QStringList{QStringLiteral("unreachable"), QStringLiteral("homepage_stale")}
            << QVariantMap{{QStringLiteral("design_links"), 5}} << 10.0 << 95.0 << 10.0 << 105.0 << false;
        QTest::newRow("below 60") << SiteKind::Portal << true << none
                                  << with(allInformation(), QStringLiteral("design_links"), 1) << 0.0 << 59.0 << 0.0
                                  << 59.0 << false;
        QTest::newRow("59.99 fails") << SiteKind::Department << true << none
                                     << with(allInformation(), QStringLiteral("design_links"), 0.01) << 0.0 << 59.99
                                     << 0.0 << 59.99 << false;
        QTest::newRow("exactly 60 passes")
            << SiteKind::Portal << true << none << allInformation() << 0.0 << 60.0 << 0.0 << 60.0 << true;
        QTest::newRow("bonus gate: 80 is not above 80")
            << SiteKind::Portal << true << none
            << QVariantMap{{QStringLiteral("service_guides"), 10}, {QStringLiteral("service_online"), 10}} << 10.0
            << 80.0 << 0.0 << 80.0 << true;
        QTest::newRow("bonus gate: 80.5 counts")
            << SiteKind::Portal << true << none
            << QVariantMap{{QStringLiteral("service_guides"), 10}, {QStringLiteral("service_online"), 9.5}} << 10.0
            << 80.5 << 10.0 << 90.5 << true;
        QTest::newRow("bonus capped at 30")
            << SiteKind::Portal << true << none << QVariantMap() << 45.0 << 100.0 << 30.0 << 130.0 << true;
        QTest::newRow("bonus of exactly 30")
            << SiteKind::Portal << true << none << QVariantMap() << 30.0 << 100.0 << 30.0 << 130.0 << true;
        QTest::newRow("bonus ignored for department sites")
            << SiteKind::Department << true << none << QVariantMap() << 10.0 << 100.0 << 0.0 << 100.0 << true;
        QTest::newRow("bonus ignored for special sites")
            << SiteKind::Special << true << none << QVariantMap() << 10.0 << 100.0 << 0.0 << 100.0 << true;
        QTest::newRow("per-indicator cap")
            << SiteKind::Portal << true << none << QVariantMap{{QStringLiteral("info_update"), 50}} << 0.0 << 92.0
            << 0.0 << 92.0 << true;
        QTest::newRow("caps are per indicator, not per category")
            << SiteKind::Portal << true << none
            << QVariantMap{{QStringLiteral("info_update"), 50}, {QStringLiteral("info_policy"), 1}} << 0.0 << 91.0
            << 0.0 << 91.0 << true;
        QTest::newRow("everything lost")
            << SiteKind::Portal << true << none
            << QVariantMap{{QStringLiteral("info_overview"), 99}, {QStringLiteral("info_update"), 99},
                   {QStringLiteral("info_disclosure"), 99}, {QStringLiteral("info_policy"), 99},
                   {QStringLiteral("info_interpretation"), 99}, {QStringLiteral("info_response"), 99},
                   {QStringLiteral("service_guides"), 99}, {QStringLiteral("service_online"), 99},
                   {QStringLiteral("service_integration"), 99}, {QStringLiteral("interaction_channels"), 99},
                   {QStringLiteral("interaction_replies"), 99}, {QStringLiteral("interaction_surveys"), 99},
                   {QStringLiteral("design_search"), 99}, {QStringLiteral("design_navigation"), 99},
                   {QStringLiteral("design_links"), 99}, {QStringLiteral("design_accessibility"), 99},
                   {QStringLiteral("design_identity"), 99}}
            << 30.0 << 0.0 << 0.0 << 0.0 << false;
        QTest::newRow("department without services: 75 scaled to 100")
            << SiteKind::Department << false << none << QVariantMap() << 0.0 << 100.0 << 0.0 << 100.0 << true;
        QTest::newRow("department without services: 60 of 75 is 80")
            << SiteKind::Department << false << none
            << QVariantMap{{QStringLiteral("info_update"), 8}, {QStringLiteral("info_disclosure"), 7}} << 0.0 << 80.0
            << 0.0 << 80.0 << true;
        QTest::newRow("department without services: 45 of 75 is exactly 60")
            << SiteKind::Department << false << none
            << QVariantMap{{QStringLiteral("info_update"), 8}, {QStringLiteral("info_disclosure"), 8},
                   {QStringLiteral("info_policy"), 7}, {QStringLiteral("info_interpretation"), 7}}
            << 0.0 << 60.0 << 0.0 << 60.0 << true;
        QTest::newRow("department without services: 67.5 of 75 is 90")
            << SiteKind::Department << false << none
            << QVariantMap{{QStringLiteral("design_links"), 5}, {QStringLiteral("design_search"), 2.5}} << 0.0 << 90.0
            << 0.0 << 90.0 << true;
        QTest::newRow("department without services: a third of a point rounds")
            << SiteKind::Department << false << none << QVariantMap{{QStringLiteral("design_links"), 1}} << 0.0 << 98.67
            << 0.0 << 98.67 << true;
        QTest::newRow("department without services: a zero services entry is allowed")
            << SiteKind::Department << false << none << QVariantMap{{QStringLiteral("service_guides"), 0}} << 0.0
            << 100.0 << 0.0 << 100.0 << true;
        QTest::newRow("duplicate veto listed once")
            << SiteKind::Portal << true << QStringList{QStringLiteral("unreachable"), QStringLiteral("unreachable")}
            << QVariantMap() << 0.0 << 100.0 << 0.0 << 100.0 << false;
    }

    void score()
    {
        QFETCH(SiteKind, kind);
        QFETCH(bool, services);
        QFETCH(QStringList, vetoes);
        QFETCH(QVariantMap, deductions);
        QFETCH(double, bonus);
        QFETCH(double, deductionScore);
        QFETCH(double, countedBonus);
        QFETCH(double, total);
        QFETCH(bool, passed);

        ScoreInput input;
        input.kind = kind;
        input.hasPublicServices = services;
        input.vetoes = vetoes;
        for (auto it = deductions.cbegin(); it != deductions.cend(); ++it)
            input.deductions.insert(it.key(), it.value().toDouble());
        input.bonus = bonus;
        QVERIFY(!m_model->check(input).has_value());
        const auto card = m_model->score(input);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().fullText()));
        QCOMPARE(card->deductionScore, deductionScore);
        QCOMPARE(card->bonus, countedBonus);
        QCOMPARE(card->total, total);
        QCOMPARE(card->passed, passed);
        QCOMPARE(card->scaled, !services);
        QCOMPARE(card->bonusClaimed, bonus);
        QCOMPARE(card->rulesId, QStringLiteral("2019"));
        QStringList uniqueVetoes = vetoes;
        uniqueVetoes.removeDuplicates();
        QCOMPARE(card->vetoes, uniqueVetoes);
        QCOMPARE(card->categories.size(), services ? 4 : 3);
        double kept = 0;
        double max = 0;
        for (const auto& c : card->categories) {
            QVERIFY(c.score >= 0 && c.score <= c.max);
            if (!services)
                QVERIFY(c.key != QStringLiteral("services"));
            kept += c.score;
            max += c.max;
        }
        QCOMPARE(ScoringModel::round2(kept * 100.0 / max), deductionScore);
    }

    void categoryScores()
    {
        ScoreInput input;
        input.deductions.insert(QStringLiteral("info_update"), 3);
        input.deductions.insert(QStringLiteral("info_policy"), 20); // capped at 7
        input.deductions.insert(QStringLiteral("design_search"), 1.5);
        const auto card = m_model->score(input);
        QVERIFY(card.ok());
        QCOMPARE(card->categories.at(0).key, QStringLiteral("info"));
        QCOMPARE(card->categories.at(0).score, 30.0);
        QCOMPARE(card->categories.at(0).max, 40.0);
        QCOMPARE(card->categories.at(1).score, 25.0);
        QCOMPARE(card->categories.at(3).score, 18.5);
        QCOMPARE(card->deductionScore, 88.5);
    }

    void rejected_data()
    {
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<bool>("services");
        QTest::addColumn<QStringList>("vetoes");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<double>("points");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<QString>("field");
        const QStringList none;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("unknown indicator") << SiteKind::Portal << true << none << QStringLiteral("info_bogus") << 1.0
                                           << 0.0 << QStringLiteral("deductions.info_bogus");
        QTest::newRow("negative deduction") << SiteKind::Portal << true << none << QStringLiteral("info_update") << -1.0
                                            << 0.0 << QStringLiteral("deductions.info_update");
        QTest::newRow("NaN deduction") << SiteKind::Portal << true << none << QStringLiteral("info_update") << nan
                                       << 0.0 << QStringLiteral("deductions.info_update");
        QTest::newRow("infinite deduction") << SiteKind::Portal << true << none << QStringLiteral("info_update") << inf
                                            << 0.0 << QStringLiteral("deductions.info_update");
        QTest::newRow("category key is not an indicator") << SiteKind::Portal << true << none << QStringLiteral("info")
                                                          << 1.0 << 0.0 << QStringLiteral("deductions.info");
        QTest::newRow("unknown veto") << SiteKind::Portal << true
                                      << QStringList{QStringLiteral("unreachable"), QStringLiteral("ugly")} << QString()
                                      << 0.0 << 0.0 << QStringLiteral("vetoes[1]");
        QTest::newRow("negative bonus") << SiteKind::Portal << true << none << QString() << 0.0 << -5.0
                                        << QStringLiteral("bonus");
        QTest::newRow("infinite bonus") << SiteKind::Portal << true << none << QString() << 0.0 << inf
                                        << QStringLiteral("bonus");
        QTest::newRow("portal without services")
            << SiteKind::Portal << false << none << QString() << 0.0 << 0.0 << QStringLiteral("public_services");
        QTest::newRow("services deduction without services")
            << SiteKind::Department << false << none << QStringLiteral("service_online") << 2.0 << 0.0
            << QStringLiteral("deductions.service_online");
        QTest::newRow("services veto without services")
            << SiteKind::Department << false << QStringList{QStringLiteral("services_impractical")} << QString() << 0.0
            << 0.0 << QStringLiteral("vetoes[0]");
    }

    void rejected()
    {
        QFETCH(SiteKind, kind);
        QFETCH(bool, services);
        QFETCH(QStringList, vetoes);
        QFETCH(QString, indicator);
        QFETCH(double, points);
        QFETCH(double, bonus);
        QFETCH(QString, field);
        ScoreInput input;
        input.kind = kind;
        input.hasPublicServices = services;
        input.vetoes = vetoes;
        if (!indicator.isEmpty())
            input.deductions.insert(indicator, points);
        input.bonus = bonus;
        const auto problem = m_model->check(input);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->field, field);
        QVERIFY(!problem->message.isEmpty());
        const auto card = m_model->score(input);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().detail, field);
        QVERIFY(card.error().message.startsWith(field + QStringLiteral(": ")));
    }
};

QTEST_GUILESS_MAIN(TestScoringModel)
#include "TestScoringModel.moc"
