#include "core/OfficeClock.h"
#include "db/Query.h"
#include "demo/DemoBuilder.h"
#include "storage/PolicyService.h"
#include "storage/ProbeStore.h"

#include <QRandomGenerator>

namespace sitegov {

namespace {

struct Item
{
    const char16_t* title;
    const char16_t* issuer;
    int daysAgo;
    int hour;
    bool closed;
};

// Key policy items of the State Council and the provincial government, oldest first.
const Item kItems[] = {
    {u"国务院办公厅关于进一步优化政务服务提升行政效能的意见", u"国务院办公厅", 40, 10, true},
    {u"国务院关于印发《深化农村改革重点任务分工方案》的通知", u"国务院", 9, 16, false},
    {u"福建省人民政府关于加快推进数字政府建设的实施意见", u"福建省人民政府", 4, 9, false},
    {u"福建省人民政府办公厅关于做好岁末年初安全生产工作的通知", u"福建省人民政府办公厅", 1, 11, false},
};

} // namespace

Status DemoBuilder::buildPolicies(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5a17e3c9u);
    const Session demo = Session::system(QStringLiteral("demo"));
    PolicyService service(db);
    // The portals' designated repost columns: the "政策文件" column the probe checks already.
    const auto columns = db::Query(db,
        QStringLiteral("SELECT c.id FROM probe_columns c JOIN sites s ON s.id = c.site_id JOIN organisations o ON "
                       "o.id = s.host_org_id WHERE c.active = 1 AND c.name = '政策文件' AND ")
            + PolicyService::obligedCondition() + QStringLiteral(" ORDER BY c.id"))
                             .column<qint64>(tr("The demo's columns could not be read."));
    if (!columns)
        return columns.error();
    for (const qint64 id : *columns) {
        if (const Status s = service.designateColumn(demo, id); !s)
            return s;
    }
    struct Portal
    {
        qint64 id;
        QString code;
        QString division;
        qint64 column;
        QString columnUrl;
    };
    const auto portals = db::Query(db,
        QStringLiteral("SELECT s.id, s.code, o.division_code, coalesce(c.id, 0), coalesce(c.url, '') FROM sites s JOIN "
                       "organisations o ON o.id = s.host_org_id LEFT JOIN probe_columns c ON c.site_id = s.id AND "
                       "c.repost = 1 AND c.active = 1 WHERE ")
            + PolicyService::obligedCondition() + QStringLiteral(" ORDER BY s.id"))
                             .rows(tr("The demo's portals could not be read."), [](const QSqlQuery& q) {
                                 return Portal{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toLongLong(), q.value(4).toString()};
                             });
    if (!portals)
        return portals.error();
    const QDateTime now = OfficeClock::now();
    const QDateTime officeNow(now.date(), now.time());
    ProbeStore store(db);
    int n = 0;
    for (const Item& it : kItems) {
        ++n;
        const QDateTime published(today.addDays(-it.daysAgo), QTime(it.hour, 0));
        if (published.secsTo(officeNow) < 3600)
            continue;
        const QString title = QString::fromUtf16(it.title);
        const auto id = service.add(demo,
            PolicyItemInput{title, QString::fromUtf16(it.issuer),
                QStringLiteral("https://www.gov.cn/zhengce/content/%1/content_%2.htm")
                    .arg(published.toString(QStringLiteral("yyyyMM")))
                    .arg(7000000 + n * 1373),
                published},
            n % 2 == 0 ? QStringLiteral("import") : QStringLiteral("manual"));
        if (!id)
            return id.error();
        for (const Portal& p : *portals) {
            // Most portals repost within a few hours, some late; the newest items still miss a few,
            // 晋江 (the demo's county inspector) among them for the newest two.
            const int roll = int(rng.bounded(100));
            const bool newest = it.daysAgo <= 4;
            if ((newest && p.division == u"350582") || (newest && roll < (it.daysAgo <= 1 ? 35 : 12)))
                continue;
            const int minutes = roll < 75 ? 20 + int(rng.bounded(7 * 60)) : 9 * 60 + int(rng.bounded(30 * 60));
            const QDateTime found = published.addSecs(qint64(minutes) * 60);
            // The fetch's measures are drawn first, so that the numbers that follow do not depend on
            // the time of day the demo is built.
            const int latency = 120 + int(rng.bounded(200));
            const qint64 bytes = 30000 + rng.bounded(20000);
            if (found >= officeNow)
                continue;
            if (p.column != 0 && roll % 4 != 0) {
                // Found by the probe in the designated column, with the line it matched.
                SiteCheckRecord check;
                check.siteId = p.id;
                check.at = QDateTime(found.date(), found.time(), OfficeClock::zone()).toUTC();
                check.repostsOnly = true;
                FetchRecord f;
                f.purpose = FetchRecord::Purpose::Column;
                f.at = check.at;
                f.url = p.columnUrl;
                f.httpStatus = 200;
                f.latencyMs = latency;
                f.bytes = bytes;
                f.matched = QStringLiteral("%1 %2").arg(title, found.date().toString(Qt::ISODate));
                check.fetches.append(f);
                RepostObservation o;
                o.itemId = *id;
                o.columnId = p.column;
                o.publishedAt = published;
                o.url = p.columnUrl
                    + QStringLiteral("t%1_%2.html").arg(found.toString(QStringLiteral("yyyyMMdd"))).arg(*id);
                o.matched = f.matched;
                o.fetch = 0;
                check.reposts.append(o);
                if (const Status s = store.recordSiteCheck(check); !s)
                    return s;
            } else {
                const Status s = service.recordRepost(demo, *id, p.code,
                    QStringLiteral("https://%1.example.gov.cn/zwgk/zyzc/t%2_%3.html")
                        .arg(p.code, found.toString(QStringLiteral("yyyyMMdd")))
                        .arg(*id),
                    found);
                if (!s)
                    return s;
            }
        }
        if (it.closed) {
            if (const Status s = service.close(demo, *id); !s)
                return s;
        }
    }
    return {};
}

} // namespace sitegov
