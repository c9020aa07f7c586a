#include "storage/PolicyExchange.h"
#include "storage/HeaderIndex.h"

#include "core/RepostRules.h"
#include "db/Transaction.h"
#include "storage/PolicyService.h"
#include "storage/RegistryFileValues.h"

#include <QHash>
#include <QSet>

namespace sitegov {

namespace {

const char* const kTitle = "title";
const char* const kIssuer = "issuer";
const char* const kUrl = "source_url";
const char* const kPublished = "published_at";

struct Column
{
    int index = -1;
    QString header;
};

} // namespace

QList<ExchangeColumn> PolicyExchange::columns()
{
    return {
        {QString::fromLatin1(kTitle), QStringLiteral("标题"), true},
        {QString::fromLatin1(kIssuer), QStringLiteral("发布机关"), true},
        {QString::fromLatin1(kUrl), QStringLiteral("来源地址"), false},
        {QString::fromLatin1(kPublished), QStringLiteral("发布时间"), true},
    };
}

Result<ImportReport> PolicyExchange::import(QSqlDatabase& db, const Session& actor, const TableData& table)
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

    PolicyService service(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSet<QString> seen;
    for (const TableRow& row : table.rows) {
        auto cell = [&row, &cols](const char* key) {
            const Column c = cols.value(QString::fromLatin1(key));
            return c.index >= 0 ? row.cells.value(c.index).trimmed() : QString();
        };
        auto header = [&cols](const char* key) {
            return cols.value(QString::fromLatin1(key)).header;
        };
        QStringList problems;
        auto problem = [&problems, &header](const char* key, const QString& text) {
            problems << tr("column \"%1\": %2").arg(header(key), text);
        };
        PolicyItemInput in;
        in.title = cell(kTitle);
        in.issuer = cell(kIssuer);
        in.sourceUrl = cell(kUrl);
        in.publishedAt = RepostRules::parseTime(cell(kPublished));
        if (!cell(kPublished).isEmpty() && !in.publishedAt.isValid())
            problem(kPublished, tr("\"%1\" is not a time (2026-12-07 09:30)").arg(cell(kPublished).left(40)));
        const QHash<QString, const char*> fieldColumn{{QStringLiteral("title"), kTitle},
            {QStringLiteral("issuer"), kIssuer}, {QStringLiteral("source_url"), kUrl},
            {QStringLiteral("published_at"), kPublished}};
        for (const PolicyService::FieldProblem& p : service.check(in)) {
            if (p.field == u"published_at" && !cell(kPublished).isEmpty() && !in.publishedAt.isValid())
                continue; // said above
            problem(fieldColumn.value(p.field, kTitle), p.message);
        }
        if (problems.isEmpty()) {
            const QString key
                = RepostRules::normalise(in.title) + u'\x1f' + in.publishedAt.date().toString(Qt::ISODate);
            if (seen.contains(key))
                problem(kTitle, tr("the same title published the same day has a row above already"));
            seen.insert(key);
        }
        if (!problems.isEmpty()) {
            report.issues << ImportIssue{row.line, problems.join(QStringLiteral("; "))};
            ++report.failed;
            continue;
        }
        const auto added = service.add(actor, in, QStringLiteral("import"));
        if (!added) {
            report.issues << ImportIssue{row.line, added.error().message};
            ++report.failed;
            continue;
        }
        ++report.imported;
    }
    return std::move(report).finishAllOrNothing(tx);
}

} // namespace sitegov
