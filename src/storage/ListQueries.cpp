#include "storage/ListQueries.h"

#include "db/Query.h"
#include "storage/ConsoleDatabase.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sqlite3.h>

namespace sitegov {

QString QueryPager::forEngine(const db::Dialect& dialect, QString sql)
{
    // The lists' filters write LIKE for "contains, whatever the case" (SQLite's LIKE ignores case).
    static const QRegularExpression like(QStringLiteral("\\bLIKE\\b"));
    const QString op = dialect.caseInsensitiveLike();
    if (op != QLatin1String("LIKE"))
        sql.replace(like, op);
    return sql;
}

QString QueryPager::orderBy(const ListQuery& query, int sortColumn, Qt::SortOrder order)
{
    QStringList parts;
    if (sortColumn >= 0 && sortColumn < query.sortExpressions.size() && !query.sortExpressions.at(sortColumn).isEmpty())
        parts << query.sortExpressions.at(sortColumn)
                + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    else if (!query.defaultOrder.isEmpty())
        parts << query.defaultOrder;
    if (!query.tieBreaker.isEmpty()) {
        // A descending sort breaks ties descending too, so that an index on the column (which ends
        // in the row id) serves the whole order, read backwards.
        const bool sorted = parts.size() == 1 && sortColumn >= 0 && sortColumn < query.sortExpressions.size()
            && !query.sortExpressions.at(sortColumn).isEmpty();
        const QString t = query.tieBreaker.trimmed();
        const bool hasDirection = t.endsWith(QLatin1String(" ASC"), Qt::CaseInsensitive)
            || t.endsWith(QLatin1String(" DESC"), Qt::CaseInsensitive);
        parts << (sorted && order == Qt::DescendingOrder && !hasDirection && !t.contains(u',')
                ? t + QStringLiteral(" DESC")
                : t);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

Result<QueryPage> QueryPager::fetch(
    const QString& databasePath, const ListQuery& query, int sortColumn, Qt::SortOrder order, int limit, int offset)
{
    auto db = ConsoleDatabase::forThisThread(databasePath);
    if (!db)
        return db.error();
    const QString sql = forEngine((*db)->dialect(),
        QStringLiteral("SELECT ") + query.select + u' ' + query.from + orderBy(query, sortColumn, order)
            + QStringLiteral(" LIMIT ? OFFSET ?"));
    QueryPage page;
    bool more = false;
    // One row more than asked tells whether there is more.
    const Status read = db::Query((*db)->connection(), sql)
                            .bindAll(query.binds)
                            .bind(limit + 1, offset)
                            .forEach(tr("The list could not be read."), [&page, &more, limit](const QSqlQuery& q) {
                                if (page.rows.size() == limit) {
                                    more = true;
                                    return false;
                                }
                                const int columns = q.record().count();
                                QVector<QVariant> row(columns);
                                for (int c = 0; c < columns; ++c)
                                    row[c] = q.value(c);
                                page.rows.append(std::move(row));
                                return true;
                            });
    if (!read)
        return read.error();
    page.atEnd = !more;
    return page;
}

namespace {

int askAbandoned(void* abandoned)
{
    return (*static_cast<const std::function<bool()>*>(abandoned))() ? 1 : 0;
}

// SQLite's progress handler on a connection for the life of a statement: a non-zero answer
// interrupts it.
class ProgressHandler final
{
public:
    ProgressHandler(QSqlDatabase& db, const std::function<bool()>& abandoned)
    {
        const QVariant handle = db.driver()->handle();
        if (!abandoned || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
        sqlite3_progress_handler(m_handle, 10000, &askAbandoned, const_cast<std::function<bool()>*>(&abandoned));
    }
    ~ProgressHandler()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    ProgressHandler(const ProgressHandler&) = delete;
    ProgressHandler& operator=(const ProgressHandler&) = delete;

private:
    sqlite3* m_handle = nullptr;
};

} // namespace

Result<qint64> QueryPager::count(
    const QString& databasePath, const ListQuery& query, const std::function<bool()>& abandoned)
{
    auto db = ConsoleDatabase::forThisThread(databasePath);
    if (!db)
        return db.error();
    const ProgressHandler progress((*db)->connection(), abandoned);
    const bool cheaper = !query.countFrom.isEmpty();
    auto counted = db::Query((*db)->connection(),
        forEngine((*db)->dialect(), QStringLiteral("SELECT count(*) ") + (cheaper ? query.countFrom : query.from)))
                       .bindAll(cheaper ? query.countBinds : query.binds)
                       .value<qint64>(tr("The list could not be counted."));
    if (!counted && abandoned && abandoned())
        return Error{};
    return counted;
}

QString SiteListQuery::likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

ListQuery SiteListQuery::build(const SiteFilter& f)
{
    ListQuery q;
    q.select
        = QStringLiteral("s.code, s.name, s.domain, s.kind, s.status, s.platform, o.name, o.level, c.name, s.flags, "
                         "s.opened_on, s.id, s.host_org_id");
    // Conditions on the site alone, and those that need its host unit.
    QStringList onSite;
    QVariantList siteBinds;
    QStringList onUnit;
    QVariantList unitBinds;
    // Several words ("厦门 教育", split at spaces, full-width ones too) find the sites that match
    // every one of them.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    QStringList terms;
    for (const QString& t : f.text.split(spaces, Qt::SkipEmptyParts)) {
        if (!terms.contains(t))
            terms << t;
    }
    // The trigram index (site_search) holds code, name, domain and unit name. LIKE uses it for terms
    // of three characters or more (an ESCAPE clause would turn the index off, so terms with wildcard
    // characters take the other path); shorter terms are looked for in the index's texts.
    QStringList indexed;
    QStringList shortTerms;
    for (const QString& term : std::as_const(terms)) {
        if (term.size() >= 3 && !term.contains(u'%') && !term.contains(u'_'))
            indexed << term;
        else
            shortTerms << term;
    }
    if (!indexed.isEmpty()) {
        QStringList likes;
        for (const QString& term : std::as_const(indexed)) {
            likes << QStringLiteral("text LIKE ?");
            siteBinds << u'%' + term + u'%';
        }
        onSite << QStringLiteral("s.id IN (SELECT rowid FROM site_search WHERE %1)")
                      .arg(likes.join(QStringLiteral(" AND ")));
    }
    if (!shortTerms.isEmpty()) {
        // site_search_content is the index's own table of the texts (an FTS5 shadow table). Probed
        // per site in the list's order, a common short term (教育, 福州) fills the first page after a
        // few hundred sites instead of a scan of all of them (100,000 sites: 5 ms instead of 70 ms);
        // a rare one still reads every text (about 100 ms).
        QStringList found;
        for (const QString& term : std::as_const(shortTerms)) {
            const QString lower = term.toLower();
            if (lower == term) {
                found << QStringLiteral("instr(x.c0, ?) > 0");
                siteBinds << term;
            } else {
                found << QStringLiteral("(instr(x.c0, ?) > 0 OR instr(x.c0, ?) > 0)");
                siteBinds << term << lower;
            }
        }
        onSite << QStringLiteral("EXISTS (SELECT 1 FROM site_search_content x WHERE x.id = s.id AND %1)")
                      .arg(found.join(QStringLiteral(" AND ")));
    }
    auto equals = [](QStringList& where, QVariantList& binds, const char* column, const QString& value) {
        if (!value.isEmpty()) {
            where << QLatin1String(column) + QStringLiteral(" = ?");
            binds << value;
        }
    };
    equals(onSite, siteBinds, "s.kind", f.kind);
    equals(onSite, siteBinds, "s.status", f.status);
    equals(onSite, siteBinds, "s.platform", f.platform);
    if (f.flags == -1) {
        onSite << QStringLiteral("s.flags <> 0");
    } else if (f.flags > 0) {
        onSite << QStringLiteral("(s.flags & ?) = ?");
        siteBinds << f.flags << f.flags;
    }
    if (f.unitId != 0) {
        onSite << QStringLiteral("s.host_org_id IN (WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM "
                                 "organisations u JOIN down ON u.parent_id = down.id) SELECT id FROM down)");
        siteBinds << f.unitId;
    }
    equals(onUnit, unitBinds, "o.level", f.level);
    if (f.cityOrgId == -1) {
        onUnit << QStringLiteral("o.city_org_id IS NULL");
    } else if (f.cityOrgId != 0) {
        onUnit << QStringLiteral("o.city_org_id = ?");
        unitBinds << f.cityOrgId;
    }
    const QStringList where = onSite + onUnit;
    q.binds = siteBinds + unitBinds;
    q.from = QStringLiteral(
        "FROM sites s JOIN organisations o ON o.id = s.host_org_id LEFT JOIN organisations c ON c.id = "
        "o.city_org_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Counting needs the unit only when a condition is on the unit.
    q.countFrom = onUnit.isEmpty() ? QStringLiteral("FROM sites s")
                                   : QStringLiteral("FROM sites s JOIN organisations o ON o.id = s.host_org_id");
    if (!where.isEmpty())
        q.countFrom += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.countBinds = q.binds;
    // Names sort by their Chinese (pinyin) sort keys (SortKey), each with an index.
    q.sortExpressions = {QStringLiteral("s.code"), QStringLiteral("s.name_key"), QStringLiteral("s.domain"),
        QStringLiteral("s.kind"), QStringLiteral("s.status"), QStringLiteral("s.platform"),
        QStringLiteral("o.name_key"), QStringLiteral("o.level"), QStringLiteral("c.name_key"),
        QStringLiteral("s.flags"), QStringLiteral("s.opened_on")};
    q.defaultOrder = QStringLiteral("s.code");
    q.tieBreaker = QStringLiteral("s.id");
    return q;
}

ListQuery AuditListQuery::build(const AuditFilter& f)
{
    ListQuery q;
    q.select = QStringLiteral(
        "id, at, account_name, action, object_type, object_id, summary, before_json, after_json, hash");
    QStringList where;
    if (!f.fromUtc.isEmpty()) {
        where << QStringLiteral("at >= ?");
        q.binds << f.fromUtc;
    }
    if (!f.toUtc.isEmpty()) {
        where << QStringLiteral("at < ?");
        q.binds << f.toUtc;
    }
    if (!f.account.isEmpty()) {
        where << QStringLiteral("account_name = ?");
        q.binds << f.account;
    }
    if (!f.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        q.binds << f.action;
    }
    if (!f.objectType.isEmpty()) {
        where << QStringLiteral("object_type = ?");
        q.binds << f.objectType;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(summary LIKE ? ESCAPE '\\' OR object_id = ?)");
        q.binds << SiteListQuery::likePattern(f.text) << f.text.trimmed();
    }
    q.from = QStringLiteral("FROM audit_log");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions = {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("account_name"),
        QStringLiteral("action"), QStringLiteral("object_type"), {}, {}};
    q.defaultOrder = QStringLiteral("id DESC");
    q.tieBreaker = QStringLiteral("id DESC");
    return q;
}

ListQuery RequestListQuery::build(const RequestFilter& f)
{
    ListQuery q;
    q.select
        = QStringLiteral("r.id, r.type, r.title, u.name, r.state, r.current_step, r.filed_by_name, r.submitted_at, "
                         "r.updated_at, r.step_count");
    QStringList where;
    switch (f.scope) {
    case RequestFilter::Scope::Inbox:
        where << QStringLiteral(
            "r.state IN ('submitted', 'in_review', 'approved') AND EXISTS (SELECT 1 FROM request_steps st WHERE "
            "st.request_id = r.id AND st.round = r.round AND st.position = r.current_step AND "
            "st.unit_id = ?) AND (r.filed_by IS NULL OR r.filed_by <> ?)");
        q.binds << f.unitId << f.accountId;
        break;
    case RequestFilter::Scope::Mine:
        where << QStringLiteral("r.filed_by = ?");
        q.binds << f.accountId;
        break;
    case RequestFilter::Scope::All:
        if (f.unitId != 0) {
            where << QStringLiteral("r.unit_id IN (WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT o.id FROM "
                                    "organisations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)");
            q.binds << f.unitId;
        }
        break;
    }
    if (f.state == u"open") {
        where << QStringLiteral("r.state IN ('submitted', 'in_review', 'approved')");
    } else if (!f.state.isEmpty()) {
        where << QStringLiteral("r.state = ?");
        q.binds << f.state;
    }
    if (!f.type.isEmpty()) {
        where << QStringLiteral("r.type = ?");
        q.binds << f.type;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral("(r.title LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\')");
        q.binds << p << p;
    }
    q.from = QStringLiteral("FROM requests r JOIN organisations u ON u.id = r.unit_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions = {QStringLiteral("r.id"), QStringLiteral("r.type"), QStringLiteral("r.title"),
        QStringLiteral("u.name_key"), QStringLiteral("r.state"), QStringLiteral("r.current_step"),
        QStringLiteral("r.filed_by_name"), QStringLiteral("r.submitted_at"), QStringLiteral("r.updated_at")};
    q.defaultOrder = QStringLiteral("r.updated_at DESC");
    q.tieBreaker = QStringLiteral("r.id DESC");
    return q;
}

ListQuery PersonListQuery::build(const PersonFilter& f)
{
    ListQuery q;
    q.select = QStringLiteral("p.name, o.name, p.title, p.phone, p.email, (SELECT count(*) FROM assignments a WHERE "
                              "a.person_id = p.id AND a.end_on IS NULL), p.active, p.id, p.org_id");
    QStringList where;
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral(
            "(p.name LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')");
        q.binds << p << p << p;
    }
    if (f.unitId != 0) {
        where << QStringLiteral("p.org_id = ?");
        q.binds << f.unitId;
    }
    if (!f.includeInactive)
        where << QStringLiteral("p.active = 1");
    q.from = QStringLiteral("FROM persons p JOIN organisations o ON o.id = p.org_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions = {QStringLiteral("p.name_key"), QStringLiteral("o.name_key"), QStringLiteral("p.title"),
        QStringLiteral("p.phone"), QStringLiteral("p.email"), {}, QStringLiteral("p.active")};
    q.defaultOrder = QStringLiteral("o.division_code, o.name_key, p.name_key");
    q.tieBreaker = QStringLiteral("p.id");
    return q;
}

} // namespace sitegov
