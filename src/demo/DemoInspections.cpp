// The demo's daily inspections (每日一巡查) and rectification items (整改): 90 days of caretakers'
// inspections with the gaps and failures real offices have, and rectification items in every state.

#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "storage/ChecklistService.h"
#include "storage/InspectionService.h"
#include "storage/PersonService.h"
#include "storage/RectificationService.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sitegov {

namespace {

// What an inspector writes when an item fails, per checklist item.
QString failureNote(const QString& key, QRandomGenerator& rng)
{
    static const QHash<QString, QStringList> notes{
        {QStringLiteral("homepage_reachable"),
            {QStringLiteral("首页打开超时，约30秒后显示502错误。"), QStringLiteral("首页白屏，刷新三次仍无法显示。")}},
        {QStringLiteral("homepage_updated"),
            {QStringLiteral("首页最新信息发布于三周前。"), QStringLiteral("首页“工作动态”最近更新已超过两周。")}},
        {QStringLiteral("columns_fresh"),
            {QStringLiteral("“通知公告”栏目半年以上未更新。"), QStringLiteral("“政策文件”栏目最近一条为去年发布。")}},
        {QStringLiteral("no_blank_columns"),
            {QStringLiteral("“专题专栏”下两个子栏目无内容。"), QStringLiteral("“办事服务”栏目仅有“正在建设中”字样。")}},
        {QStringLiteral("no_serious_errors"),
            {QStringLiteral("领导信息页面职务表述有误，已截图留存。"), QStringLiteral("一篇稿件中领导姓名错字。")}},
        {QStringLiteral("no_defacement"), {QStringLiteral("页面底部发现可疑外部链接，疑似暗链。")}},
        {QStringLiteral("messages_answered"),
            {QStringLiteral("有3条留言超过规定时限未答复。"), QStringLiteral("“咨询投诉”入口提交后报错。")}},
        {QStringLiteral("service_guides"),
            {QStringLiteral("部分办事指南缺少收费标准和办理时限。"), QStringLiteral("办事指南中咨询电话已停用。")}},
        {QStringLiteral("error_entry"), {QStringLiteral("首页未见“我为政府网站找错”入口。")}},
        {QStringLiteral("policy_reposted"),
            {QStringLiteral("省政府常务会议精神未在8小时内转载。"), QStringLiteral("国务院政策文件转载超时。")}},
        {QStringLiteral("identifiers_shown"),
            {QStringLiteral("页面底部未展示公安机关备案号。"), QStringLiteral("网站标识码缺失。")}},
        {QStringLiteral("no_dead_links"),
            {QStringLiteral("首页“友情链接”中2个链接无法打开。"), QStringLiteral("首页轮播图链接指向404页面。")}},
    };
    const QStringList options = notes.value(key, {QStringLiteral("存在问题，需整改。")});
    return options.at(int(rng.bounded(quint32(options.size()))));
}

struct RunningSite
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString caretaker; // who inspects: the caretaker's account, else their name; empty: nobody
    qint64 caretakerAccount = 0;
    int diligence = 92; // percent of working days inspected
};

// What happens to a rectification item on later days.
struct Plan
{
    QDate fixed;
    QDate rechecked;
    QDate closed;
    bool recheckFails = false;
};

} // namespace

Status DemoBuilder::buildInspections(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5eed1u);
    const Session actor = Session::system(QStringLiteral("demo"));
    PersonService persons(db);

    // The inspectors' accounts are caretakers: the province's inspector looks after the province's
    // own sites, the county inspectors after their county's.
    struct Link
    {
        QString username;
        QString person;
        QString unitSql;
        int maxSites;
    };
    const QList<Link> links{
        {QStringLiteral("inspector"), QStringLiteral("吴海峰"),
            QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL"), 40},
        {QStringLiteral("inspector-jinjiang"), QStringLiteral("蔡志强"),
            QStringLiteral("SELECT id FROM organisations WHERE division_code = '350582' AND kind = 'government' AND "
                           "level = 'county'"),
            40},
        {QStringLiteral("inspector-siming"), QStringLiteral("郑丽华"),
            QStringLiteral("SELECT id FROM organisations WHERE division_code = '350203' AND kind = 'government' AND "
                           "level = 'county'"),
            40},
    };
    const QDate takeOver = today.addDays(-120);
    for (const Link& link : links) {
        const auto unit = db::Query(db, link.unitSql).value<qint64>(tr("The demo units could not be read."));
        if (!unit)
            return unit.error();
        const auto account = db::Query(db, QStringLiteral("SELECT id FROM accounts WHERE username = ?"))
                                 .bind(link.username)
                                 .value<qint64>(tr("The demo accounts could not be read."));
        if (!account)
            return account.error();
        Person p;
        p.name = link.person;
        p.orgId = *unit;
        p.title = QStringLiteral("网站巡查员");
        p.phone = QStringLiteral("0591-8709%1").arg(1000 + int(rng.bounded(9000u)));
        p.email = link.username + QStringLiteral("@fj.gov.cn");
        const auto person = persons.createPerson(actor, p);
        if (!person)
            return person.error();
        if (const Status s = persons.linkAccount(actor, *person, *account); !s)
            return s;
        // The running sites of the unit's own jurisdiction: its own and its departments'. For the
        // province, only the province's own units (not the cities').
        const auto sites = db::Query(db,
            QStringLiteral(
                "SELECT s.id, (SELECT max(start_on) FROM assignments a WHERE a.site_id = s.id AND a.role = 'caretaker' "
                "AND a.end_on IS NULL) FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                "WHERE s.status IN ('operating', 'migrating') AND (o.id = ? OR o.parent_id = ?) ORDER BY s.id LIMIT ?"))
                               .bind(*unit, *unit, link.maxSites)
                               .rows(tr("The demo sites could not be read."), [](const QSqlQuery& q) {
                                   return std::pair{q.value(0).toLongLong(), Sql::toDate(q.value(1))};
                               });
        if (!sites)
            return sites.error();
        for (const auto& [site, currentStart] : *sites) {
            const QDate start = currentStart.isValid() && currentStart >= takeOver ? currentStart.addDays(1) : takeOver;
            const auto assigned = persons.assign(actor, site, *person, AssignmentRole::Caretaker, qMin(start, today));
            if (!assigned)
                return assigned.error();
        }
    }

    // Every running site with its caretaker now (who inspected it over the whole period, for the demo).
    QList<RunningSite> running;
    {
        QHash<qint64, int> unitDiligence;
        const Status read = db::Query(db,
            QStringLiteral(
                "SELECT s.id, s.host_org_id, coalesce(acc.username, p.name), coalesce(p.account_id, 0) FROM sites s "
                "LEFT JOIN assignments a ON a.site_id = s.id AND a.role = 'caretaker' AND a.end_on IS NULL "
                "LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN accounts acc ON acc.id = p.account_id WHERE "
                "s.status IN ('operating', 'migrating') ORDER BY s.id"))
                                .forEach(tr("The demo sites could not be read."), [&](const QSqlQuery& q) {
                                    RunningSite s;
                                    s.id = q.value(0).toLongLong();
                                    s.unitId = q.value(1).toLongLong();
                                    s.caretaker = q.value(2).toString();
                                    s.caretakerAccount = q.value(3).toLongLong();
                                    // Most caretakers are diligent; one in eight is patchy.
                                    if (!unitDiligence.contains(s.unitId))
                                        unitDiligence.insert(s.unitId,
                                            rng.bounded(8u) == 0 ? 60 + int(rng.bounded(20u))
                                                                 : 95 + int(rng.bounded(5u)));
                                    s.diligence = unitDiligence.value(s.unitId);
                                    running << s;
                                    return true;
                                });
        if (!read)
            return read.error();
    }

    const auto checklist = ChecklistService(db).current();
    if (!checklist)
        return checklist.error();
    // Some items fail far more often than others (stale columns, unanswered messages).
    QList<std::pair<QString, int>> weights;
    int totalWeight = 0;
    for (const ChecklistItem& item : checklist->items) {
        int w = 2;
        if (item.key == u"homepage_updated" || item.key == u"columns_fresh")
            w = 10;
        else if (item.key == u"messages_answered" || item.key == u"no_dead_links" || item.key == u"policy_reposted")
            w = 6;
        else if (item.key == u"no_defacement")
            w = 1;
        weights.append({item.key, w});
        totalWeight += w;
    }
    auto pickItem = [&] {
        int r = int(rng.bounded(quint32(totalWeight)));
        for (const auto& [key, w] : weights) {
            if (r < w)
                return key;
            r -= w;
        }
        return weights.constLast().first;
    };

    InspectionService inspections(db);
    const auto checklistId = ChecklistService(db).currentVersionId(actor);
    if (!checklistId)
        return checklistId.error();
    db::Query bulk(db,
        QStringLiteral("INSERT INTO inspections (site_id, day, inspector, account_id, checklist_id, results, failed, "
                       "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    RectificationService rectifications(db);
    QMap<qint64, Plan> plans; // rectification id -> what happens later
    const QDate first = today.addDays(-89);
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        // First the rectification work of the day.
        for (auto it = plans.begin(); it != plans.end();) {
            const qint64 id = it.key();
            Plan& plan = it.value();
            if (plan.fixed == day) {
                if (const Status s
                    = rectifications.markFixed(actor, id, QStringLiteral("已按要求整改完毕，请复查。"), day);
                    !s)
                    return s;
            }
            if (plan.rechecked == day) {
                if (plan.recheckFails) {
                    if (const Status s = rectifications.recheck(
                            actor, id, false, QStringLiteral("复查仍未整改到位，退回继续整改。"), day);
                        !s)
                        return s;
                    plan.recheckFails = false;
                    plan.fixed = day.addDays(2);
                    plan.rechecked = day.addDays(3);
                    plan.closed = day.addDays(4);
                } else if (const Status s
                           = rectifications.recheck(actor, id, true, QStringLiteral("复查已整改到位。"), day);
                           !s) {
                    return s;
                }
            }
            if (plan.closed == day) {
                if (const Status s = rectifications.close(actor, id, QStringLiteral("整改完成，予以销号。"), day); !s)
                    return s;
                it = plans.erase(it);
                continue;
            }
            ++it;
        }

        const bool weekend = day.dayOfWeek() >= 6;
        for (const RunningSite& site : running) {
            // No caretaker: the office's duty staff look now and then (the coverage shows the gaps).
            const QString inspector = site.caretaker.isEmpty() ? QStringLiteral("值班人员") : site.caretaker;
            int chance = site.caretaker.isEmpty() ? 50 : site.diligence;
            if (weekend)
                chance = chance * 4 / 5;
            if (day == today)
                chance = site.caretakerAccount != 0 ? 10 : 45; // the morning of today
            if (int(rng.bounded(100u)) >= chance)
                continue;
            InspectionInput input;
            input.siteId = site.id;
            input.day = day;
            for (const ChecklistItem& item : checklist->items)
                input.outcomes.insert(item.key, ItemOutcome{ItemResult::Pass, {}});
            const int roll = int(rng.bounded(1000u));
            const int failing = roll < 8 ? 2 : roll < 45 ? 1 : 0;
            for (int f = 0; f < failing; ++f) {
                const QString key = pickItem();
                input.outcomes[key] = ItemOutcome{ItemResult::Fail, failureNote(key, rng)};
            }
            if (rng.bounded(10u) == 0)
                input.outcomes[QStringLiteral("service_guides")] = ItemOutcome{ItemResult::NotApplicable, {}};
            if (failing > 0 && rng.bounded(3u) == 0)
                input.note = QStringLiteral("已电话通知网站主办单位。");
            if (failing == 0) {
                // Most inspections simply pass: written in bulk (the demo's only shortcut past the
                // service; nothing opens or changes a rectification).
                const QDateTime at
                    = QDateTime(day, QTime(8, 30).addSecs(int(rng.bounded(9u * 3600u))), OfficeClock::defaultZone())
                          .toUTC();
                const QString stamp = at.toString(Qt::ISODate);
                if (const Status s
                    = bulk.bind(site.id, Sql::date(day), inspector, Sql::nullIfZero(site.caretakerAccount),
                              *checklistId, Sql::text(InspectionRules::encode(input.outcomes)), Sql::text(input.note),
                              stamp, stamp)
                          .exec(tr("The demo inspections could not be written."));
                    !s)
                    return s;
                continue;
            }
            const auto saved = inspections.record(actor, input, inspector, site.caretakerAccount, day);
            if (!saved)
                return saved.error();
            for (const qint64 id : saved->openedRectifications) {
                const auto item = rectifications.byId(id);
                if (!item)
                    return item.error();
                const int allowed = int(item->openedOn.daysTo(item->deadline));
                Plan plan;
                const int r = int(rng.bounded(100u));
                if (r < 4) {
                    // Left alone: overdue once the deadline passes.
                } else {
                    // Most are fixed within the deadline, some late.
                    const int late = r < 25 ? 2 + int(rng.bounded(6u)) : 0;
                    plan.fixed = day.addDays(1 + int(rng.bounded(quint32(qMax(1, allowed)))) + late);
                    plan.rechecked = plan.fixed.addDays(1 + int(rng.bounded(2u)));
                    plan.recheckFails = rng.bounded(10u) == 0;
                    plan.closed = plan.rechecked.addDays(int(rng.bounded(4u)));
                }
                plans.insert(id, plan);
            }
        }
    }
    return {};
}

} // namespace sitegov
