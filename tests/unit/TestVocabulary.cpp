#include "core/Domain.h"
#include "core/Language.h"

#include <QTest>

using namespace sitegov;

class TestVocabulary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (AdminLevel v : Vocabulary::adminLevels())
            QCOMPARE(Vocabulary::adminLevel(Vocabulary::key(v)), v);
        for (SiteKind v : Vocabulary::siteKinds())
            QCOMPARE(Vocabulary::siteKind(Vocabulary::key(v)), v);
        for (SiteStatus v : Vocabulary::siteStatuses())
            QCOMPARE(Vocabulary::siteStatus(Vocabulary::key(v)), v);
        for (Platform v : Vocabulary::platforms())
            QCOMPARE(Vocabulary::platform(Vocabulary::key(v)), v);
        QCOMPARE(Vocabulary::orgKind(QStringLiteral("department")), OrgKind::Department);
    }

    void keysAreTolerantButStrict()
    {
        QCOMPARE(Vocabulary::siteStatus(QStringLiteral(" Operating ")), SiteStatus::Operating);
        QVERIFY(!Vocabulary::siteStatus(QStringLiteral("open")).has_value());
        QVERIFY(!Vocabulary::adminLevel(QString()).has_value());
    }

    void displayNamesFollowLanguage()
    {
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        QCOMPARE(Vocabulary::displayName(SiteStatus::Closed), QStringLiteral("已关停"));
        QCOMPARE(Vocabulary::displayName(SiteKind::Portal), QStringLiteral("门户网站"));
        QCOMPARE(Vocabulary::displayName(Platform::Unified), QStringLiteral("集约化平台"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(Vocabulary::displayName(SiteStatus::Closed), QStringLiteral("Closed"));
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
        QTest::newRow("locale") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void languageCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Language::normalise(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "TestVocabulary.moc"
