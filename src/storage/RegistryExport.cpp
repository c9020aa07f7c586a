#include "db/Query.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ListQueries.h"
#include "storage/RegistryExchange.h"
#include "storage/RegistryFileValues.h"
#include "storage/TableWriter.h"

#include <QSqlQuery>

namespace sitegov {

// The export half of RegistryExchange: one table of the registry, in the layout its import reads.
Result<int> RegistryExchange::exportTable(const QString& databasePath, ExchangeKind kind, TableWriter& writer,
    const SiteFilter* filter, bool englishHeaders, const ExchangeProgress& progress)
{
    auto opened = ConsoleDatabase::open(databasePath, Database::Mode::RequireCurrent);
    if (!opened)
        return opened.error();
    QSqlDatabase& db = (*opened)->connection();
    QStringList header;
    for (const ExchangeColumn& c : columns(kind))
        header << (englishHeaders ? c.key : c.chinese);
    writer.writeHeader(header);

    QString sql;
    QVariantList binds;
    switch (kind) {
    case ExchangeKind::Organisations:
        // Parents before their units, so that the file imports in order.
        sql = QStringLiteral("WITH RECURSIVE t(id, depth) AS (SELECT id, 0 FROM organisations WHERE parent_id IS NULL "
                             "UNION ALL SELECT o.id, t.depth + 1 FROM organisations o JOIN t ON o.parent_id = t.id) "
                             "SELECT o.name, p.name, o.level, o.kind, o.division_code, o.domain_label, o.active FROM t "
                             "JOIN organisations o ON o.id = t.id LEFT JOIN organisations p ON p.id = o.parent_id "
                             "ORDER BY t.depth, o.division_code, o.kind DESC, o.id");
        break;
    case ExchangeKind::Persons:
        sql = QStringLiteral(
            "SELECT p.name, o.name, p.title, p.phone, p.email, p.active FROM persons p JOIN organisations "
            "o ON o.id = p.org_id ORDER BY o.division_code, o.name, p.name, p.id");
        break;
    case ExchangeKind::Sites: {
        sql = QStringLiteral(
            "SELECT s.code, s.name, s.url, s.domain, s.kind, s.status, s.platform, h.name, v.name, "
            "s.operator_name, s.icp_filing, s.psb_filing, s.opened_on, s.closed_on, s.notes FROM sites s "
            "JOIN organisations h ON h.id = s.host_org_id LEFT JOIN organisations v ON v.id = "
            "s.supervisor_org_id");
        if (filter) {
            const ListQuery list = SiteListQuery::build(*filter);
            sql += QStringLiteral(" WHERE s.id IN (SELECT s.id ") + list.from + u')';
            binds = list.binds;
        }
        sql += QStringLiteral(" ORDER BY s.code");
        break;
    }
    case ExchangeKind::Assignments:
        sql = QStringLiteral(
            "SELECT s.code, a.role, p.name, o.name, a.start_on, a.end_on, a.note FROM assignments a JOIN "
            "sites s ON s.id = a.site_id JOIN persons p ON p.id = a.person_id JOIN organisations o ON o.id = "
            "p.org_id ORDER BY s.code, a.role, a.start_on, a.id");
        break;
    }
    // The file's one language: its values follow its headers, whatever the interface's.
    auto yesNo = [englishHeaders](bool v) {
        return RegistryFileValues::yesNo(v, englishHeaders);
    };
    int rows = 0;
    bool cancelled = false;
    const Status read = db::Query(db, sql).bindAll(binds).forEach(
        tr("The %1 could not be read.").arg(kindName(kind)), [&](const QSqlQuery& q) {
            auto text = [&q](int i) {
                return q.value(i).toString();
            };
            auto value = [&text, englishHeaders](const char* vocabulary, int i) {
                return RegistryFileValues::value(vocabulary, text(i), englishHeaders);
            };
            QStringList cells;
            switch (kind) {
            case ExchangeKind::Organisations:
                cells << text(0) << text(1) << value("level", 2) << value("org_kind", 3) << text(4) << text(5)
                      << yesNo(q.value(6).toBool());
                break;
            case ExchangeKind::Persons:
                cells << text(0) << text(1) << text(2) << text(3) << text(4) << yesNo(q.value(5).toBool());
                break;
            case ExchangeKind::Sites:
                cells << text(0) << text(1) << text(2) << text(3) << value("site_kind", 4) << value("status", 5)
                      << value("platform", 6) << text(7) << text(8) << text(9) << text(10) << text(11) << text(12)
                      << text(13) << text(14);
                break;
            case ExchangeKind::Assignments:
                cells << text(0) << value("role", 1) << text(2) << text(3) << text(4) << text(5) << text(6);
                break;
            }
            if (!writer.writeRow(cells))
                return false;
            ++rows;
            if (progress && rows % 1000 == 0 && !progress(rows, -1)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (!read) {
        // A read that fails part way (another program holding the database) leaves no half file.
        writer.cancel();
        return read.error();
    }
    if (cancelled) {
        writer.cancel();
        return Error{tr("The export was cancelled."), {}};
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return rows;
}

} // namespace sitegov
