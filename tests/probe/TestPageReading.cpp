// Reading pages without the network: the HTML parser's text, links, markers and column items
// (in UTF-8 and GBK), the foot of the page, robots.txt and the --resolve rules.
#include "probe/FooterScan.h"
#include "probe/HtmlDocument.h"
#include "probe/ResolveMap.h"
#include "probe/RobotsTxt.h"

#include <QStringEncoder>
#include <QTest>

using namespace sitegov;
using namespace sitegov::probe;

class TestPageReading final : public QObject
{
    Q_OBJECT

    const QString m_page = QStringLiteral(
        "<html><head><title>标题</title><base href=\"http://www.example.gov.cn/sub/\"><script>var d='2030-01-01';</script>"
        "</head><body><div id=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"news/\">新闻</a></li></ul></div>"
        "<div class=\"content\"><ul class=\"list\"><li><a href=\"a.html\">甲</a> 2026-11-20</li>"
        "<li><a href=\"b.html#top\">乙</a><span>[11-25]</span></li><li>无链接 2026-11-27</li></ul>"
        "<table><tr><td><a href=\"javascript:void(0)\">丙</a></td><td>2026/11/01</td></tr></table></div>"
        "<div class=\"footer\">网站标识码：3501000012 闽ICP备05012345号-2 闽公网安备 35010202000123号 "
        "<script id=\"_jiucuo_\" sitecode='3501000012' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        "<span id=\"_ideConac\"></span><!-- 我为政府网站找错 --></div></body></html>");

private Q_SLOTS:
    void textAndLinks()
    {
        const HtmlDocument doc = HtmlDocument::parse(m_page.toUtf8(), QStringLiteral("text/html; charset=utf-8"),
            QUrl(QStringLiteral("http://www.example.gov.cn/")));
        QVERIFY(doc.isValid());
        const QString text = doc.text();
        QVERIFY(!text.contains(QStringLiteral("2030"))); // scripts are not text
        QVERIFY(!text.contains(QStringLiteral("标题"))); // nor is the head
        QVERIFY(text.contains(QStringLiteral("甲 2026-11-20")));
        QStringList urls;
        for (const HtmlDocument::Link& l : doc.links())
            urls << l.url.toString();
        QCOMPARE(urls,
            (QStringList{QStringLiteral("http://www.example.gov.cn/"), QStringLiteral("http://www.example.gov.cn/sub/news/"),
                QStringLiteral("http://www.example.gov.cn/sub/a.html"), QStringLiteral("http://www.example.gov.cn/sub/b.html")}));
    }

    void columnItems()
    {
        const HtmlDocument doc = HtmlDocument::parse(m_page.toUtf8(), {}, QUrl(QStringLiteral("http://www.example.gov.cn/")));
        // The default: li and tr holding a link, outside the navigation and the footer.
        QCOMPARE(doc.items(*ColumnSelector::parse(QString())),
            (QStringList{QStringLiteral("甲 2026-11-20"), QStringLiteral("乙[11-25]"), QStringLiteral("丙 2026/11/01")}));
        QCOMPARE(doc.items(*ColumnSelector::parse(QStringLiteral("ul.list"))),
            (QStringList{QStringLiteral("甲 2026-11-20"), QStringLiteral("乙[11-25]")}));
        QCOMPARE(doc.items(*ColumnSelector::parse(QStringLiteral("div.content table"))),
            QStringList{QStringLiteral("丙 2026/11/01")});
        QCOMPARE(doc.items(*ColumnSelector::parse(QStringLiteral("#nowhere"))), QStringList());
        QCOMPARE(doc.items(*ColumnSelector::parse(QStringLiteral("re:^无链接"))), QStringList{QStringLiteral("无链接 2026-11-27")});
    }

    void gbkPages()
    {
        // A GB2312 page that says so only in its meta tag.
        auto gbk = QStringEncoder("GB18030");
        const QByteArray bytes = gbk(QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                                    "charset=gb2312\"></head><body><p>福建省人民政府 2026年11月28日</p></body></html>"));
        const HtmlDocument doc = HtmlDocument::parse(bytes, QStringLiteral("text/html"), QUrl(QStringLiteral("http://x.gov.cn/")));
        QCOMPARE(doc.charset(), QStringLiteral("GB18030"));
        QCOMPARE(doc.text(), QStringLiteral("福建省人民政府 2026年11月28日"));
        // No charset anywhere, not UTF-8: read as GB18030.
        const QByteArray bare = gbk(QStringLiteral("<p>通知公告</p>"));
        QCOMPARE(HtmlDocument::parse(bare, {}, QUrl()).text(), QStringLiteral("通知公告"));
    }

    void footer()
    {
        const HtmlDocument doc = HtmlDocument::parse(m_page.toUtf8(), {}, QUrl(QStringLiteral("http://www.example.gov.cn/")));
        const FooterFacts f = FooterScan::scan(doc);
        QVERIFY(f.errorEntry);
        QCOMPARE(f.siteCode, QStringLiteral("3501000012"));
        QCOMPARE(f.icp, QStringLiteral("闽ICP备05012345号-2"));
        QCOMPARE(f.psb, QStringLiteral("闽公网安备35010202000123号"));
        QVERIFY(f.conac);
        QVERIFY(FooterScan::sameIcp(f.icp, QStringLiteral("闽ICP备05012345号")));
        QVERIFY(!FooterScan::sameIcp(f.icp, QStringLiteral("闽ICP备05012346号")));
        QVERIFY(FooterScan::samePsb(f.psb, QStringLiteral("闽公网安备 35010202000123号")));
        QVERIFY(FooterScan::sameSiteCode(QStringLiteral("BM35000001"), QStringLiteral("bm35000001")));
        // A comment is not an entry; the words on the page are.
        const FooterFacts none = FooterScan::scan(QStringLiteral("版权所有"), {QStringLiteral("src=/logo.png")});
        QVERIFY(!none.errorEntry && !none.conac && none.siteCode.isEmpty() && none.icp.isEmpty() && none.psb.isEmpty());
        QVERIFY(FooterScan::scan(QStringLiteral("我为政府网站找错"), {}).errorEntry);
        // The code in the platform's script when the page does not write it out.
        QCOMPARE(FooterScan::scan(QString(), {QStringLiteral("sitecode=3501000099")}).siteCode, QStringLiteral("3501000099"));
    }

    void robots()
    {
        const RobotsTxt r = RobotsTxt::parse("User-agent: *\nDisallow: /private/\nAllow: /private/open.html\n"
                                             "Disallow: /*.pdf$\n\nUser-agent: OtherBot\nDisallow: /\n",
            QStringLiteral("SiteGov-Probe"));
        QVERIFY(r.allows(QStringLiteral("/")));
        QVERIFY(!r.allows(QStringLiteral("/private/a.html")));
        QVERIFY(r.allows(QStringLiteral("/private/open.html")));
        QVERIFY(!r.allows(QStringLiteral("/files/a.pdf")));
        QVERIFY(r.allows(QStringLiteral("/files/a.pdf?x=1")));
        QCOMPARE(r.ruleFor(QStringLiteral("/private/a.html")), QStringLiteral("Disallow: /private/"));
        // A group of its own replaces "*".
        const RobotsTxt mine = RobotsTxt::parse("User-agent: *\nDisallow: /\n\nUser-agent: sitegov-probe\nDisallow:\n",
            QStringLiteral("SiteGov-Probe"));
        QVERIFY(mine.allows(QStringLiteral("/anything")));
        QVERIFY(!RobotsTxt::disallowAll().allows(QStringLiteral("/")));
        QVERIFY(RobotsTxt::disallowAll().allows(QStringLiteral("/robots.txt")));
    }

    void resolve()
    {
        auto map = ResolveMap::parse({QStringLiteral("www.a.gov.cn:443:127.0.0.1"), QStringLiteral("*:8080:[::1]"),
            QStringLiteral("b.gov.cn:*:127.0.0.2")});
        QVERIFY(map);
        QCOMPARE(map->lookup(QStringLiteral("WWW.A.GOV.CN"), 443), QStringLiteral("127.0.0.1"));
        QCOMPARE(map->lookup(QStringLiteral("www.a.gov.cn"), 80), QString());
        QCOMPARE(map->lookup(QStringLiteral("any.gov.cn"), 8080), QStringLiteral("::1"));
        QCOMPARE(map->lookup(QStringLiteral("b.gov.cn"), 80), QStringLiteral("127.0.0.2"));
        QVERIFY(!ResolveMap::parse({QStringLiteral("www.a.gov.cn:443")}));
        QVERIFY(!ResolveMap::parse({QStringLiteral("www.a.gov.cn:99999:127.0.0.1")}));
        QVERIFY(!ResolveMap::parse({QStringLiteral("www.a.gov.cn:80:not-an-address")}));
    }
};

QTEST_GUILESS_MAIN(TestPageReading)
#include "TestPageReading.moc"
