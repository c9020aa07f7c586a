#include "storage/RegistryExchange.h"

#include "core/CsvWriter.h"
#include "core/Domain.h"
#include "core/Registry.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/TableWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace sitegov {

namespace {

QString norm(const QString& s)
{
    QString out = s.trimmed().toLower();
    out.remove(QChar(0xfeff));
    out.remove(u' ');
    out.remove(u'_');
    return out;
}

// Stored keys by the words people write in a table: the key, the English and the Chinese names.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        auto add = [&t](const char* key, std::initializer_list<const char*> words) {
            t.insert(norm(QString::fromLatin1(key)), QString::fromLatin1(key));
            for (const char* w : words)
                t.insert(norm(QString::fromUtf8(w)), QString::fromLatin1(key));
        };
        // site kinds
        add("portal", {"Portal", "门户网站", "门户"});
        add("department", {"Department site", "部门网站", "部门", "Department"});
        add("special", {"Special-topic site", "专项网站", "专题网站", "专项"});
        // statuses
        add("planned", {"Planned", "拟开设", "筹建中", "计划"});
        add("operating", {"Operating", "运行中", "运行", "正常"});
        add("migrating", {"Migrating", "迁移中", "迁移"});
        add("closed", {"Closed", "已关停", "关停", "已关闭"});
        // platforms
        add("unified", {"Unified platform", "集约化平台", "集约化", "统一平台"});
        add("standalone", {"Standalone", "独立部署", "独立"});
        // levels
        add("province", {"Province", "省级", "省"});
        add("city", {"City", "设区市", "市级", "市"});
        add("county", {"County", "县级", "县", "区县"});
        add("township", {"Township / street", "乡镇（街道）", "乡镇(街道)", "乡镇", "街道", "Township"});
        // unit kinds
        add("government", {"Government", "政府"});
        // assignment roles
        add("first_responsible", {"First responsible person", "第一责任人"});
        add("security", {"Security responsible person", "安全责任人"});
        add("caretaker", {"Caretaker", "看护人"});
        add("editor", {"Content editor", "信息员", "内容编辑"});
        return t;
    }();
    return table;
}

QString keyOf(const QString& text)
{
    return aliases().value(norm(text));
}

std::optional<bool> parseBool(const QString& text)
{
    const QString t = norm(text);
    if (t.isEmpty() || t == u"1" || t == u"yes" || t == u"true" || t == u"y" || t == QStringLiteral("是")
        || t == QStringLiteral("在用") || t == QStringLiteral("启用") || t == QStringLiteral("正常"))
        return true;
    if (t == u"0" || t == u"no" || t == u"false" || t == u"n" || t == QStringLiteral("否") || t == QStringLiteral("停用")
        || t == QStringLiteral("已停用"))
        return false;
    return std::nullopt;
}

// 2017-09-30, 2017/9/30, 2017.9.30, 2017年9月30日; empty gives an invalid date.
std::optional<QDate> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString display(const QString& key)
{
    if (const auto v = Vocabulary::siteKind(key))
        return Vocabulary::displayName(*v);
    return key;
}

// One import: the file's columns, the row at hand and the issues so far.
class Run final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExchange)

public:
    Run(QSqlDatabase& db, const Session& session, ExchangeKind kind, const TableData& table)
        : m_db(db)
        , m_session(session)
        , m_kind(kind)
        , m_table(table)
        , m_registry(db)
        , m_persons(db)
        , m_queries(db)
    {
    }

    // Maps the header to the kind's columns; a missing required column fails the whole file.
    Status mapHeader(ImportReport& report)
    {
        const QList<ExchangeColumn> columns = RegistryExchange::columns(m_kind);
        QHash<QString, int> byName;
        for (int i = 0; i < m_table.header.size(); ++i) {
            const QString h = norm(m_table.header.at(i));
            if (h.isEmpty())
                continue;
            if (byName.contains(h))
                return Error{tr("The column \"%1\" appears twice in the header.").arg(m_table.header.at(i).trimmed()), {}};
            byName.insert(h, i);
        }
        QSet<int> used;
        for (const ExchangeColumn& c : columns) {
            int index = byName.value(norm(c.key), -1);
            if (index < 0)
                index = byName.value(norm(c.chinese), -1);
            if (index < 0 && c.required)
                return Error{tr("The file has no column \"%1\" (%2): the first line must name the columns.")
                                 .arg(c.chinese, c.key),
                    m_table.header.join(QStringLiteral(", "))};
            m_columns.insert(c.key, index);
            if (index >= 0)
                used.insert(index);
        }
        for (int i = 0; i < m_table.header.size(); ++i) {
            if (!used.contains(i) && !m_table.header.at(i).trimmed().isEmpty())
                report.issues << ImportIssue{m_table.headerLine,
                    tr("The column \"%1\" is not known and was ignored.").arg(m_table.header.at(i).trimmed()), false};
        }
        return {};
    }

    QString cell(const char* key) const
    {
        const int index = m_columns.value(QString::fromLatin1(key), -1);
        if (index < 0 || index >= m_row->cells.size())
            return {};
        return CsvWriter::unguardedCell(m_row->cells.at(index).trimmed()).trimmed();
    }

    // The row as one service call; the error names what is wrong.
    Status importRow(const TableRow& row, QList<Finding>* warnings)
    {
        m_row = &row;
        // CSV rows must have the header's width; XLSX leaves trailing empty cells out.
        if (m_table.format != u"XLSX" && row.cells.size() != m_table.header.size())
            return Error{tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        if (row.cells.size() > m_table.header.size())
            return Error{tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        switch (m_kind) {
        case ExchangeKind::Organisations:
            return importOrganisation();
        case ExchangeKind::Persons:
            return importPerson();
        case ExchangeKind::Sites:
            return importSite(warnings);
        case ExchangeKind::Assignments:
            return importAssignment();
        }
        return {};
    }

private:
    Result<qint64> unit(const QString& name, const QString& what)
    {
        if (name.isEmpty())
            return Error{tr("The %1 is missing.").arg(what), {}};
        const auto cached = m_units.constFind(name);
        if (cached != m_units.constEnd())
            return *cached;
        const auto id = m_queries.unitByName(name);
        if (!id)
            return id.error();
        m_units.insert(name, *id);
        return *id;
    }

    template<typename E>
    Result<E> parseKey(const char* column, std::optional<E> (*fromKey)(QStringView), bool required, E fallback)
    {
        const QString text = cell(column);
        if (text.isEmpty()) {
            if (required)
                return Error{tr("The column %1 is empty.").arg(QString::fromLatin1(column)), {}};
            return fallback;
        }
        const auto value = fromKey(keyOf(text));
        if (!value)
            return Error{tr("\"%1\" is not a known value for %2.").arg(text, QString::fromLatin1(column)), {}};
        return *value;
    }

    Result<QDate> date(const char* column)
    {
        const auto d = parseDate(cell(column));
        if (!d)
            return Error{tr("\"%1\" in %2 is not a date such as 2017-09-30.").arg(cell(column), QString::fromLatin1(column)), {}};
        return *d;
    }

    Status importOrganisation()
    {
        Organisation o;
        o.name = cell("name");
        if (o.name.isEmpty())
            return Error{tr("The unit's name is empty."), {}};
        const QString parent = cell("parent");
        if (!parent.isEmpty()) {
            const auto p = unit(parent, tr("parent unit"));
            if (!p)
                return Error{tr("The parent unit \"%1\" is not known: a unit must come after its parent.").arg(parent), {}};
            o.parentId = *p;
        }
        const auto level = parseKey<AdminLevel>("level", &Vocabulary::adminLevel, true, AdminLevel::Province);
        if (!level)
            return level.error();
        o.level = *level;
        const auto kind = parseKey<OrgKind>("kind", &Vocabulary::orgKind, true, OrgKind::Government);
        if (!kind)
            return kind.error();
        o.kind = *kind;
        o.divisionCode = cell("division_code");
        o.domainLabel = cell("domain_label");
        const auto active = parseBool(cell("active"));
        if (!active)
            return Error{tr("\"%1\" in active is neither yes nor no.").arg(cell("active")), {}};
        if (m_units.contains(o.name) || m_queries.unitByName(o.name).ok())
            return Error{tr("A unit named \"%1\" exists already.").arg(o.name), {}};
        const auto id = m_registry.createOrganisation(m_session, o);
        if (!id)
            return id.error();
        if (!*active) {
            if (const Status s = m_registry.setOrganisationActive(m_session, *id, false); !s)
                return s;
        }
        m_units.insert(o.name, *id);
        return {};
    }

    Status importPerson()
    {
        Person p;
        p.name = cell("name");
        const auto org = unit(cell("unit"), tr("unit"));
        if (!org)
            return org.error();
        p.orgId = *org;
        p.title = cell("title");
        p.phone = cell("phone");
        p.email = cell("email");
        const auto active = parseBool(cell("active"));
        if (!active)
            return Error{tr("\"%1\" in active is neither yes nor no.").arg(cell("active")), {}};
        const auto id = m_persons.createPerson(m_session, p);
        if (!id)
            return id.error();
        if (!*active) {
            if (const Status s = m_persons.setPersonActive(m_session, *id, false); !s)
                return s;
        }
        return {};
    }

    Status importSite(QList<Finding>* warnings)
    {
        Site s;
        s.code = cell("code");
        if (s.code.isEmpty())
            return Error{tr("The identifier code is empty."), {}};
        if (m_codes.contains(s.code))
            return Error{tr("The identifier code %1 appears twice in the file (first on line %2).")
                             .arg(s.code)
                             .arg(m_codes.value(s.code)),
                {}};
        m_codes.insert(s.code, m_row->line);
        s.name = cell("name");
        s.url = cell("url");
        s.domain = cell("domain").toLower();
        if (s.domain.isEmpty() && !s.url.isEmpty())
            s.domain = QUrl(s.url).host().toLower();
        if (s.url.isEmpty() && !s.domain.isEmpty())
            s.url = QStringLiteral("https://%1/").arg(s.domain);
        const auto kind = parseKey<SiteKind>("kind", &Vocabulary::siteKind, true, SiteKind::Portal);
        if (!kind)
            return kind.error();
        s.kind = *kind;
        const auto status = parseKey<SiteStatus>("status", &Vocabulary::siteStatus, false, SiteStatus::Operating);
        if (!status)
            return status.error();
        s.status = *status;
        const auto platform = parseKey<Platform>("platform", &Vocabulary::platform, false, Platform::Standalone);
        if (!platform)
            return platform.error();
        s.platform = *platform;
        const auto host = unit(cell("host_unit"), tr("host unit"));
        if (!host)
            return host.error();
        s.hostOrgId = *host;
        if (!cell("supervisor_unit").isEmpty()) {
            const auto supervisor = unit(cell("supervisor_unit"), tr("supervising unit"));
            if (!supervisor)
                return supervisor.error();
            s.supervisorOrgId = *supervisor;
        }
        s.operatorName = cell("operator");
        s.icpFiling = cell("icp_filing");
        s.psbFiling = cell("psb_filing");
        const auto opened = date("opened_on");
        if (!opened)
            return opened.error();
        s.openedOn = *opened;
        const auto closed = date("closed_on");
        if (!closed)
            return closed.error();
        s.closedOn = *closed;
        s.notes = cell("notes");
        // A second open site for a unit is recorded as it is and flagged for merging.
        const auto id = m_registry.registerSite(m_session, s, RegistryService::DuplicatePolicy::Flag, warnings);
        if (!id)
            return id.error();
        return {};
    }

    Status importAssignment()
    {
        const QString code = cell("site_code");
        auto site = m_siteIds.constFind(code);
        if (site == m_siteIds.constEnd()) {
            const auto found = SiteRepository(m_db).byCode(code);
            if (!found)
                return found.error();
            site = m_siteIds.insert(code, found->id);
        }
        const auto org = unit(cell("person_unit"), tr("person's unit"));
        if (!org)
            return org.error();
        const auto person = m_persons.personByName(*org, cell("person"));
        if (!person)
            return person.error();
        const auto role = parseKey<AssignmentRole>("role", &RegistryVocabulary::role, true, AssignmentRole::Caretaker);
        if (!role)
            return role.error();
        Assignment a;
        a.siteId = *site;
        a.personId = person->id;
        a.role = *role;
        const auto start = date("start_on");
        if (!start)
            return start.error();
        if (!start->isValid())
            return Error{tr("The start date is empty."), {}};
        a.startOn = *start;
        const auto end = date("end_on");
        if (!end)
            return end.error();
        a.endOn = *end;
        a.note = cell("note");
        const auto id = m_persons.recordAssignment(m_session, a);
        if (!id)
            return id.error();
        return {};
    }

    QSqlDatabase& m_db;
    const Session& m_session;
    ExchangeKind m_kind;
    const TableData& m_table;
    RegistryService m_registry;
    PersonService m_persons;
    RegistryQueries m_queries;
    QHash<QString, int> m_columns;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_siteIds;
    QHash<QString, int> m_codes;
    const TableRow* m_row = nullptr;
};

} // namespace

QStringList ImportReport::errorLines() const
{
    QStringList out;
    for (const ImportIssue& i : issues) {
        if (i.error)
            out << (i.line > 0 ? RegistryExchange::tr("line %1: %2").arg(i.line).arg(i.message) : i.message);
    }
    return out;
}

std::optional<ExchangeKind> RegistryExchange::kind(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"sites" || n == u"site")
        return ExchangeKind::Sites;
    if (n == u"orgs" || n == u"org" || n == u"organisations" || n == u"organizations" || n == u"units")
        return ExchangeKind::Organisations;
    if (n == u"persons" || n == u"people" || n == u"person")
        return ExchangeKind::Persons;
    if (n == u"assignments" || n == u"assignment")
        return ExchangeKind::Assignments;
    return std::nullopt;
}

QString RegistryExchange::kindName(ExchangeKind kind)
{
    switch (kind) {
    case ExchangeKind::Organisations:
        return tr("units");
    case ExchangeKind::Persons:
        return tr("responsible persons");
    case ExchangeKind::Sites:
        return tr("sites");
    case ExchangeKind::Assignments:
        return tr("assignments");
    }
    return {};
}

QList<ExchangeColumn> RegistryExchange::columns(ExchangeKind kind)
{
    auto c = [](const char* key, const char* chinese, bool required = false) {
        return ExchangeColumn{QString::fromLatin1(key), QString::fromUtf8(chinese), required};
    };
    switch (kind) {
    case ExchangeKind::Organisations:
        return {c("name", "单位名称", true), c("parent", "上级单位"), c("level", "层级", true), c("kind", "单位类型", true),
            c("division_code", "行政区划代码", true), c("domain_label", "域名标识"), c("active", "在用")};
    case ExchangeKind::Persons:
        return {c("name", "姓名", true), c("unit", "所在单位", true), c("title", "职务"), c("phone", "电话"),
            c("email", "电子邮件"), c("active", "在用")};
    case ExchangeKind::Sites:
        return {c("code", "网站标识码", true), c("name", "网站名称", true), c("url", "网址"), c("domain", "域名"),
            c("kind", "网站类别", true), c("status", "状态"), c("platform", "平台"), c("host_unit", "主办单位", true),
            c("supervisor_unit", "主管单位"), c("operator", "承办单位"), c("icp_filing", "ICP备案号"),
            c("psb_filing", "公安机关备案号"), c("opened_on", "开设日期"), c("closed_on", "关停日期"), c("notes", "备注")};
    case ExchangeKind::Assignments:
        return {c("site_code", "网站标识码", true), c("role", "职责", true), c("person", "姓名", true),
            c("person_unit", "人员所在单位", true), c("start_on", "开始日期", true), c("end_on", "结束日期"),
            c("note", "备注")};
    }
    return {};
}

Result<ImportReport> RegistryExchange::import(QSqlDatabase& db, const Session& session, ExchangeKind kind,
    const TableData& table, ImportMode mode, const ExchangeProgress& progress)
{
    ImportReport report;
    report.rows = int(table.rows.size());
    Run run(db, session, kind, table);
    if (const Status s = run.mapHeader(report); !s)
        return s.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    std::optional<SiteSearchDeferral> search;
    if (kind == ExchangeKind::Sites) {
        search.emplace(db);
        if (!search->beginError().message.isEmpty())
            return search->beginError();
    }
    int done = 0;
    for (const TableRow& row : table.rows) {
        QList<Finding> warnings;
        Transaction rowTx(db); // a savepoint: a failing row leaves nothing behind
        const Status s = run.importRow(row, &warnings);
        if (s && rowTx.commit()) {
            ++report.imported;
            for (const Finding& w : warnings)
                report.issues << ImportIssue{row.line, w.message, false};
        } else {
            rowTx.rollback();
            ++report.failed;
            report.issues << ImportIssue{row.line, s ? tr("The row could not be saved.") : s.error().message, true};
        }
        ++done;
        if (progress && (done % 200 == 0 || done == report.rows) && !progress(done, report.rows)) {
            report.cancelled = true;
            tx.rollback();
            return report;
        }
    }
    const bool commit = mode == ImportMode::GoodRowsOnly || (mode == ImportMode::AllOrNothing && report.failed == 0);
    if (!commit) {
        tx.rollback();
        return report;
    }
    if (search) {
        if (const Status s = search->finish(); !s)
            return s.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

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

    QSqlQuery q(db);
    q.setForwardOnly(true);
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
        sql = QStringLiteral("SELECT p.name, o.name, p.title, p.phone, p.email, p.active FROM persons p JOIN organisations "
                             "o ON o.id = p.org_id ORDER BY o.division_code, o.name, p.name, p.id");
        break;
    case ExchangeKind::Sites: {
        sql = QStringLiteral("SELECT s.code, s.name, s.url, s.domain, s.kind, s.status, s.platform, h.name, v.name, "
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
        sql = QStringLiteral("SELECT s.code, a.role, p.name, o.name, a.start_on, a.end_on, a.note FROM assignments a JOIN "
                             "sites s ON s.id = a.site_id JOIN persons p ON p.id = a.person_id JOIN organisations o ON o.id = "
                             "p.org_id ORDER BY s.code, a.role, a.start_on, a.id");
        break;
    }
    if (!q.prepare(sql))
        return Error{tr("The %1 could not be read.").arg(kindName(kind)), q.lastError().text()};
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{tr("The %1 could not be read.").arg(kindName(kind)), q.lastError().text()};
    auto text = [&q](int i) { return q.value(i).toString(); };
    auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    int rows = 0;
    while (q.next()) {
        QStringList cells;
        switch (kind) {
        case ExchangeKind::Organisations:
            cells << text(0) << text(1)
                  << Vocabulary::displayName(Vocabulary::adminLevel(text(2)).value_or(AdminLevel::Province))
                  << Vocabulary::displayName(Vocabulary::orgKind(text(3)).value_or(OrgKind::Government)) << text(4)
                  << text(5) << yesNo(q.value(6).toBool());
            break;
        case ExchangeKind::Persons:
            cells << text(0) << text(1) << text(2) << text(3) << text(4) << yesNo(q.value(5).toBool());
            break;
        case ExchangeKind::Sites:
            cells << text(0) << text(1) << text(2) << text(3) << display(text(4))
                  << Vocabulary::displayName(Vocabulary::siteStatus(text(5)).value_or(SiteStatus::Planned))
                  << Vocabulary::displayName(Vocabulary::platform(text(6)).value_or(Platform::Standalone)) << text(7)
                  << text(8) << text(9) << text(10) << text(11) << text(12) << text(13) << text(14);
            break;
        case ExchangeKind::Assignments:
            cells << text(0)
                  << RegistryVocabulary::displayName(RegistryVocabulary::role(text(1)).value_or(AssignmentRole::Caretaker))
                  << text(2) << text(3) << text(4) << text(5) << text(6);
            break;
        }
        if (!writer.writeRow(cells))
            break;
        ++rows;
        if (progress && rows % 1000 == 0 && !progress(rows, -1)) {
            writer.cancel();
            return Error{tr("The export was cancelled."), {}};
        }
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return rows;
}

} // namespace sitegov
