#include "storage/TicketExchange.h"
#include "storage/HeaderIndex.h"

#include "db/Dialect.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/ListQueries.h"
#include "storage/RegistryFileValues.h"
#include "storage/SiteRepository.h"
#include "storage/TableWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sitegov {

namespace {

const char* const kNo = "message_no";
const char* const kSite = "site_code";
const char* const kName = "site_name";
const char* const kKind = "kind";
const char* const kBody = "body";
const char* const kReceived = "received_at";

struct Column
{
    int index = -1;
    QString header;
};

} // namespace

QList<ExchangeColumn> TicketExchange::columns()
{
    return {
        {QString::fromLatin1(kNo), QStringLiteral("留言编号"), true},
        {QString::fromLatin1(kSite), QStringLiteral("网站标识码"), true},
        {QString::fromLatin1(kName), QStringLiteral("网站名称"), false},
        {QString::fromLatin1(kKind), QStringLiteral("留言类型"), true},
        {QString::fromLatin1(kBody), QStringLiteral("留言内容"), true},
        {QString::fromLatin1(kReceived), QStringLiteral("收到时间"), true},
    };
}

QDateTime TicketExchange::parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime t = m.captured(4).isEmpty() ? QTime(0, 0)
                                            : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t);
}

Result<ImportReport> TicketExchange::import(
    QSqlDatabase& db, const Session& actor, const TableData& table, const WorkCalendar& calendar)
{
    ImportReport report;
    report.rows = int(table.rows.size());
    const auto parsed = HeaderIndex::of(table.header, &RegistryFileValues::norm);
    if (!parsed)
        return parsed.error();
    HeaderIndex header = *parsed;
    QHash<QString, Column> cols;
    for (const ExchangeColumn& c : columns()) {
        Column found;
        if (const int index = header.find({c.key, c.chinese}); index >= 0)
            found = Column{index, table.header.at(index).trimmed()};
        if (found.index < 0 && c.required)
            return Error{
                tr("The file has no column \"%1\" (%2): the first line must name the columns.").arg(c.chinese, c.key),
                table.header.join(QStringLiteral(", ")).left(500)};
        cols.insert(c.key, found);
    }

    TicketService service(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSet<QString> seen;
    for (const TableRow& row : table.rows) {
        auto cell = [&row, &cols](const char* key) {
            const Column c = cols.value(QString::fromLatin1(key));
            return c.index >= 0 ? row.cells.value(c.index).trimmed() : QString();
        };
        auto header = [&cols](const char* key) { return cols.value(QString::fromLatin1(key)).header; };
        QStringList problems;
        auto problem = [&problems, &header](const char* key, const QString& text) {
            problems << tr("column \"%1\": %2").arg(header(key), text);
        };
        TicketInput in;
        in.messageNo = cell(kNo);
        in.siteCode = cell(kSite);
        in.body = cell(kBody);
        in.receivedAt = parseTime(cell(kReceived));
        if (!cell(kReceived).isEmpty() && !in.receivedAt.isValid())
            problem(kReceived, tr("\"%1\" is not a time (2026-09-30 16:20)").arg(cell(kReceived).left(40)));
        const auto kind = TicketRules::kind(cell(kKind));
        if (!kind)
            problem(kKind, tr("write 不及时, 不准确, 不回应 or 不实用, not \"%1\"").arg(cell(kKind).left(40)));
        else
            in.kind = *kind;
        const QHash<QString, const char*> fieldColumn{{QStringLiteral("message_no"), kNo},
            {QStringLiteral("site"), kSite}, {QStringLiteral("body"), kBody}, {QStringLiteral("received_at"), kReceived}};
        for (const TicketService::FieldProblem& p : service.check(in)) {
            if (p.field == u"received_at" && !cell(kReceived).isEmpty())
                continue; // said above
            problem(fieldColumn.value(p.field, kNo), p.message);
        }
        if (!in.messageNo.isEmpty()) {
            if (seen.contains(in.messageNo))
                problem(kNo, tr("the message %1 has a row above already").arg(in.messageNo));
            seen.insert(in.messageNo);
        }
        if (!in.siteCode.isEmpty()) {
            const auto site = SiteRepository(db).byCode(in.siteCode);
            if (!site)
                problem(kSite, tr("there is no site with the identifier code %1").arg(in.siteCode));
            else if (!cell(kName).isEmpty() && cell(kName) != site->name)
                problem(kName, tr("the site %1 is called %2").arg(in.siteCode, site->name));
        }
        if (!problems.isEmpty()) {
            report.issues << ImportIssue{row.line, problems.join(QStringLiteral("; "))};
            ++report.failed;
            continue;
        }
        const auto added = service.add(actor, in, calendar, QStringLiteral("import"));
        if (!added) {
            report.issues << ImportIssue{row.line, tr("%1: %2").arg(in.messageNo, added.error().message)};
            ++report.failed;
            continue;
        }
        ++report.imported;
    }
    return std::move(report).finishAllOrNothing(tx);
}

Result<int> TicketExchange::exportTable(
    QSqlDatabase& db, const TicketFilter& filter, TableWriter& writer, bool english)
{
    QStringList header;
    for (const ExchangeColumn& c : columns())
        header << (english ? c.key : c.chinese);
    header << (english ? QStringLiteral("unit") : QStringLiteral("主办单位"))
           << (english ? QStringLiteral("person") : QStringLiteral("负责人"))
           << (english ? QStringLiteral("deadline") : QStringLiteral("办理期限"))
           << (english ? QStringLiteral("status") : QStringLiteral("状态"))
           << (english ? QStringLiteral("valid") : QStringLiteral("是否有效"))
           << (english ? QStringLiteral("reply") : QStringLiteral("答复内容"))
           << (english ? QStringLiteral("closed_on") : QStringLiteral("办结日期"))
           << (english ? QStringLiteral("on_time") : QStringLiteral("按期办结"));
    if (!writer.writeHeader(header))
        return writer.finish().error();
    const ListQuery list = TicketListQuery::build(filter);
    // The filter's LIKE ignores case on both engines (ILIKE on PostgreSQL), as in the list.
    const auto ids = db::Query(db, QueryPager::forEngine(*db::Dialect::of(db),
                                       QStringLiteral("SELECT t.id ") + list.from + QStringLiteral(" ORDER BY ")
                                           + list.defaultOrder + QStringLiteral(", ") + list.tieBreaker))
                         .bindAll(list.binds)
                         .column<qint64>(tr("The error-report tickets could not be read."));
    if (!ids)
        return ids.error();
    TicketService service(db);
    int rows = 0;
    for (const qint64 id : *ids) {
        const auto t = service.byId(id);
        if (!t)
            return t.error();
        const bool closed = t->status == TicketStatus::Closed;
        const QString status = english ? TicketRules::key(t->status) : TicketRules::displayName(t->status);
        QStringList cells{t->messageNo, t->siteCode, t->siteName, TicketRules::chinese(t->kind), t->body,
            t->receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), t->unitName, t->personName,
            t->deadline.toString(Qt::ISODate), status,
            t->valid ? RegistryFileValues::yesNo(*t->valid, english) : QString(), t->reply,
            t->closedOn.toString(Qt::ISODate),
            closed && t->valid == std::optional<bool>(true)
                ? RegistryFileValues::yesNo(t->closedOn <= t->deadline, english)
                : QString()};
        if (!writer.writeRow(cells))
            return writer.finish().error();
        ++rows;
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return rows;
}

} // namespace sitegov
