// The demo's probe results: what sitegov-probe would have measured on the running sites over the
// last week, written through ProbeStore as the service writes them, so that the site hub's probe
// section and the dashboard's veto-risk card have something to show (docs/design/probe.md). Nothing is
// measured on the demo's last day itself, so that its inspections start from empty forms.
#include "core/OfficeClock.h"
#include "db/Query.h"
#include "demo/DemoBuilder.h"
#include "storage/ProbeSettingsService.h"
#include "storage/ProbeStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sitegov {

namespace {

QString hashOf(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

Status DemoBuilder::buildProbe(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x9b0bu);
    const Session actor = Session::system(QStringLiteral("demo"));
    struct Target
    {
        qint64 id;
        QString code;
        QString url;
        QString kind;
    };
    const auto targets = db::Query(db,
        QStringLiteral("SELECT id, code, url, kind FROM sites WHERE status IN ('operating', 'migrating') ORDER BY id"))
                             .rows(tr("The demo sites could not be read."), [](const QSqlQuery& q) {
                                 return Target{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString()};
                             });
    if (!targets)
        return targets.error();
    if (targets->isEmpty())
        return {};

    // Availability: every running site hourly over the 8 days before today; a few sites fail
    // often enough for the early warning (4%) and one for the veto line (6%); now and then a blip.
    const int sites = int(targets->size());
    const int vetoed = 3 % sites;
    const QList<int> warned{(7 % sites), (11 % sites)};
    QList<AvailabilityRecord> probes;
    for (int i = 0; i < sites; ++i) {
        const Target& t = targets->at(i);
        const int failEvery = i == vetoed ? 16 : warned.contains(i) ? 25 : 0;
        int n = 0;
        for (int d = 8; d >= 1; --d) {
            const QDate day = today.addDays(-d);
            const int hours = 24;
            for (int h = 0; h < hours; ++h, ++n) {
                AvailabilityRecord r;
                r.siteId = t.id;
                r.at = OfficeClock::startOfDay(day).addSecs(h * 3600 + int(qHash(t.code) % 3000u));
                r.url = t.url;
                r.latencyMs = 80 + int(rng.bounded(400));
                r.bytes = 60000 + rng.bounded(40000);
                r.sha256 = hashOf(t.code + day.toString(Qt::ISODate));
                r.httpStatus = 200;
                if (failEvery > 0 && n % failEvery == 3) {
                    r.firstOutcome = ProbeOutcome::Timeout;
                    r.firstLatencyMs = 15000;
                    r.outcome = ProbeOutcome::Timeout;
                    r.httpStatus = 0;
                    r.latencyMs = 15000;
                    r.bytes = 0;
                    r.sha256.clear();
                    r.detail = QStringLiteral("first try: timeout no whole answer within 15 s; retry: timeout");
                } else if (rng.bounded(200) == 0) {
                    r.firstOutcome = ProbeOutcome::Connect;
                    r.firstLatencyMs = 3;
                    r.detail = QStringLiteral("first try: connect Connection refused");
                }
                probes.append(r);
            }
        }
    }
    ProbeStore store(db);
    if (const Status s = store.recordAvailability(probes); !s)
        return s;

    // The daily checks of the portals, two days ago: their columns and what the check found.
    ProbeSettingsService settings(db);
    const QDateTime checked = OfficeClock::startOfDay(today.addDays(-2)).addSecs(2 * 3600 + 15 * 60);
    int portal = 0;
    for (const Target& t : *targets) {
        if (t.kind != u"portal")
            continue;
        const int which = portal++;
        if (which >= 12)
            break;
        const QString base = t.url.endsWith(u'/') ? t.url : t.url + u'/';
        struct Col
        {
            const char* name;
            const char* path;
            ColumnKind kind;
        };
        const QList<Col> cols{{"要闻动态", "xwdt/", ColumnKind::News}, {"通知公告", "tzgg/", ColumnKind::Notice},
            {"政策文件", "zcwj/", ColumnKind::Notice}, {"部门动态", "bmdt/", ColumnKind::News},
            {"规划计划", "ghjh/", ColumnKind::Other}};
        SiteCheckRecord check;
        check.siteId = t.id;
        check.at = checked;
        const QString home = QStringLiteral("%1 homepage").arg(t.code);
        FetchRecord page;
        page.purpose = FetchRecord::Purpose::Home;
        page.at = checked;
        page.url = t.url;
        page.httpStatus = 200;
        page.latencyMs = 180 + int(rng.bounded(300));
        page.bytes = 80000 + rng.bounded(30000);
        page.sha256 = hashOf(home);
        const int homeAge = which == 2 ? 11 : which == 5 ? 16 : 1 + int(rng.bounded(3));
        check.homepageNewest = today.addDays(-homeAge);
        page.matched
            = QStringLiteral("[%1] 关于做好近期重点工作的通知").arg(check.homepageNewest.toString(Qt::ISODate));
        check.fetches.append(page);
        check.homepageFetch = 0;
        check.linksChecked = 120 + int(rng.bounded(80));
        check.covered = {FindingKind::HomepageStale, FindingKind::HomepageAging, FindingKind::HomepageUndated,
            FindingKind::ColumnStale, FindingKind::ColumnBlank, FindingKind::ColumnUnreachable, FindingKind::DeadLink,
            FindingKind::SuspectedLink, FindingKind::ErrorEntryMissing, FindingKind::SiteCodeMismatch};
        if (homeAge > 14)
            check.findings.append({FindingKind::HomepageStale, {}, page.matched, {}, 0});
        else if (homeAge >= 10)
            check.findings.append({FindingKind::HomepageAging, {}, page.matched, {}, 0});
        for (int c = 0; c < cols.size(); ++c) {
            ProbeColumn col;
            col.siteId = t.id;
            col.name = QString::fromUtf8(cols.at(c).name);
            col.url = base + QLatin1String(cols.at(c).path);
            col.kind = cols.at(c).kind;
            const auto id = settings.addColumn(actor, col);
            if (!id)
                return id.error();
            FetchRecord f;
            f.purpose = FetchRecord::Purpose::Column;
            f.at = checked;
            f.url = col.url;
            f.httpStatus = 200;
            f.latencyMs = 150 + int(rng.bounded(250));
            f.bytes = 30000 + rng.bounded(20000);
            f.sha256 = hashOf(col.url);
            ColumnObservation o;
            o.columnId = *id;
            o.items = 20;
            // The fifth portal lets three columns go stale and one blank: the early warning.
            const bool stale = which == 4 && c < 3;
            const bool blank = which == 4 && c == 3;
            const int age = stale ? (col.kind == ColumnKind::News ? 25 : 200) : 1 + int(rng.bounded(6));
            o.newest = blank ? QDate() : today.addDays(-age);
            o.items = blank ? 0 : 20;
            o.state = blank ? ColumnState::Blank : stale ? ColumnState::Stale : ColumnState::Fresh;
            f.matched = blank ? QString() : QStringLiteral("%1 %2").arg(col.name, o.newest.toString(Qt::ISODate));
            check.fetches.append(f);
            o.fetch = int(check.fetches.size() - 1);
            check.columns.append(o);
            if (stale || blank) {
                check.findings.append({blank ? FindingKind::ColumnBlank : FindingKind::ColumnStale,
                    QString::number(*id), f.matched, {}, o.fetch});
            }
        }
        if (which == 1) {
            FetchRecord dead;
            dead.purpose = FetchRecord::Purpose::Link;
            dead.at = checked;
            dead.url = base + QStringLiteral("art/2025/3/12/art_1229_4711.html");
            dead.outcome = ProbeOutcome::HttpStatus;
            dead.httpStatus = 404;
            dead.latencyMs = 45;
            dead.bytes = 1160;
            dead.sha256 = hashOf(dead.url);
            dead.detail = QStringLiteral("Not Found");
            check.fetches.append(dead);
            check.findings.append(
                {FindingKind::DeadLink, dead.url, QStringLiteral("404 Not Found"), {}, int(check.fetches.size() - 1)});
            check.linksFailed = 1;
        }
        if (which == 3) {
            check.findings.append({FindingKind::ErrorEntryMissing, {}, {}, {}, 0});
            check.findings.append(
                {FindingKind::SiteCodeMismatch, {}, QStringLiteral("网站标识码：3500000099"), t.code, 0});
        }
        if (const Status s = store.recordSiteCheck(check); !s)
            return s;
    }
    return {};
}

} // namespace sitegov
