#include "demo/DemoBuilder.h"

#include "db/Query.h"
#include "storage/CalendarStore.h"
#include "storage/TicketService.h"

#include <QRandomGenerator>

namespace sitegov {

namespace {

struct Message
{
    TicketKind kind;
    const char16_t* text;
};

// What the public writes to the platform, by type.
const Message kMessages[] = {
    {TicketKind::Late, u"“通知公告”栏目最新一条信息停留在两个多月前，请及时更新。"},
    {TicketKind::Late, u"“政策解读”栏目长期未更新，最新解读仍是去年的。"},
    {TicketKind::Late, u"首页“工作动态”近一个月没有新内容。"},
    {TicketKind::Inaccurate, u"“联系我们”页面的办公电话已停用，拨打提示空号。"},
    {TicketKind::Inaccurate, u"机构职能页面仍显示已调整的内设机构和原负责人姓名。"},
    {TicketKind::Inaccurate, u"办事指南中的收费标准与最新文件不一致。"},
    {TicketKind::Inaccurate, u"首页新闻标题有错别字，“规范”写成“规泛”。"},
    {TicketKind::Unanswered, u"在“领导信箱”提交的咨询超过一个月未收到答复。"},
    {TicketKind::Unanswered, u"网上留言显示“已受理”但一直没有办理结果。"},
    {TicketKind::Unusable, u"“在线办事”入口点击后页面无法打开。"},
    {TicketKind::Unusable, u"站内搜索输入关键词后搜索不到已发布的政策文件。"},
    {TicketKind::Unusable, u"附件下载链接失效，提示文件不存在。"},
};

const char16_t* const kReplies[] = {
    u"经核实，已于当日更新相关栏目内容，感谢您的监督。",
    u"已更正联系电话并核对全部联系方式。",
    u"已修复链接并对全站附件进行了检查。",
    u"已按最新文件更新办事指南，并加强信息发布审核。",
    u"已联系承办科室答复留言人，并完善留言办理流程。",
};

} // namespace

Status DemoBuilder::buildTickets(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x7a6b5c4du);
    const auto calendar = CalendarStore(db).calendar();
    if (!calendar)
        return calendar.error();
    // Running sites of 晋江 (whose inspector sees them on the dashboard), then others across the province.
    const auto sites = db::Query(db,
        QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE s.status = "
                       "'operating' ORDER BY CASE WHEN o.division_code = '350582' THEN 0 ELSE 1 END, s.id"))
                           .column<QString>(tr("The demo's sites could not be read."));
    if (!sites)
        return sites.error();
    if (sites->isEmpty())
        return {};
    QStringList chosen = sites->mid(0, 3);
    for (int i = 3; i < sites->size() && chosen.size() < 40; ++i) {
        if (rng.bounded(4) == 0)
            chosen << sites->at(i);
    }
    const Session demo = Session::system(QStringLiteral("demo"));
    TicketService service(db);
    int serial = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        // Received over the last 80 days; the first few recently, some of them left overdue.
        // Two fresh ones (yesterday, the day before) are still within their deadline.
        const bool fresh = i == 6 || i == 7;
        const int daysAgo = i < 6 ? 8 + i * 3 : fresh ? i - 5 : 10 + int(rng.bounded(70));
        const QDate received = today.addDays(-daysAgo);
        const Message& m = kMessages[rng.bounded(int(std::size(kMessages)))];
        const QString no = QStringLiteral("ZC%1%2").arg(received.toString(QStringLiteral("yyyyMMdd"))).arg(++serial, 3, 10, QLatin1Char('0'));
        const auto id = service.add(demo,
            TicketInput{no, chosen.at(i), m.kind, QString::fromUtf16(m.text),
                QDateTime(received, QTime(8 + int(rng.bounded(10)), int(rng.bounded(60))))},
            *calendar, i % 3 == 0 ? QStringLiteral("manual") : QStringLiteral("import"));
        if (!id)
            return id.error();
        const auto t = service.byId(*id);
        if (!t)
            return t.error();
        if (fresh) {
            if (i == 7) {
                if (const Status s = service.reply(demo, *id, QString::fromUtf16(kReplies[0]), today); !s)
                    return s;
            }
            continue;
        }
        // Overdue on purpose: four of the recent ones, and one in ten of the rest, left open.
        if ((i < 6 && i % 3 != 2) || (i >= 6 && rng.bounded(10) == 0)) {
            if (rng.bounded(2) == 0) {
                if (const Status s = service.verify(demo, *id, true, received.addDays(1)); !s)
                    return s;
            }
            continue;
        }
        const bool valid = rng.bounded(6) != 0;
        const QDate verified = qMin(today, received.addDays(1));
        if (const Status s = service.verify(demo, *id, valid, verified); !s)
            return s;
        // Replied within the deadline, mostly; a few a day or two late.
        const int late = rng.bounded(5) == 0 ? 1 + int(rng.bounded(3)) : 0;
        const QDate done = qMin(today, late > 0 ? t->deadline.addDays(late) : calendar->addWorkingDays(received, 1 + int(rng.bounded(2))));
        if (valid) {
            if (const Status s = service.reply(demo, *id, QString::fromUtf16(kReplies[rng.bounded(int(std::size(kReplies)))]), done); !s)
                return s;
        }
        // The newest ones wait to be closed.
        if (done < today.addDays(-1)) {
            if (const Status s = service.close(demo, *id, done); !s)
                return s;
        }
    }
    return {};
}

} // namespace sitegov
