#include "core/Language.h"
#include "core/SiteRules.h"

#include <QTest>

using namespace sitegov;

Q_DECLARE_METATYPE(sitegov::Site)
Q_DECLARE_METATYPE(sitegov::HostContext)

namespace {

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

Site goodPortal()
{
    Site s;
    s.code = QStringLiteral("3505820001");
    s.name = QStringLiteral("泉州晋江市人民政府网");
    s.domain = QStringLiteral("www.jinjiang.gov.cn");
    s.url = QStringLiteral("https://www.jinjiang.gov.cn/");
    s.kind = SiteKind::Portal;
    s.status = SiteStatus::Operating;
    s.platform = Platform::Unified;
    s.hostOrgId = 7;
    s.icpFiling = QStringLiteral("闽ICP备05012345号");
    s.psbFiling = QStringLiteral("闽公网安备 35058202000123号");
    s.openedOn = QDate(2005, 3, 1);
    return s;
}

HostContext county()
{
    HostContext h;
    h.known = true;
    h.level = AdminLevel::County;
    h.kind = OrgKind::Government;
    h.divisionCode = QStringLiteral("350582");
    h.domainLabel = QStringLiteral("jinjiang");
    return h;
}

QStringList fields(const QList<Finding>& findings, Finding::Severity severity)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.severity == severity)
            out << f.field;
    }
    return out;
}

} // namespace

class TestSiteRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void codeShapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("shape");
        QTest::newRow("local") << "3501000012" << int(SiteRules::CodeShape::Local);
        QTest::newRow("central") << "bm01000001" << int(SiteRules::CodeShape::Central);
        QTest::newRow("central upper") << "BM01000001" << int(SiteRules::CodeShape::Central);
        QTest::newRow("nine digits") << "350100001" << int(SiteRules::CodeShape::Unusual);
        QTest::newRow("eleven digits") << "35010000123" << int(SiteRules::CodeShape::Unusual);
        QTest::newRow("letters") << "35010000ab" << int(SiteRules::CodeShape::Unusual);
        QTest::newRow("bm short") << "bm0100001" << int(SiteRules::CodeShape::Unusual);
        QTest::newRow("fullwidth digits") << "３５０１０００００１" << int(SiteRules::CodeShape::Unusual);
    }

    void codeShapes()
    {
        QFETCH(QString, code);
        QFETCH(int, shape);
        QCOMPARE(int(SiteRules::codeShape(code)), shape);
    }

    void domains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("portalLabel");
        QTest::addColumn<QStringList>("departmentLabels");
        QTest::newRow("portal") << "www.fujian.gov.cn" << true << "fujian" << QStringList{};
        QTest::newRow("department") << "jyt.fujian.gov.cn" << true << QString() << L({"jyt", "fujian"});
        QTest::newRow("dash") << "www.xm-ta.gov.cn" << true << "xm-ta" << QStringList{};
        QTest::newRow("deep") << "a.b.fujian.gov.cn" << true << QString() << QStringList{};
        QTest::newRow("commercial") << "fujian.com" << true << QString() << QStringList{};
        QTest::newRow("space") << "www.fu jian.gov.cn" << false << QString() << QStringList{};
        QTest::newRow("underscore") << "www.fu_jian.gov.cn" << false << QString() << QStringList{};
        QTest::newRow("leading dash") << "-www.fujian.gov.cn" << false << QString() << QStringList{};
        QTest::newRow("no tld") << "localhost" << false << QString() << QStringList{};
        QTest::newRow("chinese") << "福建.gov.cn" << false << QString() << QStringList{};
    }

    void domains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, valid);
        QFETCH(QString, portalLabel);
        QFETCH(QStringList, departmentLabels);
        QCOMPARE(SiteRules::isValidDomainName(domain), valid);
        QCOMPARE(SiteRules::portalLabel(domain), portalLabel);
        QCOMPARE(SiteRules::departmentLabels(domain), departmentLabels);
    }

    void whoMayRunASite_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("may");
        QTest::newRow("province government") << int(AdminLevel::Province) << int(OrgKind::Government) << true;
        QTest::newRow("province department") << int(AdminLevel::Province) << int(OrgKind::Department) << true;
        QTest::newRow("city department") << int(AdminLevel::City) << int(OrgKind::Department) << true;
        QTest::newRow("county government") << int(AdminLevel::County) << int(OrgKind::Government) << true;
        QTest::newRow("county department") << int(AdminLevel::County) << int(OrgKind::Department) << false;
        QTest::newRow("township") << int(AdminLevel::Township) << int(OrgKind::Government) << false;
    }

    void whoMayRunASite()
    {
        QFETCH(int, level);
        QFETCH(int, kind);
        QFETCH(bool, may);
        QCOMPARE(SiteRules::mayRunSite(AdminLevel(level), OrgKind(kind)), may);
    }

    void validate_data()
    {
        QTest::addColumn<Site>("site");
        QTest::addColumn<HostContext>("host");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("good portal") << goodPortal() << county() << QStringList{} << QStringList{};
        Site s = goodPortal();
        s.code.clear();
        QTest::newRow("no code") << s << county() << L({"code"}) << QStringList{};
        s = goodPortal();
        s.code = QStringLiteral("3505830001");
        QTest::newRow("code of another division") << s << county() << L({"code"}) << QStringList{};
        s = goodPortal();
        s.code = QStringLiteral("JJ-001");
        QTest::newRow("unusual code") << s << county() << QStringList{} << L({"code"});
        s = goodPortal();
        s.code = QStringLiteral("bm01000001");
        QTest::newRow("central code") << s << county() << QStringList{} << QStringList{};
        s = goodPortal();
        s.name = QStringLiteral("  ");
        QTest::newRow("no name") << s << county() << L({"name"}) << QStringList{};
        s = goodPortal();
        QTest::newRow("unknown host") << s << HostContext{} << L({"host"}) << QStringList{};
        HostContext inactive = county();
        inactive.active = false;
        QTest::newRow("inactive host") << goodPortal() << inactive << L({"host"}) << QStringList{};
        s = goodPortal();
        s.domain = QStringLiteral("jinjiang.gov.cn");
        s.url = QStringLiteral("https://jinjiang.gov.cn/");
        QTest::newRow("portal without www") << s << county() << QStringList{} << L({"domain"});
        s = goodPortal();
        s.domain = QStringLiteral("www.jj.gov.cn");
        s.url = QStringLiteral("https://www.jj.gov.cn/");
        QTest::newRow("portal of another label") << s << county() << QStringList{} << L({"domain"});
        s = goodPortal();
        s.domain = QStringLiteral("www.jinjiang.com");
        s.url = QStringLiteral("https://www.jinjiang.com/");
        QTest::newRow("not gov.cn") << s << county() << QStringList{} << L({"domain"});
        s = goodPortal();
        s.domain = QStringLiteral("www jinjiang");
        QTest::newRow("bad domain") << s << county() << L({"domain"}) << L({"url"});
        s = goodPortal();
        s.kind = SiteKind::Department;
        s.domain = QStringLiteral("www.jinjiang.gov.cn");
        QTest::newRow("department on www") << s << county() << QStringList{} << L({"domain"});
        s = goodPortal();
        s.url = QStringLiteral("ftp://www.jinjiang.gov.cn/");
        QTest::newRow("ftp address") << s << county() << L({"url"}) << QStringList{};
        s = goodPortal();
        s.url = QStringLiteral("www.jinjiang.gov.cn");
        QTest::newRow("address without scheme") << s << county() << L({"url"}) << QStringList{};
        s = goodPortal();
        s.url = QStringLiteral("https://old.jinjiang.gov.cn/");
        QTest::newRow("address of another host") << s << county() << QStringList{} << L({"url"});
        s = goodPortal();
        s.status = SiteStatus::Closed;
        QTest::newRow("closed without date") << s << county() << L({"closed_on"}) << QStringList{};
        s = goodPortal();
        s.closedOn = QDate(2017, 1, 1);
        QTest::newRow("closing date while operating") << s << county() << L({"closed_on"}) << QStringList{};
        s = goodPortal();
        s.status = SiteStatus::Closed;
        s.closedOn = QDate(2004, 1, 1);
        QTest::newRow("closed before opened") << s << county() << L({"closed_on"}) << QStringList{};
        s = goodPortal();
        s.openedOn = QDate();
        QTest::newRow("operating without opening date") << s << county() << QStringList{} << L({"opened_on"});
        s = goodPortal();
        s.icpFiling = QStringLiteral("备案中");
        QTest::newRow("odd ICP") << s << county() << QStringList{} << L({"icp_filing"});
        s = goodPortal();
        s.icpFiling.clear();
        s.psbFiling.clear();
        QTest::newRow("no filings") << s << county() << QStringList{} << L({"icp_filing", "psb_filing"});
        HostContext busy = county();
        busy.otherOpenSites = 1;
        QTest::newRow("second site of a unit") << goodPortal() << busy << L({"host"}) << QStringList{};
        s = goodPortal();
        s.kind = SiteKind::Special;
        s.domain = QStringLiteral("zt.jinjiang.gov.cn");
        s.url = QStringLiteral("https://zt.jinjiang.gov.cn/");
        QTest::newRow("special-topic site beside the portal") << s << busy << QStringList{} << QStringList{};
        s = goodPortal();
        s.status = SiteStatus::Closed;
        s.closedOn = QDate(2017, 6, 30);
        QTest::newRow("closed second site") << s << busy << QStringList{} << QStringList{};
        HostContext township = county();
        township.level = AdminLevel::Township;
        QTest::newRow("township site") << goodPortal() << township << QStringList{} << L({"host"});
        HostContext department = county();
        department.kind = OrgKind::Department;
        s = goodPortal();
        s.kind = SiteKind::Department;
        s.domain = QStringLiteral("jyj.jinjiang.gov.cn");
        s.url = QStringLiteral("https://jyj.jinjiang.gov.cn/");
        QTest::newRow("county department site") << s << department << QStringList{} << L({"host"});
    }

    void validate()
    {
        QFETCH(Site, site);
        QFETCH(HostContext, host);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        const QList<Finding> findings = SiteRules::validate(site, host);
        QCOMPARE(fields(findings, Finding::Severity::Error), errors);
        QCOMPARE(fields(findings, Finding::Severity::Warning), warnings);
        QCOMPARE(SiteRules::hasErrors(findings), !errors.isEmpty());
        for (const Finding& f : findings)
            QVERIFY(!f.message.isEmpty());
    }

    void messagesAreTranslated()
    {
        Language::install(QStringLiteral("zh_CN"));
        Site s = goodPortal();
        s.code = QStringLiteral("3505830001");
        const auto findings = SiteRules::validate(s, county());
        QVERIFY(findings.constFirst().message.contains(QStringLiteral("行政区划代码")));
        Language::install(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestSiteRules)
#include "TestSiteRules.moc"
