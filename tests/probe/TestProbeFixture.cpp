// The probe against a fixture of local sites: nginx (from scripts/install-deps) serves most of them
// as virtual hosts on loopback, with a TLS host whose certificate (made by openssl here, signed by a
// test CA) expires in 10 days; the test's own Poco server serves the sites whose behaviour nginx
// cannot give (failing exactly the probes the test chooses, answering slowly). --resolve points
// every fixture domain at loopback; the office clock is pinned, and every date on the pages is
// written relative to it. Each verdict is asserted exactly.
#include "FixtureServer.h"
#include "TestSupport.h"
#include "cli/Cli.h"
#include "core/OfficeClock.h"
#include "probe/AvailabilityProber.h"
#include "probe/Fetcher.h"
#include "probe/HostGate.h"
#include "probe/HtmlDocument.h"
#include "probe/ProbeService.h"
#include "probe/SiteChecker.h"
#include "storage/ProbeQueries.h"
#include "storage/ProbeSettingsService.h"
#include "storage/ProbeStore.h"
#include "storage/RegistryService.h"
#include "storage/TableReader.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Net/StreamSocket.h>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <unistd.h>

using namespace sitegov;
using namespace sitegov::probe;

namespace {

quint16 freePort()
{
    Poco::Net::ServerSocket s(Poco::Net::SocketAddress("127.0.0.1", 0));
    return s.address().port();
}

QByteArray write(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray bytes = text.toUtf8();
    f.write(bytes);
    return bytes;
}

bool run(const QString& program, const QStringList& args, QString* error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = program + u' ' + args.join(u' ') + u'\n' + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

} // namespace

class TestProbeFixture final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::FixtureServer m_server;
    QProcess m_nginx;
    quint16 m_http = 0; // nginx, plain
    quint16 m_https = 0; // nginx, TLS
    QDateTime m_now; // the pinned office clock
    QDate m_today;
    QString m_ca;
    QHash<QString, qint64> m_sites; // short name -> site id
    QHash<QString, QString> m_codes; // short name -> identifier code
    QHash<QString, qint64> m_columns; // column name -> id
    QStringList m_resolve;
    Session m_actor = Session::system(QStringLiteral("probe-test"));

    QString host(const QString& name) const { return name + QStringLiteral(".fixture.test"); }
    QString day(int daysAgo) const { return m_today.addDays(-daysAgo).toString(Qt::ISODate); }

    // A page with the whole foot a government site must show (the registry's own values).
    QString footer(const QString& code) const
    {
        return QStringLiteral(
            "<div class=\"footer\"><p>主办单位：福建省测试厅　网站标识码：%1　闽ICP备05012345号-1　"
            "闽公网安备 35010202000123号</p><p>Copyright © 2005-%2 版权所有</p>"
            "<script id=\"_jiucuo_\" sitecode=\"%1\" src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"></script>"
            "<span id=\"_ideConac\"><img src=\"/conac.png\" alt=\"党政机关\"></span></div>")
            .arg(code)
            .arg(m_today.year());
    }

    QString page(const QString& title, const QString& body, const QString& foot) const
    {
        return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                              "<div class=\"header\"><p>今天是%2 星期%3</p><ul class=\"nav\"><li><a href=\"/\">首页</a>"
                              "</li></ul></div><div class=\"main\">%4</div>%5</body></html>")
            .arg(title, QLocale::c().toString(m_today, QStringLiteral("yyyy年M月d日")),
                QStringLiteral("一二三四五六日").mid(m_today.dayOfWeek() - 1, 1), body, foot);
    }

    QString list(const QStringList& items, const QString& cls = QStringLiteral("list")) const
    {
        QString html = QStringLiteral("<ul class=\"%1\">").arg(cls);
        for (const QString& item : items)
            html += QStringLiteral("<li>%1</li>").arg(item);
        return html + QStringLiteral("</ul>");
    }

    QString item(const QString& href, const QString& title, const QString& date) const
    {
        return QStringLiteral("<a href=\"%1\">%2</a><span>%3</span>").arg(href, title, date);
    }

    qint64 registerSite(const QString& name, qint64 host, const QString& url, const QString& code)
    {
        Site s;
        s.code = code;
        s.name = QStringLiteral("测试网站·") + name;
        s.url = url;
        s.domain = this->host(name);
        s.kind = SiteKind::Special;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        s.icpFiling = QStringLiteral("闽ICP备05012345号");
        s.psbFiling = QStringLiteral("闽公网安备35010202000123号");
        const auto id
            = RegistryService(m_db->connection()).registerSite(m_actor, s, RegistryService::DuplicatePolicy::Flag);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        m_sites.insert(name, id ? *id : 0);
        m_codes.insert(name, code);
        return id ? *id : 0;
    }

    qint64 addColumn(
        const QString& site, const QString& name, const QString& path, ColumnKind kind, const QString& selector = {})
    {
        ProbeColumn c;
        c.siteId = m_sites.value(site);
        c.name = name;
        c.url = QStringLiteral("http://%1:%2%3").arg(host(site)).arg(m_http).arg(path);
        c.kind = kind;
        c.selector = selector;
        const auto id = ProbeSettingsService(m_db->connection()).addColumn(m_actor, c);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        m_columns.insert(name, id ? *id : 0);
        return id ? *id : 0;
    }

    ProbeOptions options() const
    {
        ProbeOptions o;
        o.database = m_db->path();
        o.resolve = m_resolve;
        o.caFile = m_ca;
        o.hostIntervalMs = 50;
        o.retryDelayMs = 0;
        o.workers = 8;
        return o;
    }

    // Kinds of a site's open findings, with their subjects, sorted: "dead_link http://…".
    QStringList openFindings(const QString& site)
    {
        const auto list = ProbeQueries(m_db->connection()).findings(m_sites.value(site), true);
        if (!list)
            return {QStringLiteral("error: ") + list.error().fullText()};
        QStringList out;
        for (const FindingView& f : *list)
            out << (f.subject.isEmpty() ? ProbeVocabulary::key(f.kind)
                                        : ProbeVocabulary::key(f.kind) + u' ' + f.subject);
        out.sort();
        return out;
    }

    ProbeTarget target(const QString& site)
    {
        ProbeStore::Filter filter;
        filter.siteCode = m_codes.value(site);
        const auto list = ProbeStore(m_db->connection()).targets(filter, OfficeClock::nowUtc());
        return list && list->size() == 1 ? list->constFirst() : ProbeTarget{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The office clock: the real moment (the TLS certificates are checked against the real clock).
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        OfficeClock::setNowForTests(m_now);
        m_today = OfficeClock::today();

        QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
        if (nginx.isEmpty())
            nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        QVERIFY2(!nginx.isEmpty(), "nginx is needed (Debian package nginx-light, in scripts/install-deps)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed (scripts/install-deps)");
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        QFile::setPermissions(d,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther);

        // A test CA and a certificate for the TLS host that expires in 10 days.
        QString error;
        m_ca = m_dir.filePath(QStringLiteral("ca.pem"));
        const QString caKey = m_dir.filePath(QStringLiteral("ca.key"));
        const QString key = m_dir.filePath(QStringLiteral("tls.key"));
        const QString csr = m_dir.filePath(QStringLiteral("tls.csr"));
        const QString cert = m_dir.filePath(QStringLiteral("tls.pem"));
        const QString ext = m_dir.filePath(QStringLiteral("tls.ext"));
        write(ext, QStringLiteral("subjectAltName=DNS:%1\n").arg(host(QStringLiteral("tls"))));
        QVERIFY2(run(openssl,
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), m_ca,
                         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=SiteGov probe test CA")},
                     &error),
            qPrintable(error));
        QVERIFY2(run(openssl,
                     {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
                         QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(host(QStringLiteral("tls")))},
                     &error),
            qPrintable(error));
        QVERIFY2(
            run(openssl,
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                    m_ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    cert, QStringLiteral("-days"), QStringLiteral("10"), QStringLiteral("-extfile"), ext},
                &error),
            qPrintable(error));

        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        RegistryService registry(m_db->connection());
        Organisation province;
        province.name = QStringLiteral("福建省人民政府");
        province.level = AdminLevel::Province;
        province.kind = OrgKind::Government;
        province.divisionCode = QStringLiteral("350000");
        const auto top = registry.createOrganisation(m_actor, province);
        QVERIFY2(top, qPrintable(top.error().fullText()));
        Organisation department;
        department.name = QStringLiteral("福建省测试厅");
        department.level = AdminLevel::Province;
        department.kind = OrgKind::Department;
        department.divisionCode = QStringLiteral("350000");
        department.parentId = *top;
        const auto dept = registry.createOrganisation(m_actor, department);
        QVERIFY2(dept, qPrintable(dept.error().fullText()));

        m_http = freePort();
        m_https = freePort();
        const quint16 poco = m_server.port();
        const QStringList nginxSites{QStringLiteral("good"), QStringLiteral("stale"), QStringLiteral("links"),
            QStringLiteral("other"), QStringLiteral("nofooter"), QStringLiteral("ua403"), QStringLiteral("robots"),
            QStringLiteral("closed"), QStringLiteral("maintenance")};
        const QStringList pocoSites{QStringLiteral("fail6"), QStringLiteral("warn4"), QStringLiteral("slow")};
        int serial = 1;
        const auto code = [&serial] {
            return QStringLiteral("350000%1").arg(serial++, 4, 10, QLatin1Char('0'));
        };
        for (const QString& s : nginxSites) {
            if (s == u"other")
                continue;
            QVERIFY(registerSite(s, *dept, QStringLiteral("http://%1:%2/").arg(host(s)).arg(m_http), code()));
        }
        for (const QString& s : pocoSites)
            QVERIFY(registerSite(s, *dept, QStringLiteral("http://%1:%2/").arg(host(s)).arg(poco), code()));
        QVERIFY(registerSite(QStringLiteral("tls"), *dept,
            QStringLiteral("https://%1:%2/").arg(host(QStringLiteral("tls"))).arg(m_https), code()));
        // --resolve: each fixture host on its ports to loopback; HTTPS on 443 to a loopback address where
        // nothing listens (these sites have no HTTPS).
        for (const QString& s : nginxSites + pocoSites + QStringList{QStringLiteral("tls")}) {
            m_resolve << QStringLiteral("%1:%2:127.0.0.1").arg(host(s)).arg(m_http)
                      << QStringLiteral("%1:%2:127.0.0.1").arg(host(s)).arg(m_https)
                      << QStringLiteral("%1:%2:127.0.0.1").arg(host(s)).arg(poco)
                      << QStringLiteral("%1:443:127.0.0.2").arg(host(s));
        }
        {
            Poco::Net::StreamSocket probe;
            bool refused = false;
            try {
                probe.connect(Poco::Net::SocketAddress("127.0.0.2", 443), Poco::Timespan(2, 0));
            } catch (const Poco::Exception&) {
                refused = true;
            }
            QVERIFY2(refused, "something listens on 127.0.0.2:443; the fixture needs that port closed");
        }

        // The pages. Dates relative to the pinned day; the header's "today is" line never counts.
        const QString root = m_dir.filePath(QStringLiteral("www"));
        const auto site = [&](const QString& s) {
            return root + u'/' + s;
        };
        write(site(QStringLiteral("good")) + QStringLiteral("/index.html"),
            page(QStringLiteral("良好"),
                list({item(QStringLiteral("/news/1.html"), QStringLiteral("关于开展冬季安全检查的通知"), day(2)),
                    item(QStringLiteral("/news/2.html"), QStringLiteral("召开工作会议"),
                        QStringLiteral("[%1]").arg(m_today.addDays(-5).toString(QStringLiteral("MM-dd"))))}),
                footer(m_codes.value(QStringLiteral("good")))));
        write(site(QStringLiteral("good")) + QStringLiteral("/news/1.html"),
            page(QStringLiteral("一"), QStringLiteral("<p>正文</p>"), {}));
        write(site(QStringLiteral("good")) + QStringLiteral("/news/2.html"),
            page(QStringLiteral("二"), QStringLiteral("<p>正文</p>"), {}));

        write(site(QStringLiteral("stale")) + QStringLiteral("/index.html"),
            page(QStringLiteral("久未更新"),
                list({item(QStringLiteral("/c/news-stale/"), QStringLiteral("旧闻"), day(20))}),
                footer(m_codes.value(QStringLiteral("stale")))));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/news-stale/index.html"),
            page(QStringLiteral("新闻"),
                list({item(QStringLiteral("/"), QStringLiteral("旧闻一"), day(30)),
                    item(QStringLiteral("/"), QStringLiteral("旧闻二"), day(31))}),
                {}));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/notice-stale/index.html"),
            page(QStringLiteral("通知"), list({item(QStringLiteral("/"), QStringLiteral("旧通知"), day(200))}), {}));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/other-fresh/index.html"),
            page(QStringLiteral("其他"), list({item(QStringLiteral("/"), QStringLiteral("规划"), day(100))}), {}));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/blank/index.html"),
            page(QStringLiteral("空白"), QStringLiteral("<ul class=\"list\"></ul><p>暂无信息</p>"), {}));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/undated/index.html"),
            page(QStringLiteral("无日期"),
                list({item(QStringLiteral("/"), QStringLiteral("无日期一"), QString()),
                    item(QStringLiteral("/"), QStringLiteral("无日期二"), QString())}),
                {}));
        // A sidebar with a fresh-looking date beside a stale list: the selector reads the list alone.
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/selector/index.html"),
            page(QStringLiteral("选择规则"),
                list({item(QStringLiteral("/"), QStringLiteral("热点"), day(1))}, QStringLiteral("side"))
                    + list({item(QStringLiteral("/"), QStringLiteral("动态"), day(40))}, QStringLiteral("news")),
                {}));
        write(site(QStringLiteral("stale")) + QStringLiteral("/c/pattern/index.html"),
            page(QStringLiteral("正则"),
                QStringLiteral("<p>· 公告一 %1</p><p>· 公告二 %2</p><p>说明文字 %3</p>").arg(day(3), day(9), day(500)),
                {}));

        const QString links = QStringLiteral("http://%1:%2").arg(host(QStringLiteral("links"))).arg(m_http);
        write(site(QStringLiteral("links")) + QStringLiteral("/index.html"),
            page(QStringLiteral("链接"),
                list({item(QStringLiteral("/ok.html"), QStringLiteral("正常"), day(1)),
                    item(QStringLiteral("/gone.html"), QStringLiteral("已删除"), day(2)),
                    item(QStringLiteral("/removed"), QStringLiteral("已撤下"), day(2)),
                    item(QStringLiteral("/broken"), QStringLiteral("出错"), day(3)),
                    item(QStringLiteral("/nohead"), QStringLiteral("不支持HEAD"), day(3)),
                    item(QStringLiteral("/skip/report"), QStringLiteral("例外"), day(4)),
                    item(QStringLiteral("http://%1:%2/missing.html").arg(host(QStringLiteral("other"))).arg(m_http),
                        QStringLiteral("外站"), day(4))}),
                footer(m_codes.value(QStringLiteral("links")))));
        write(site(QStringLiteral("links")) + QStringLiteral("/ok.html"),
            page(QStringLiteral("好"), QStringLiteral("<p>好</p>"), {}));
        write(site(QStringLiteral("other")) + QStringLiteral("/index.html"), QStringLiteral("<p>other</p>"));

        // The foot: no 找错 entry, another site's code, no public-security filing, no mark.
        write(site(QStringLiteral("nofooter")) + QStringLiteral("/index.html"),
            page(QStringLiteral("页脚"), list({item(QStringLiteral("/"), QStringLiteral("动态"), day(1))}),
                QStringLiteral("<div class=\"footer\">网站标识码：3500009999　闽ICP备05012345号</div>")));
        write(site(QStringLiteral("ua403")) + QStringLiteral("/index.html"),
            page(QStringLiteral("UA"), list({item(QStringLiteral("/"), QStringLiteral("动态"), day(1))}),
                footer(m_codes.value(QStringLiteral("ua403")))));
        write(site(QStringLiteral("robots")) + QStringLiteral("/index.html"),
            page(QStringLiteral("robots"), list({item(QStringLiteral("/"), QStringLiteral("动态"), day(1))}),
                footer(m_codes.value(QStringLiteral("robots")))));
        write(site(QStringLiteral("robots")) + QStringLiteral("/robots.txt"),
            QStringLiteral("User-agent: SiteGov-Probe\nDisallow: /\n\nUser-agent: *\nAllow: /\n"));
        for (const QString& s : {QStringLiteral("closed"), QStringLiteral("maintenance")})
            write(site(s) + QStringLiteral("/index.html"), page(s, QString(), footer(m_codes.value(s))));
        write(site(QStringLiteral("tls")) + QStringLiteral("/index.html"),
            page(QStringLiteral("TLS"), list({item(QStringLiteral("/"), QStringLiteral("动态"), day(1))}),
                footer(m_codes.value(QStringLiteral("tls")))));
        for (const QString& s : pocoSites) {
            m_server.setPage(host(s),
                page(s, list({item(QStringLiteral("/"), QStringLiteral("动态"), day(1))}), footer(m_codes.value(s)))
                    .toUtf8());
        }

        // nginx: a virtual host per site.
        QString servers;
        for (const QString& s : nginxSites) {
            QString extra;
            if (s == u"links") {
                extra = QStringLiteral("    location = /removed { return 410; }\n"
                                       "    location = /broken { return 500; }\n"
                                       "    location ^~ /skip/ { return 500; }\n"
                                       "    location = /nohead { if ($request_method = HEAD) { return 405; } "
                                       "default_type text/html; return 200 \"<p>ok</p>\"; }\n");
            }
            if (s == u"ua403")
                extra = QStringLiteral("    if ($http_user_agent !~ \"^Mozilla/\") { return 403; }\n");
            servers += QStringLiteral("server {\n    listen 127.0.0.1:%1;\n    server_name %2;\n    root %3;\n"
                                      "    charset utf-8;\n%4}\n")
                           .arg(m_http)
                           .arg(host(s), site(s), extra);
        }
        servers += QStringLiteral("server {\n    listen 127.0.0.1:%1 ssl;\n    server_name %2;\n    root %3;\n"
                                  "    ssl_certificate %4;\n    ssl_certificate_key %5;\n    charset utf-8;\n}\n")
                       .arg(m_https)
                       .arg(host(QStringLiteral("tls")), site(QStringLiteral("tls")), cert, key);
        QDir(d).mkpath(QStringLiteral("logs"));
        write(m_dir.filePath(QStringLiteral("nginx.conf")),
            QStringLiteral("daemon off;\n%1worker_processes 1;\npid %2/nginx.pid;\nerror_log %2/logs/error.log warn;\n"
                           "events { worker_connections 512; }\nhttp {\n  types { text/html html; text/plain txt; }\n"
                           "  default_type text/html;\n  access_log off;\n  client_body_temp_path %2/body;\n"
                           "  proxy_temp_path %2/proxy;\n  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n"
                           "  scgi_temp_path %2/scgi;\n%3}\n")
                .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d, servers));
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(nginx,
            {QStringLiteral("-p"), d, QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nginx.conf")),
                QStringLiteral("-e"), m_dir.filePath(QStringLiteral("logs/error.log"))});
        QVERIFY(m_nginx.waitForStarted(10000));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            try {
                Poco::Net::StreamSocket s;
                s.connect(Poco::Net::SocketAddress("127.0.0.1", m_http), Poco::Timespan(1, 0));
                up = true;
            } catch (const Poco::Exception&) {
                QTest::qWait(100);
            }
        }
        QFile errors(m_dir.filePath(QStringLiteral("logs/error.log")));
        errors.open(QIODevice::ReadOnly);
        QVERIFY2(up, qPrintable(QString::fromUtf8(m_nginx.readAll() + errors.readAll())));

        // Columns: the stale site's, in the console's way (the service) and one by a table import.
        QVERIFY(addColumn(
            QStringLiteral("stale"), QStringLiteral("新闻动态"), QStringLiteral("/c/news-stale/"), ColumnKind::News));
        QVERIFY(addColumn(QStringLiteral("stale"), QStringLiteral("通知公告"), QStringLiteral("/c/notice-stale/"),
            ColumnKind::Notice));
        QVERIFY(addColumn(
            QStringLiteral("stale"), QStringLiteral("规划计划"), QStringLiteral("/c/other-fresh/"), ColumnKind::Other));
        QVERIFY(addColumn(
            QStringLiteral("stale"), QStringLiteral("空白栏目"), QStringLiteral("/c/blank/"), ColumnKind::News));
        QVERIFY(addColumn(
            QStringLiteral("stale"), QStringLiteral("无日期栏目"), QStringLiteral("/c/undated/"), ColumnKind::Notice));
        QVERIFY(addColumn(QStringLiteral("stale"), QStringLiteral("工作动态"), QStringLiteral("/c/selector/"),
            ColumnKind::News, QStringLiteral("ul.news")));
        const QString csv = m_dir.filePath(QStringLiteral("columns.csv"));
        write(csv,
            QStringLiteral(
                "网站标识码,栏目名称,栏目地址,栏目类型,选择规则\n%1,公示公告,http://%2:%3/c/pattern/,通知公告,re:^·\n")
                .arg(m_codes.value(QStringLiteral("stale")), host(QStringLiteral("stale")))
                .arg(m_http));
        const auto table = TableReader::read(csv);
        QVERIFY(table);
        const auto imported = ProbeSettingsService(m_db->connection()).importColumns(m_actor, *table);
        QVERIFY2(imported, qPrintable(imported.error().fullText()));
        QCOMPARE(imported->errors, QStringList());
        QCOMPARE(imported->created, 1);

        // Exceptions and states.
        ProbeSiteSettings linkSettings;
        linkSettings.siteId = m_sites.value(QStringLiteral("links"));
        linkSettings.linkExceptions = {QStringLiteral("*/skip/*")};
        QVERIFY(ProbeSettingsService(m_db->connection()).saveSettings(m_actor, linkSettings));
        ProbeSiteSettings maintenance;
        maintenance.siteId = m_sites.value(QStringLiteral("maintenance"));
        maintenance.maintenanceUntil = m_now.addSecs(3600);
        QVERIFY(ProbeSettingsService(m_db->connection()).saveSettings(m_actor, maintenance));
        QVERIFY(
            registry.changeSiteStatus(m_actor, m_sites.value(QStringLiteral("closed")), SiteStatus::Closed, m_today));
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            m_nginx.waitForFinished(10000);
        }
        OfficeClock::setNowForTests({});
    }

    // Closed sites and sites under announced maintenance are not probed.
    void targetsAreTheRunningSites()
    {
        const auto list = ProbeStore(m_db->connection()).targets({}, OfficeClock::nowUtc());
        QVERIFY(list);
        QStringList names;
        for (const ProbeTarget& t : *list)
            names << t.name.section(u'·', 1);
        names.sort();
        QCOMPARE(names,
            QStringList({QStringLiteral("fail6"), QStringLiteral("good"), QStringLiteral("links"),
                QStringLiteral("nofooter"), QStringLiteral("robots"), QStringLiteral("slow"), QStringLiteral("stale"),
                QStringLiteral("tls"), QStringLiteral("ua403"), QStringLiteral("warn4")}));
        // An hour later the maintenance is over.
        const auto later = ProbeStore(m_db->connection()).targets({}, m_now.addSecs(7200));
        QCOMPARE(later->size(), 11);
    }

    // A week of probes at spread times (50 a day): the site failing 3 of every 50 probes (6%) is
    // vetoed, the one failing 2 of every 50 (4%) gets the early warning. A blip (first try failed,
    // retry answered) is recorded and not counted.
    void availabilityWeek()
    {
        ProbeOptions o = options();
        o.hostIntervalMs = 0;
        ProbeService service(o, m_db->connection());
        QVERIFY(service.prepare());
        Fetcher fetcher(service.context().fetch);
        AvailabilityProber prober(fetcher, service.context());
        const IsoWeek week = IsoWeek::of(m_today).previous();
        const ProbeTarget fail6 = target(QStringLiteral("fail6"));
        const ProbeTarget warn4 = target(QStringLiteral("warn4"));
        QVERIFY(fail6.siteId && warn4.siteId);
        // Each site's robots.txt is read once, before the week (it is not a probe).
        prober.probe(fail6, m_now);
        prober.probe(warn4, m_now);
        QList<AvailabilityRecord> records;
        for (int d = 0; d < 7; ++d) {
            const QDateTime start = OfficeClock::startOfDay(week.monday().addDays(d));
            for (int slot = 0; slot < 50; ++slot) {
                const int n = d * 50 + slot; // 350 probes: failing 21 (6%) and 14 (4%)
                const QDateTime at = start.addSecs(slot * 1728 + 300);
                OfficeClock::setNowForTests(at);
                m_server.failNext(host(QStringLiteral("fail6")), n % 50 < 3 ? 2 : (n == 10 ? 1 : 0));
                m_server.failNext(host(QStringLiteral("warn4")), n % 25 == 7 ? 2 : 0);
                records << prober.probe(fail6, at) << prober.probe(warn4, at);
            }
        }
        OfficeClock::setNowForTests(m_now);
        QVERIFY(ProbeStore(m_db->connection()).recordAvailability(records));

        const auto rows = ProbeQueries(m_db->connection()).week(week);
        QVERIFY(rows);
        QHash<QString, ProbeWeekRow> byCode;
        for (const ProbeWeekRow& r : *rows)
            byCode.insert(r.code, r);
        const ProbeWeekRow f = byCode.value(m_codes.value(QStringLiteral("fail6")));
        QCOMPARE(f.week.probes, 350);
        QCOMPARE(f.week.failures, 21);
        QCOMPARE(f.week.blips, 1);
        QCOMPARE(f.week.daysUnderMinimum, 0);
        QCOMPARE(f.week.share(), 0.06);
        QCOMPARE(f.verdict, Verdict::Veto);
        const ProbeWeekRow w = byCode.value(m_codes.value(QStringLiteral("warn4")));
        QCOMPARE(w.week.probes, 350);
        QCOMPARE(w.week.failures, 14);
        QCOMPARE(w.week.blips, 0);
        QCOMPARE(w.week.share(), 0.04);
        QCOMPARE(w.verdict, Verdict::Warning);
        // The sites not probed that week: seven days under the minimum.
        QCOMPARE(byCode.value(m_codes.value(QStringLiteral("good"))).week.daysUnderMinimum, 7);

        // The failures are classified and kept with their retry.
        const auto failed = ProbeQueries(m_db->connection())
                                .probes(fail6.siteId, OfficeClock::startOfDay(week.monday()),
                                    OfficeClock::startOfDay(week.sunday().addDays(1)), true);
        QVERIFY(failed);
        QCOMPARE(failed->size(), 22);
        int http503 = 0;
        for (const AvailabilityRecord& r : *failed) {
            QVERIFY(r.firstOutcome.has_value());
            QCOMPARE(*r.firstOutcome, ProbeOutcome::HttpStatus);
            QCOMPARE(r.firstStatus, 503);
            if (r.outcome == ProbeOutcome::HttpStatus && r.httpStatus == 503)
                ++http503;
        }
        QCOMPARE(http503, 21);
        // The days' chart data: 50 probes a day, 3 failed on each.
        const auto days = ProbeQueries(m_db->connection()).days(fail6.siteId, week.monday(), week.sunday());
        QVERIFY(days);
        QCOMPARE(days->size(), 7);
        for (const ProbeDay& pd : *days) {
            QCOMPARE(pd.probes, 50);
            QCOMPARE(pd.failures, 3);
        }
    }

    // What the spot-check form shows beside the veto items: the period's availability and verdict, each
    // failed probe with its retry, the days.
    void spotCheckEvidence()
    {
        const IsoWeek week = IsoWeek::of(m_today).previous();
        const qint64 site = m_sites.value(QStringLiteral("fail6"));
        const auto e = ProbeQueries(m_db->connection()).evidence(site, week.monday(), week.sunday());
        QVERIFY2(e, qPrintable(e.error().fullText()));
        QCOMPARE(e->availability.probes, 350);
        QCOMPARE(e->availability.failures, 21);
        QCOMPARE(e->availability.blips, 1);
        QCOMPARE(e->availabilityVerdict, Verdict::Veto);
        QCOMPARE(e->days.size(), 7);
        QCOMPARE(e->failedProbes.size(), 22);
        for (const AvailabilityRecord& r : e->failedProbes)
            QCOMPARE(r.firstStatus, 503);
    }

    // Each kind of failure by the step that failed.
    void failuresAreClassified()
    {
        ProbeOptions o = options();
        o.hostIntervalMs = 0;
        o.limitSeconds = 1;
        ProbeService service(o, m_db->connection());
        QVERIFY(service.prepare());
        Fetcher fetcher(service.context().fetch);
        const auto outcome = [&fetcher](const QString& url) {
            return fetcher.fetch(QUrl(url));
        };
        QCOMPARE(outcome(QStringLiteral("http://nowhere.invalid/")).outcome, ProbeOutcome::Dns);
        const quint16 closed = freePort();
        QCOMPARE(outcome(QStringLiteral("http://127.0.0.1:%1/").arg(closed)).outcome, ProbeOutcome::Connect);
        // HTTPS to a plain HTTP port.
        QCOMPARE(outcome(QStringLiteral("https://%1:%2/").arg(host(QStringLiteral("good"))).arg(m_http)).outcome,
            ProbeOutcome::Tls);
        // The TLS host's certificate does not name another host.
        QCOMPARE(outcome(QStringLiteral("https://%1:%2/").arg(host(QStringLiteral("good"))).arg(m_https)).outcome,
            ProbeOutcome::Tls);
        m_server.setDelay(host(QStringLiteral("slow")), 2500);
        const FetchResult slow
            = outcome(QStringLiteral("http://%1:%2/").arg(host(QStringLiteral("slow"))).arg(m_server.port()));
        m_server.setDelay(host(QStringLiteral("slow")), 0);
        QCOMPARE(slow.outcome, ProbeOutcome::Timeout);
        const FetchResult missing
            = outcome(QStringLiteral("http://%1:%2/nothing.html").arg(host(QStringLiteral("good"))).arg(m_http));
        QCOMPARE(missing.outcome, ProbeOutcome::HttpStatus);
        QCOMPARE(missing.status, 404);
        const FetchResult good = outcome(QStringLiteral("http://%1:%2/").arg(host(QStringLiteral("good"))).arg(m_http));
        QCOMPARE(good.outcome, ProbeOutcome::Ok);
        QCOMPARE(good.status, 200);
        QVERIFY(good.bytes > 0);
        QCOMPARE(good.sha256.size(), 64);
        const FetchResult tls = outcome(QStringLiteral("https://%1:%2/").arg(host(QStringLiteral("tls"))).arg(m_https));
        QVERIFY2(tls.outcome == ProbeOutcome::Ok, qPrintable(tls.detail));
    }

    // The probe says who it is; a site that answers 403 to unknown User-Agents lets it in, and refuses
    // an anonymous one, which the daily check reports.
    void identifyingUserAgent()
    {
        ProbeOptions o = options();
        ProbeService service(o, m_db->connection());
        QVERIFY(service.prepare());
        QVERIFY(
            service.context().fetch.userAgent.startsWith(QStringLiteral("Mozilla/5.0 (compatible; SiteGov-Probe/")));
        Fetcher fetcher(service.context().fetch);
        AvailabilityProber prober(fetcher, service.context());
        m_server.clearHits();
        QCOMPARE(prober.probe(target(QStringLiteral("slow")), m_now).outcome, ProbeOutcome::Ok);
        const auto hits = m_server.hits(host(QStringLiteral("slow")));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constLast().userAgent, service.context().fetch.userAgent);
        QCOMPARE(prober.probe(target(QStringLiteral("ua403")), m_now).outcome, ProbeOutcome::Ok);

        o.userAgent = QStringLiteral("SiteGov-Probe/test");
        ProbeService anonymous(o, m_db->connection());
        QVERIFY(anonymous.prepare());
        Fetcher plain(anonymous.context().fetch);
        const AvailabilityRecord refused
            = AvailabilityProber(plain, anonymous.context()).probe(target(QStringLiteral("ua403")), m_now);
        QCOMPARE(refused.outcome, ProbeOutcome::HttpStatus);
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.firstOutcome, std::optional(ProbeOutcome::HttpStatus));
    }

    // At most one request a second to a host, whichever worker sends it.
    void politeToEachHost()
    {
        HostGate gate(1000);
        FetchSettings settings;
        settings.resolve = *ResolveMap::parse(m_resolve);
        settings.userAgent = QStringLiteral("Mozilla/5.0 (compatible; SiteGov-Probe/test)");
        settings.gate = &gate;
        m_server.clearHits();
        const QUrl url(QStringLiteral("http://%1:%2/").arg(host(QStringLiteral("slow"))).arg(m_server.port()));
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([&settings, url] {
                Fetcher f(settings);
                f.fetch(url);
            });
        }
        for (auto& t : threads)
            t.join();
        const auto hits = m_server.hits(host(QStringLiteral("slow")));
        QCOMPARE(hits.size(), 3);
        QList<std::chrono::steady_clock::time_point> at;
        for (const auto& h : hits)
            at << h.at;
        std::sort(at.begin(), at.end());
        for (int i = 1; i < at.size(); ++i) {
            const auto gap = std::chrono::duration_cast<std::chrono::milliseconds>(at.at(i) - at.at(i - 1)).count();
            QVERIFY2(gap >= 900, qPrintable(QStringLiteral("requests %1 ms apart").arg(gap)));
        }
    }

    // A round of every check on every site: each site's findings, exactly.
    void dailyChecks()
    {
        ProbeService service(options(), m_db->connection());
        QVERIFY(service.prepare());
        const auto round = service.runRound(true);
        QVERIFY2(round, qPrintable(round.error().fullText()));
        QCOMPARE(round->sites, 10);
        QCOMPARE(round->checks, 10);
        QCOMPARE(round->robots, 1); // the robots site's homepage is not fetched
        QCOMPARE(round->probes, 9);
        QCOMPARE(round->failures, 0);

        const QString none = QStringLiteral("https_unavailable");
        QCOMPARE(openFindings(QStringLiteral("good")), QStringList{none});
        QCOMPARE(openFindings(QStringLiteral("fail6")), QStringList{none});
        QCOMPARE(openFindings(QStringLiteral("ua403")), QStringList{none});
        QCOMPARE(openFindings(QStringLiteral("robots")), (QStringList{none, QStringLiteral("robots_blocked")}));
        QCOMPARE(openFindings(QStringLiteral("tls")), QStringList{QStringLiteral("tls_expiring 14")});
        QCOMPARE(openFindings(QStringLiteral("nofooter")),
            (QStringList{QStringLiteral("conac_missing"), QStringLiteral("error_entry_missing"), none,
                QStringLiteral("psb_missing"), QStringLiteral("site_code_mismatch")}));
        const QString l = QStringLiteral("http://%1:%2").arg(host(QStringLiteral("links"))).arg(m_http);
        const QString other
            = QStringLiteral("http://%1:%2/missing.html").arg(host(QStringLiteral("other"))).arg(m_http);
        QCOMPARE(openFindings(QStringLiteral("links")),
            (QStringList{QStringLiteral("dead_link ") + l + QStringLiteral("/gone.html"),
                QStringLiteral("dead_link ") + l + QStringLiteral("/removed"), none,
                QStringLiteral("suspected_link ") + l + QStringLiteral("/broken"),
                QStringLiteral("suspected_link ") + other}));
        const auto c = [this](const QString& name) {
            return QString::number(m_columns.value(name));
        };
        QStringList staleSite{QStringLiteral("column_blank ") + c(QStringLiteral("空白栏目")),
            QStringLiteral("column_stale ") + c(QStringLiteral("工作动态")),
            QStringLiteral("column_stale ") + c(QStringLiteral("新闻动态")),
            QStringLiteral("column_stale ") + c(QStringLiteral("无日期栏目")),
            QStringLiteral("column_stale ") + c(QStringLiteral("通知公告")), QStringLiteral("homepage_stale"), none};
        staleSite.sort();
        QCOMPARE(openFindings(QStringLiteral("stale")), staleSite);

        // The evidence of a finding: the page, its status, size, hash and the text the verdict rests on.
        ProbeQueries queries(m_db->connection());
        const auto findings = queries.findings(m_sites.value(QStringLiteral("nofooter")), true);
        bool mismatch = false;
        for (const FindingView& f : *findings) {
            if (f.kind != FindingKind::SiteCodeMismatch)
                continue;
            mismatch = true;
            QCOMPARE(f.expected, m_codes.value(QStringLiteral("nofooter")));
            QVERIFY2(f.found.contains(QStringLiteral("3500009999")), qPrintable(f.found));
            QVERIFY(f.evidence);
            QCOMPARE(f.evidence->httpStatus, 200);
            QCOMPARE(f.evidence->sha256.size(), 64);
            QVERIFY(f.evidence->bytes > 0);
            QVERIFY(f.evidence->at.isValid());
        }
        QVERIFY(mismatch);
        const auto stale = queries.siteState(m_sites.value(QStringLiteral("stale")));
        QVERIFY(stale && *stale);
        QCOMPARE((*stale)->homepageNewest, m_today.addDays(-20));
        QVERIFY((*stale)->homepage);
        QVERIFY2((*stale)->homepage->matched.contains(day(20)), qPrintable((*stale)->homepage->matched));
        // The "today is" line of the header is not the homepage's newest date.
        QCOMPARE((*queries.siteState(m_sites.value(QStringLiteral("good"))))->homepageNewest, m_today.addDays(-2));
        // Columns: states, items, newest dates.
        QHash<QString, ProbeColumn> columns;
        const auto staleColumns = queries.columns(m_sites.value(QStringLiteral("stale")));
        QVERIFY(staleColumns);
        for (const ProbeColumn& col : *staleColumns)
            columns.insert(col.name, col);
        QCOMPARE(columns.value(QStringLiteral("新闻动态")).state, ColumnState::Stale);
        QCOMPARE(columns.value(QStringLiteral("新闻动态")).items, 2);
        QCOMPARE(columns.value(QStringLiteral("新闻动态")).newestOn, m_today.addDays(-30));
        QCOMPARE(columns.value(QStringLiteral("通知公告")).state, ColumnState::Stale);
        QCOMPARE(columns.value(QStringLiteral("规划计划")).state, ColumnState::Fresh);
        QCOMPARE(columns.value(QStringLiteral("空白栏目")).state, ColumnState::Blank);
        QCOMPARE(columns.value(QStringLiteral("空白栏目")).items, 0);
        QCOMPARE(columns.value(QStringLiteral("无日期栏目")).state, ColumnState::Stale);
        QCOMPARE(columns.value(QStringLiteral("无日期栏目")).items, 2);
        QVERIFY(!columns.value(QStringLiteral("无日期栏目")).newestOn.isValid());
        QCOMPARE(columns.value(QStringLiteral("工作动态")).items, 1);
        QCOMPARE(columns.value(QStringLiteral("工作动态")).newestOn, m_today.addDays(-40));
        QCOMPARE(columns.value(QStringLiteral("公示公告")).state, ColumnState::Fresh);
        QCOMPARE(columns.value(QStringLiteral("公示公告")).items, 2);
        QCOMPARE(columns.value(QStringLiteral("公示公告")).newestOn, m_today.addDays(-3));

        // The TLS certificate: 10 days left, the 14-day warning.
        const auto tls = queries.findings(m_sites.value(QStringLiteral("tls")), true);
        QCOMPARE(tls->size(), 1);
        QVERIFY2(tls->constFirst().found.startsWith(QStringLiteral("10 days")), qPrintable(tls->constFirst().found));

        // The veto-risk list: the stale site (homepage and columns) over an early-warning line.
        const auto risk = queries.vetoRisk(m_actor, m_today);
        QVERIFY(risk);
        QCOMPARE(risk->size(), 1);
        QCOMPARE(risk->constFirst().siteId, m_sites.value(QStringLiteral("stale")));
        QCOMPARE(risk->constFirst().homepage, std::optional(FindingKind::HomepageStale));
        QCOMPARE(risk->constFirst().staleColumns, 4);
        QCOMPARE(risk->constFirst().blankColumns, 1);
        QCOMPARE(risk->constFirst().columns, Verdict::Warning);
        QCOMPARE(risk->constFirst().worst(), Verdict::Veto);

        // What the inspection form pre-fills for the stale site today.
        const auto measured = queries.measured(m_sites.value(QStringLiteral("stale")), m_today);
        QVERIFY(measured);
        QHash<QString, ItemResult> items;
        for (const MeasuredItem& m : *measured)
            items.insert(m.key, m.result);
        QCOMPARE(items.size(), 7);
        QCOMPARE(items.value(QStringLiteral("homepage_reachable")), ItemResult::Pass);
        QCOMPARE(items.value(QStringLiteral("homepage_updated")), ItemResult::Fail);
        QCOMPARE(items.value(QStringLiteral("columns_fresh")), ItemResult::Fail);
        QCOMPARE(items.value(QStringLiteral("no_blank_columns")), ItemResult::Fail);
        QCOMPARE(items.value(QStringLiteral("error_entry")), ItemResult::Pass);
        QCOMPARE(items.value(QStringLiteral("identifiers_shown")), ItemResult::Pass);
        QCOMPARE(items.value(QStringLiteral("no_dead_links")), ItemResult::Pass);
    }

    // The next day: links that failed again are dead, the others' findings are resolved; a site
    // whose robots.txt is ignored on the office's word is probed.
    void nextDay()
    {
        OfficeClock::setNowForTests(m_now.addDays(1));
        ProbeSiteSettings robots;
        robots.siteId = m_sites.value(QStringLiteral("robots"));
        robots.ignoreRobots = true;
        QVERIFY(ProbeSettingsService(m_db->connection()).saveSettings(m_actor, robots));
        // The off-site page appears.
        write(m_dir.filePath(QStringLiteral("www/other/missing.html")), QStringLiteral("<p>here now</p>"));
        ProbeOptions o = options();
        ProbeService service(o, m_db->connection());
        QVERIFY(service.prepare());
        const auto round = service.runRound(true);
        OfficeClock::setNowForTests(m_now);
        QVERIFY(round);
        QCOMPARE(round->robots, 0);
        QCOMPARE(round->probes, 11); // the robots site, and the one whose maintenance is over
        const QString l = QStringLiteral("http://%1:%2").arg(host(QStringLiteral("links"))).arg(m_http);
        QCOMPARE(openFindings(QStringLiteral("links")),
            (QStringList{QStringLiteral("dead_link ") + l + QStringLiteral("/broken"),
                QStringLiteral("dead_link ") + l + QStringLiteral("/gone.html"),
                QStringLiteral("dead_link ") + l + QStringLiteral("/removed"), QStringLiteral("https_unavailable")}));
        QCOMPARE(openFindings(QStringLiteral("robots")), QStringList{QStringLiteral("https_unavailable")});
        // Findings seen twice say so.
        const auto findings = ProbeQueries(m_db->connection()).findings(m_sites.value(QStringLiteral("links")), true);
        for (const FindingView& f : *findings) {
            if (f.subject.endsWith(QLatin1String("/gone.html")))
                QCOMPARE(f.timesSeen, 2);
        }
        // The suspected links' findings are kept, resolved.
        const auto all = ProbeQueries(m_db->connection()).findings(m_sites.value(QStringLiteral("links")), false);
        int resolved = 0;
        for (const FindingView& f : *all)
            resolved += f.isOpen() ? 0 : 1;
        QCOMPARE(resolved, 2);
    }

    // sitegovctl probe run and probe report, in process.
    void commandLine()
    {
        QString out;
        QString err;
        QString in;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&in);
        CliIo io{o, e, i};
        Cli cli;
        QStringList args{QStringLiteral("sitegovctl"), QStringLiteral("probe"), QStringLiteral("run"),
            QStringLiteral("--site"), m_codes.value(QStringLiteral("nofooter")), QStringLiteral("--database"),
            m_db->path(), QStringLiteral("--host-interval-ms"), QStringLiteral("0"), QStringLiteral("--retry-delay-ms"),
            QStringLiteral("0")};
        for (const QString& r : m_resolve)
            args << QStringLiteral("--resolve") << r;
        QCOMPARE(cli.run(args, io), 0);
        QVERIFY2(out.contains(QStringLiteral("Open findings: 5")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Identifier code differs from the registry")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("3500009999")), qPrintable(out));

        out.clear();
        const IsoWeek week = IsoWeek::of(m_today).previous();
        const QString csv = m_dir.filePath(QStringLiteral("week.csv"));
        QCOMPARE(cli.run({QStringLiteral("sitegovctl"), QStringLiteral("probe"), QStringLiteral("report"),
                             QStringLiteral("--week"), week.key(), QStringLiteral("--database"), m_db->path(),
                             QStringLiteral("--output"), csv},
                     io),
            0);
        const auto table = TableReader::read(csv);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 11); // the running sites (the one under maintenance too) and none closed
        bool vetoed = false;
        for (const TableRow& r : table->rows) {
            if (r.cells.value(0) == m_codes.value(QStringLiteral("fail6"))) {
                vetoed = true;
                QCOMPARE(r.cells.mid(3, 6),
                    (QStringList{QStringLiteral("350"), QStringLiteral("21"), QStringLiteral("6.00%"),
                        QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("veto")}));
            }
        }
        QVERIFY(vetoed);
    }

    // Raw rows older than 400 days go; the daily counts stay.
    void retention()
    {
        ProbeStore store(m_db->connection());
        const IsoWeek week = IsoWeek::of(m_today).previous();
        const auto purged = store.purge(OfficeClock::startOfDay(week.sunday().addDays(1)));
        QVERIFY(purged);
        QVERIFY(*purged >= 700);
        const auto rows = ProbeQueries(m_db->connection()).week(week);
        for (const ProbeWeekRow& r : *rows) {
            if (r.code == m_codes.value(QStringLiteral("fail6")))
                QCOMPARE(r.week.failures, 21);
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe_availability WHERE day <= '%1'")
                           .arg(week.sunday().toString(Qt::ISODate))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // Sites that redirect, lie about their pages, break their encoding or attack the client: every
    // probe ends within its limit with its failure classified, reads no more than its bound, and a
    // page that can be read is read.
    void hostileSites()
    {
        const quint16 port = m_server.port();
        const QStringList hosts{QStringLiteral("redirect"), QStringLiteral("loop"), QStringLiteral("lying"),
            QStringLiteral("broken"), QStringLiteral("endless"), QStringLiteral("trickle"), QStringLiteral("bomb"),
            QStringLiteral("short"), QStringLiteral("deep"), QStringLiteral("nested"), QStringLiteral("garbage")};
        // Something that is no web server at all, on a port of its own.
        Poco::Net::ServerSocket garbage(Poco::Net::SocketAddress("127.0.0.1", 0));
        std::atomic_bool stop{false};
        struct Joined
        {
            std::thread thread;
            std::atomic_bool& stop;
            ~Joined()
            {
                stop = true;
                thread.join();
            }
        };
        Joined garbageThread{std::thread([&garbage, &stop] {
                                 while (!stop) {
                                     try {
                                         if (!garbage.poll(Poco::Timespan(0, 100000), Poco::Net::Socket::SELECT_READ))
                                             continue;
                                         Poco::Net::StreamSocket c = garbage.acceptConnection();
                                         c.sendBytes("SSH-2.0-OpenSSH_9.2\r\n\r\n", 23);
                                         c.shutdown();
                                     } catch (const Poco::Exception&) { }
                                 }
                             }),
            stop};
        for (const QString& h : hosts) {
            m_resolve << QStringLiteral("%1:%2:127.0.0.1").arg(host(h)).arg(port)
                      << QStringLiteral("%1:%2:127.0.0.1").arg(host(h)).arg(garbage.address().port())
                      << QStringLiteral("%1:443:127.0.0.2").arg(host(h));
        }
        const QString dated = page(QStringLiteral("跳转"),
            list({item(QStringLiteral("/a.html"), QStringLiteral("关于做好冬季防火工作的通知"),
                QLocale::c().toString(m_today.addDays(-3), QStringLiteral("yyyy年M月d日")))}),
            footer(QStringLiteral("3500000001")));
        using Request = Poco::Net::HTTPServerRequest;
        using Response = Poco::Net::HTTPServerResponse;
        const auto send = [](Response& r, const QByteArray& body, const std::string& type) {
            r.setContentType(type);
            r.setContentLength(body.size());
            r.send().write(body.constData(), body.size());
        };
        // Two redirects, then the page.
        m_server.setBehaviour(host(QStringLiteral("redirect")), [dated, send](Request& q, Response& r) {
            if (q.getURI() == "/") {
                r.redirect("/home/", Poco::Net::HTTPResponse::HTTP_FOUND);
            } else if (q.getURI() == "/home/") {
                r.redirect("/home/index.html", Poco::Net::HTTPResponse::HTTP_MOVED_PERMANENTLY);
            } else {
                send(r, dated.toUtf8(), "text/html; charset=utf-8");
            }
        });
        // Redirects to itself for ever.
        m_server.setBehaviour(host(QStringLiteral("loop")),
            [](Request& q, Response& r) { r.redirect(q.getURI(), Poco::Net::HTTPResponse::HTTP_FOUND); });
        // Says UTF-8, sends GBK.
        auto gbk = QStringEncoder("GB18030");
        const QByteArray lyingBody = gbk(dated);
        m_server.setBehaviour(host(QStringLiteral("lying")),
            [lyingBody, send](Request&, Response& r) { send(r, lyingBody, "text/html; charset=utf-8"); });
        // UTF-8 with stray bytes in the middle of the text.
        QByteArray broken = dated.toUtf8();
        broken.insert(broken.indexOf("<div class=\"main\">"), QByteArray("\xff\xfe\xc3\x28\xa0\xa1", 6));
        m_server.setBehaviour(host(QStringLiteral("broken")),
            [broken, send](Request&, Response& r) { send(r, broken, "text/html; charset=utf-8"); });
        // An answer that never ends.
        m_server.setBehaviour(host(QStringLiteral("endless")), [](Request&, Response& r) {
            r.setContentType("text/html");
            r.setChunkedTransferEncoding(true);
            std::ostream& out = r.send();
            const std::string chunk(64 * 1024, 'x');
            for (int i = 0; i < 100000 && out.good(); ++i)
                out << chunk;
        });
        // Headers at once, then a byte now and then: the limit counts the whole answer.
        m_server.setBehaviour(host(QStringLiteral("trickle")), [](Request&, Response& r) {
            r.setContentType("text/html");
            r.setContentLength(100000);
            std::ostream& out = r.send();
            for (int i = 0; i < 100 && out.good(); ++i) {
                out << 'x' << std::flush;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        // 100 MB of zeros in a gzip of about 100 KB.
        std::ostringstream zipped;
        {
            Poco::DeflatingOutputStream z(zipped, Poco::DeflatingStreamBuf::STREAM_GZIP, 9);
            const std::string zeros(1024 * 1024, '\0');
            for (int i = 0; i < 100; ++i)
                z << zeros;
            z.close();
        }
        const std::string bomb = zipped.str();
        m_server.setBehaviour(host(QStringLiteral("bomb")), [bomb](Request&, Response& r) {
            r.setContentType("text/html");
            r.set("Content-Encoding", "gzip");
            r.setContentLength(std::streamsize(bomb.size()));
            r.send().write(bomb.data(), std::streamsize(bomb.size()));
        });
        // Promises 100,000 bytes, sends 12 and hangs up.
        m_server.setBehaviour(host(QStringLiteral("short")), [](Request&, Response& r) {
            r.setContentType("text/html");
            r.setContentLength(100000);
            r.send() << "<p>short</p>" << std::flush;
        });
        // 100,000 nested elements around the dated list.
        QByteArray nested = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            nested += "<div>";
        nested += dated.toUtf8();
        // 200 levels, as deep as table layouts go: read.
        QByteArray deep = "<html><body>";
        for (int i = 0; i < 200; ++i)
            deep += "<div>";
        deep += dated.toUtf8();
        m_server.setBehaviour(host(QStringLiteral("deep")),
            [deep, send](Request&, Response& r) { send(r, deep, "text/html; charset=utf-8"); });
        m_server.setBehaviour(host(QStringLiteral("nested")),
            [nested, send](Request&, Response& r) { send(r, nested, "text/html; charset=utf-8"); });

        ProbeOptions o = options();
        o.hostIntervalMs = 0;
        o.limitSeconds = 3;
        ProbeService service(o, m_db->connection());
        QVERIFY(service.prepare());
        Fetcher fetcher(service.context().fetch);
        const auto url = [&](const QString& h, quint16 p = 0) {
            return QUrl(QStringLiteral("http://%1:%2/").arg(host(h)).arg(p ? p : port));
        };
        const auto fetch = [&](const QString& h) {
            return fetcher.fetch(url(h));
        };

        const FetchResult redirected = fetch(QStringLiteral("redirect"));
        QCOMPARE(redirected.outcome, ProbeOutcome::Ok);
        QCOMPARE(redirected.finalUrl.path(), QStringLiteral("/home/index.html"));
        const FetchResult loop = fetch(QStringLiteral("loop"));
        QCOMPARE(loop.outcome, ProbeOutcome::HttpStatus);
        QCOMPARE(loop.status, 302);
        QCOMPARE(loop.detail, QStringLiteral("more than 5 redirects"));
        QCOMPARE(m_server.hits(host(QStringLiteral("loop"))).size(), 6);

        const FetchResult endless = fetch(QStringLiteral("endless"));
        QCOMPARE(endless.outcome, ProbeOutcome::Ok);
        QVERIFY(endless.truncated);
        QCOMPARE(endless.bytes, service.context().fetch.maxBodyBytes);
        const FetchResult bombed = fetch(QStringLiteral("bomb"));
        QCOMPARE(bombed.outcome, ProbeOutcome::Ok);
        QVERIFY(bombed.truncated);
        QCOMPARE(bombed.bytes, service.context().fetch.maxBodyBytes);
        QCOMPARE(bombed.body.size(), service.context().fetch.maxBodyBytes);

        const FetchResult trickle = fetch(QStringLiteral("trickle"));
        QCOMPARE(trickle.outcome, ProbeOutcome::Timeout);
        const FetchResult cut = fetch(QStringLiteral("short"));
        QCOMPARE(cut.outcome, ProbeOutcome::Connect);
        QCOMPARE(cut.bytes, 12);
        QVERIFY2(cut.detail.contains(QStringLiteral("12 of 100000")), qPrintable(cut.detail));
        const FetchResult notHttp = fetcher.fetch(url(QStringLiteral("garbage"), garbage.address().port()));
        QCOMPARE(notHttp.outcome, ProbeOutcome::HttpStatus);
        QCOMPARE(notHttp.status, 0);

        // The pages that can be read are read: the homepage's date through the redirects, the lie, the
        // broken bytes and the nesting, with the foot of the page.
        SiteChecker checker(fetcher, service.context());
        for (const QString& h :
            {QStringLiteral("redirect"), QStringLiteral("lying"), QStringLiteral("broken"), QStringLiteral("deep")}) {
            ProbeTarget t;
            t.code = QStringLiteral("3500000001");
            t.name = h;
            t.url = url(h).toString();
            t.domain = host(h);
            t.icpFiling = QStringLiteral("闽ICP备05012345号");
            t.psbFiling = QStringLiteral("闽公网安备35010202000123号");
            const SiteCheckRecord c = checker.check(t, m_now, m_today, {});
            QVERIFY2(
                c.homepageNewest == m_today.addDays(-3), qPrintable(h + u' ' + c.homepageNewest.toString(Qt::ISODate)));
            QStringList kinds;
            for (const FindingObservation& f : c.findings)
                kinds << ProbeVocabulary::key(f.kind);
            QCOMPARE(kinds, QStringList{QStringLiteral("https_unavailable")});
        }
        ProbeTarget t;
        t.code = QStringLiteral("3500000001");
        t.url = url(QStringLiteral("nested")).toString();
        t.domain = host(QStringLiteral("nested"));
        const SiteCheckRecord c = checker.check(t, m_now, m_today, {});
        QStringList kinds;
        for (const FindingObservation& f : c.findings)
            kinds << ProbeVocabulary::key(f.kind);
        // Beyond the HTML parser's bound of 256 levels the page is not read (libxml2's limit keeps
        // the reading's stack bounded): the check ends, and says what it could not find.
        QCOMPARE(kinds,
            (QStringList{QStringLiteral("homepage_undated"), QStringLiteral("error_entry_missing"),
                QStringLiteral("site_code_missing"), QStringLiteral("icp_missing"), QStringLiteral("psb_missing"),
                QStringLiteral("conac_missing"), QStringLiteral("https_unavailable")}));
    }
};

QTEST_GUILESS_MAIN(TestProbeFixture)
#include "TestProbeFixture.moc"
