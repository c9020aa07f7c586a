#include "storage/RegistryExchange.h"

#include "core/CsvWriter.h"
#include "core/Domain.h"
#include "core/Registry.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/RegistryFileValues.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/TableWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace sitegov {

namespace {

// One field of a record as a row would leave it: the file's column, the value before and after.
struct FieldChange
{
    const char* column;
    QVariant before;
    QVariant after;
};

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
        // A sites import changes no unit: each host unit is read once, not once per site.
        if (kind == ExchangeKind::Sites)
            m_registry.rememberUnits();
    }

    // Maps the header to the kind's columns; a missing required column fails the whole file.
    Status mapHeader(ImportReport& report)
    {
        const QList<ExchangeColumn> columns = RegistryExchange::columns(m_kind);
        QHash<QString, int> byName;
        for (int i = 0; i < m_table.header.size(); ++i) {
            const QString h = RegistryFileValues::norm(m_table.header.at(i));
            if (h.isEmpty())
                continue;
            if (byName.contains(h))
                return Error{
                    tr("The column \"%1\" appears twice in the header.").arg(m_table.header.at(i).trimmed()), {}};
            byName.insert(h, i);
        }
        QSet<int> used;
        int byKey = 0;
        int byChinese = 0;
        for (const ExchangeColumn& c : columns) {
            int index = byName.value(RegistryFileValues::norm(c.key), -1);
            if (index >= 0)
                ++byKey;
            if (index < 0) {
                index = byName.value(RegistryFileValues::norm(c.chinese), -1);
                if (index >= 0)
                    ++byChinese;
            }
            if (index < 0 && c.required)
                return Error{tr("The file has no column \"%1\" (%2): the first line must name the columns.")
                                 .arg(c.chinese, c.key),
                    m_table.header.join(QStringLiteral(", "))};
            m_columns.insert(c.key, index);
            m_chinese.insert(c.key, c.chinese);
            if (index >= 0)
                used.insert(index);
        }
        m_englishFile = byKey > byChinese;
        for (int i = 0; i < m_table.header.size(); ++i) {
            if (!used.contains(i) && !m_table.header.at(i).trimmed().isEmpty())
                report.issues << ImportIssue{m_table.headerLine,
                    tr("The column \"%1\" is not known and was ignored.").arg(m_table.header.at(i).trimmed()), false};
        }
        return {};
    }

    // The file's column the last row's error is about (-1: none).
    int errorColumn() const { return m_errorColumn; }

    // The row as one service call; the error names what is wrong, `outcome` what was done.
    Status importRow(const TableRow& row, QList<Finding>* warnings, RowOutcome* outcome)
    {
        m_row = &row;
        m_errorColumn = -1;
        outcome->line = row.line;
        // CSV rows must have the header's width; XLSX leaves trailing empty cells out.
        if (m_table.format != u"XLSX" && row.cells.size() != m_table.header.size())
            return Error{
                tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        if (row.cells.size() > m_table.header.size())
            return Error{
                tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        switch (m_kind) {
        case ExchangeKind::Organisations:
            return importOrganisation(*outcome);
        case ExchangeKind::Persons:
            return importPerson(*outcome);
        case ExchangeKind::Sites:
            return importSite(warnings, *outcome);
        case ExchangeKind::Assignments:
            outcome->key = cell("site_code");
            return importAssignment();
        }
        return {};
    }

private:
    bool has(const char* key) const { return m_columns.value(QString::fromLatin1(key), -1) >= 0; }

    QString cell(const char* key) const
    {
        const int index = m_columns.value(QString::fromLatin1(key), -1);
        if (index < 0 || index >= m_row->cells.size())
            return {};
        return CsvWriter::unguardedCell(m_row->cells.at(index).trimmed()).trimmed();
    }

    // The column as the file names it (its own header), or as a file of its language would when
    // it has no such column.
    QString header(const char* key) const
    {
        const QString k = QString::fromLatin1(key);
        const int index = m_columns.value(k, -1);
        if (index >= 0 && index < m_table.header.size()) {
            QString h = m_table.header.at(index).trimmed();
            h.remove(QChar(0xfeff));
            if (!h.isEmpty())
                return h.left(80);
        }
        return m_englishFile ? k : m_chinese.value(k, k);
    }

    Error columnError(const char* key, const QString& message) const
    {
        m_errorColumn = m_columns.value(QString::fromLatin1(key), -1);
        return Error{tr("Column \"%1\": %2").arg(header(key), message), {}};
    }

    // The unit a column names, by name.
    Result<qint64> unit(const char* column)
    {
        const QString name = cell(column);
        if (name.isEmpty())
            return columnError(column, tr("the unit is missing."));
        const auto cached = m_units.constFind(name);
        if (cached != m_units.constEnd())
            return *cached;
        // A site row's host unit is read whole, and handed to the service that registers the site,
        // which would otherwise read it again by its number.
        const auto org = m_queries.unitRowByName(name);
        if (!org)
            return columnError(column, org.error().message);
        m_units.insert(name, org->id);
        if (m_kind == ExchangeKind::Sites)
            m_registry.rememberUnit(*org);
        return org->id;
    }

    template <typename E>
    Result<E> parseKey(
        const char* column, const char* vocabulary, std::optional<E> (*fromKey)(QStringView), bool required, E fallback)
    {
        const QString text = cell(column);
        if (text.isEmpty()) {
            if (required)
                return columnError(column, tr("the cell is empty."));
            return fallback;
        }
        const auto value = fromKey(RegistryFileValues::keyOf(vocabulary, text));
        if (!value)
            return columnError(column, tr("\"%1\" is not one of its values.").arg(text.left(80)));
        return *value;
    }

    Result<QDate> date(const char* column)
    {
        const auto d = RegistryFileValues::parseDate(cell(column));
        if (!d)
            return columnError(column, tr("\"%1\" is not a date such as 2017-09-30.").arg(cell(column).left(80)));
        return *d;
    }

    Result<bool> flag(const char* column)
    {
        const auto active = RegistryFileValues::parseBool(cell(column));
        if (!active)
            return columnError(column, tr("\"%1\" is neither yes nor no (是/否).").arg(cell(column).left(80)));
        return *active;
    }

    // The file's headers of the fields that differ.
    QStringList changedColumns(const QList<FieldChange>& fields) const
    {
        QStringList out;
        for (const FieldChange& f : fields) {
            if (f.before != f.after)
                out << header(f.column);
        }
        return out;
    }

    // The record a row's key names, or 0 when there is none: asked for every row, the statement stays prepared.
    Result<qint64> existingId(const QString& sql, const QVariantList& key, const QString& what)
    {
        const auto id = db::Query::cached(m_db, sql).bindAll(key).first(
            what, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!id)
            return id.error();
        return id->value_or(0);
    }

    // A unit's key is its name: the files name units by name (a parent, a person's unit, a site's
    // host); a government and its departments share one division code.
    Status importOrganisation(RowOutcome& outcome)
    {
        const QString name = cell("name");
        if (name.isEmpty())
            return columnError("name", tr("the unit's name is empty."));
        outcome.key = name;
        const auto found
            = db::Query::cached(m_db, QStringLiteral("SELECT id FROM organisations WHERE name = ? LIMIT 2"))
                  .bind(name)
                  .column<qint64>(tr("The units could not be read."));
        if (!found)
            return found.error();
        const QList<qint64>& ids = *found;
        if (ids.size() > 1)
            return columnError("name", tr("more than one unit is named \"%1\".").arg(name));
        if (m_rowsOfKey.contains(name))
            return columnError("name",
                tr("\"%1\" appears twice in the file (first on line %2).").arg(name).arg(m_rowsOfKey.value(name)));
        m_rowsOfKey.insert(name, m_row->line);

        Organisation before;
        if (!ids.isEmpty()) {
            const auto found = OrganisationRepository(m_db).byId(ids.constFirst());
            if (!found)
                return found.error();
            before = *found;
        }
        const bool update = before.id != 0;
        Organisation o = before;
        o.name = name;
        if (!update || has("parent")) {
            o.parentId = 0;
            if (!cell("parent").isEmpty()) {
                const auto p = unit("parent");
                if (!p)
                    return columnError("parent",
                        tr("the parent unit \"%1\" is not known: a unit must come after its parent.")
                            .arg(cell("parent")));
                o.parentId = *p;
            }
        }
        const auto level = parseKey<AdminLevel>("level", "level", &Vocabulary::adminLevel, true, o.level);
        if (!level)
            return level.error();
        o.level = *level;
        const auto kind = parseKey<OrgKind>("kind", "org_kind", &Vocabulary::orgKind, true, o.kind);
        if (!kind)
            return kind.error();
        o.kind = *kind;
        o.divisionCode = cell("division_code");
        if (!update || has("domain_label"))
            o.domainLabel = cell("domain_label");
        if (!update || has("active")) {
            const auto active = flag("active");
            if (!active)
                return active.error();
            o.active = *active;
        }
        if (!update) {
            Organisation created = o;
            created.active = true;
            const auto id = m_registry.createOrganisation(m_session, created);
            if (!id)
                return id.error();
            if (!o.active) {
                if (const Status s = m_registry.setOrganisationActive(m_session, *id, false); !s)
                    return s;
            }
            m_units.insert(o.name, *id);
            outcome.action = RowAction::Created;
            return {};
        }
        m_units.insert(o.name, o.id);
        const QStringList changed = changedColumns({{"parent", before.parentId, o.parentId},
            {"level", Vocabulary::key(before.level), Vocabulary::key(o.level)},
            {"kind", Vocabulary::key(before.kind), Vocabulary::key(o.kind)},
            {"division_code", before.divisionCode, o.divisionCode}, {"domain_label", before.domainLabel, o.domainLabel},
            {"active", before.active, o.active}});
        outcome.action = changed.isEmpty() ? RowAction::Unchanged : RowAction::Updated;
        outcome.changed = changed;
        if (changed.isEmpty())
            return {};
        // A unit that is switched off leaves its parent last; one switched on comes back first.
        if (o.active && !before.active) {
            if (const Status s = m_registry.setOrganisationActive(m_session, o.id, true); !s)
                return s;
        }
        if (o.parentId != before.parentId) {
            if (const Status s = m_registry.moveOrganisation(m_session, o.id, o.parentId); !s)
                return s;
        }
        if (o.level != before.level || o.kind != before.kind || o.divisionCode != before.divisionCode
            || o.domainLabel != before.domainLabel) {
            if (const Status s = m_registry.updateOrganisation(m_session, o); !s)
                return s;
        }
        if (!o.active && before.active) {
            if (const Status s = m_registry.setOrganisationActive(m_session, o.id, false); !s)
                return s;
        }
        return {};
    }

    // A person's key is the unit and the name (unique together).
    Status importPerson(RowOutcome& outcome)
    {
        const QString name = cell("name");
        if (name.isEmpty())
            return columnError("name", tr("the person's name is empty."));
        const auto org = unit("unit");
        if (!org)
            return org.error();
        outcome.key = cell("unit") + QStringLiteral(" / ") + name;
        if (m_rowsOfKey.contains(outcome.key))
            return columnError("name",
                tr("%1 appears twice in the file (first on line %2).")
                    .arg(outcome.key)
                    .arg(m_rowsOfKey.value(outcome.key)));
        m_rowsOfKey.insert(outcome.key, m_row->line);
        const auto existing = existingId(QStringLiteral("SELECT id FROM persons WHERE org_id = ? AND name = ?"),
            {*org, name}, tr("The persons could not be read."));
        if (!existing)
            return existing.error();
        Person before;
        if (*existing != 0) {
            const auto found = m_persons.personById(*existing);
            if (!found)
                return found.error();
            before = *found;
        }
        const bool update = before.id != 0;
        Person p = before;
        p.name = name;
        p.orgId = *org;
        if (!update || has("title"))
            p.title = cell("title");
        if (!update || has("phone"))
            p.phone = cell("phone");
        if (!update || has("email"))
            p.email = cell("email");
        if (!update || has("active")) {
            const auto active = flag("active");
            if (!active)
                return active.error();
            p.active = *active;
        }
        if (!update) {
            const auto id = m_persons.createPerson(m_session, p);
            if (!id)
                return id.error();
            if (!p.active) {
                if (const Status s = m_persons.setPersonActive(m_session, *id, false); !s)
                    return s;
            }
            outcome.action = RowAction::Created;
            return {};
        }
        const QStringList changed = changedColumns({{"title", before.title, p.title}, {"phone", before.phone, p.phone},
            {"email", before.email, p.email}, {"active", before.active, p.active}});
        outcome.action = changed.isEmpty() ? RowAction::Unchanged : RowAction::Updated;
        outcome.changed = changed;
        if (p.title != before.title || p.phone != before.phone || p.email != before.email) {
            if (const Status s = m_persons.updatePerson(m_session, p); !s)
                return s;
        }
        if (p.active != before.active) {
            if (const Status s = m_persons.setPersonActive(m_session, p.id, p.active); !s)
                return s;
        }
        return {};
    }

    // A site's key is its identifier code.
    Status importSite(QList<Finding>* warnings, RowOutcome& outcome)
    {
        const QString code = cell("code");
        if (code.isEmpty())
            return columnError("code", tr("the identifier code is empty."));
        outcome.key = code;
        if (m_codes.contains(code))
            return columnError("code",
                tr("the identifier code %1 appears twice in the file (first on line %2).")
                    .arg(code)
                    .arg(m_codes.value(code)));
        m_codes.insert(code, m_row->line);
        const auto existing = existingId(
            QStringLiteral("SELECT id FROM sites WHERE code = ?"), {code}, tr("The sites could not be read."));
        if (!existing)
            return existing.error();
        Site before;
        if (*existing != 0) {
            const auto found = SiteRepository(m_db).byId(*existing);
            if (!found)
                return found.error();
            before = *found;
        }
        const bool update = before.id != 0;
        Site s = before;
        s.code = code;
        if (!update || has("name"))
            s.name = cell("name");
        if (!update || has("url"))
            s.url = cell("url");
        if (!update || has("domain"))
            s.domain = cell("domain").toLower();
        if (s.domain.isEmpty() && !s.url.isEmpty())
            s.domain = QUrl(s.url).host().toLower();
        if (s.url.isEmpty() && !s.domain.isEmpty())
            s.url = QStringLiteral("https://%1/").arg(s.domain);
        const auto kind = parseKey<SiteKind>("kind", "site_kind", &Vocabulary::siteKind, true, s.kind);
        if (!kind)
            return kind.error();
        s.kind = *kind;
        if (!update || has("status")) {
            const auto status = parseKey<SiteStatus>(
                "status", "status", &Vocabulary::siteStatus, false, update ? before.status : SiteStatus::Operating);
            if (!status)
                return status.error();
            s.status = *status;
        }
        if (!update || has("platform")) {
            const auto platform = parseKey<Platform>(
                "platform", "platform", &Vocabulary::platform, false, update ? before.platform : Platform::Standalone);
            if (!platform)
                return platform.error();
            s.platform = *platform;
        }
        const auto host = unit("host_unit");
        if (!host)
            return host.error();
        s.hostOrgId = *host;
        if (!update || has("supervisor_unit")) {
            s.supervisorOrgId = 0;
            if (!cell("supervisor_unit").isEmpty()) {
                const auto supervisor = unit("supervisor_unit");
                if (!supervisor)
                    return supervisor.error();
                s.supervisorOrgId = *supervisor;
            }
        }
        if (!update || has("operator"))
            s.operatorName = cell("operator");
        if (!update || has("icp_filing"))
            s.icpFiling = cell("icp_filing");
        if (!update || has("psb_filing"))
            s.psbFiling = cell("psb_filing");
        if (!update || has("opened_on")) {
            const auto opened = date("opened_on");
            if (!opened)
                return opened.error();
            s.openedOn = *opened;
        }
        if (!update || has("closed_on")) {
            const auto closed = date("closed_on");
            if (!closed)
                return closed.error();
            s.closedOn = *closed;
        }
        if (!update || has("notes"))
            s.notes = cell("notes");
        if (!update) {
            // A second open site for a unit is recorded as it is and flagged for merging.
            const auto id = m_registry.registerSite(m_session, s, RegistryService::DuplicatePolicy::Flag, warnings);
            if (!id)
                return id.error();
            outcome.action = RowAction::Created;
            return {};
        }
        const QStringList changed = changedColumns({{"name", before.name, s.name}, {"url", before.url, s.url},
            {"domain", before.domain, s.domain}, {"kind", Vocabulary::key(before.kind), Vocabulary::key(s.kind)},
            {"status", Vocabulary::key(before.status), Vocabulary::key(s.status)},
            {"platform", Vocabulary::key(before.platform), Vocabulary::key(s.platform)},
            {"host_unit", before.hostOrgId, s.hostOrgId},
            {"supervisor_unit", before.supervisorOrgId, s.supervisorOrgId},
            {"operator", before.operatorName, s.operatorName}, {"icp_filing", before.icpFiling, s.icpFiling},
            {"psb_filing", before.psbFiling, s.psbFiling}, {"opened_on", before.openedOn, s.openedOn},
            {"closed_on", before.closedOn, s.closedOn}, {"notes", before.notes, s.notes}});
        outcome.action = changed.isEmpty() ? RowAction::Unchanged : RowAction::Updated;
        outcome.changed = changed;
        if (changed.isEmpty())
            return {};
        return m_registry.updateSite(m_session, s);
    }

    Status importAssignment()
    {
        const QString code = cell("site_code");
        auto site = m_siteIds.constFind(code);
        if (site == m_siteIds.constEnd()) {
            const auto found = SiteRepository(m_db).byCode(code);
            if (!found)
                return columnError("site_code", found.error().message);
            site = m_siteIds.insert(code, found->id);
        }
        const auto org = unit("person_unit");
        if (!org)
            return org.error();
        const auto person = m_persons.personByName(*org, cell("person"));
        if (!person)
            return columnError("person", person.error().message);
        const auto role
            = parseKey<AssignmentRole>("role", "role", &RegistryVocabulary::role, true, AssignmentRole::Caretaker);
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
            return columnError("start_on", tr("the start date is empty."));
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
    QHash<QString, QString> m_chinese; // each column's Chinese header
    bool m_englishFile = false; // the file names its columns by their English keys
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_siteIds;
    QHash<QString, int> m_codes;
    QHash<QString, int> m_rowsOfKey;
    const TableRow* m_row = nullptr;
    mutable int m_errorColumn = -1; // the file's column of the row's error, when it names one
};

} // namespace

int ImportReport::count(RowAction action) const
{
    return int(std::count_if(
        outcomes.cbegin(), outcomes.cend(), [action](const RowOutcome& o) { return o.action == action; }));
}

Result<ImportReport> ImportReport::finishAllOrNothing(Transaction& tx) &&
{
    if (failed > 0 || imported == 0) {
        tx.rollback();
        imported = 0;
        return std::move(*this);
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    committed = true;
    return std::move(*this);
}

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
        return {c("name", "单位名称", true), c("parent", "上级单位"), c("level", "层级", true),
            c("kind", "单位类型", true), c("division_code", "行政区划代码", true), c("domain_label", "域名标识"),
            c("active", "在用")};
    case ExchangeKind::Persons:
        return {c("name", "姓名", true), c("unit", "所在单位", true), c("title", "职务"), c("phone", "电话"),
            c("email", "电子邮件"), c("active", "在用")};
    case ExchangeKind::Sites:
        return {c("code", "网站标识码", true), c("name", "网站名称", true), c("url", "网址"), c("domain", "域名"),
            c("kind", "网站类别", true), c("status", "状态"), c("platform", "平台"), c("host_unit", "主办单位", true),
            c("supervisor_unit", "主管单位"), c("operator", "承办单位"), c("icp_filing", "ICP备案号"),
            c("psb_filing", "公安机关备案号"), c("opened_on", "开设日期"), c("closed_on", "关停日期"),
            c("notes", "备注")};
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
        RowOutcome outcome;
        // A savepoint: a failing row leaves nothing behind. A site row needs none of its own: it
        // only reads until its one service call (registerSite or updateSite), which writes in a
        // savepoint of its own and leaves nothing when it fails. Units and persons may take several
        // calls for a row, so their rows keep theirs.
        std::optional<Transaction> rowTx;
        if (kind != ExchangeKind::Sites)
            rowTx.emplace(db);
        const Status s = run.importRow(row, &warnings, &outcome);
        if (s && (!rowTx || rowTx->commit())) {
            ++report.imported;
            if (kind != ExchangeKind::Assignments)
                report.outcomes << outcome;
            for (const Finding& w : warnings)
                report.issues << ImportIssue{row.line, w.message, false};
        } else {
            if (rowTx)
                rowTx->rollback();
            ++report.failed;
            report.issues << ImportIssue{row.line, s ? tr("The row could not be saved.") : s.error().message, true,
                run.errorColumn()};
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

} // namespace sitegov
