#include "storage/InspectionExchange.h"

#include "core/CsvWriter.h"
#include "core/Domain.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AccountService.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/HeaderIndex.h"
#include "storage/InspectionService.h"
#include "storage/RegistryFileValues.h"
#include "storage/TableWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sitegov {

namespace {

QString norm(const QString& s)
{
    return Checklist::columnName(s);
}

// 2026-11-28, 2026/11/28, 2026.11.28, 2026年11月28日, 20261128.
std::optional<QDate> parseDay(const QString& text)
{
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const auto m = compact.match(t);
    if (!m.hasMatch())
        return RegistryFileValues::parseDate(t); // the registry's files write their dates the same ways
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool hasControl(const QString& s)
{
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return true;
    }
    return false;
}

struct Inspector
{
    QString name;
    qint64 accountId = 0;
};

// What the checks of a row and of saving it need of its site (InspectionService::record takes it).
using SiteRef = InspectedSite;

// One import: the file's columns, the checklist, and what was looked up so far.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionExchange)

public:
    Importer(QSqlDatabase& db, const Session& actor, const TableData& table, const QDate& today)
        : m_db(db)
        , m_actor(actor)
        , m_table(table)
        , m_today(today)
        , m_service(db)
    { }

    Status mapHeader(ImportReport& report)
    {
        auto header = HeaderIndex::of(m_table.header, norm);
        if (!header)
            return header.error();
        auto find = [&](const QStringList& names) {
            return header.value().find(names);
        };
        for (const InspectionFileColumn& c : Checklist::fileColumns()) {
            const QStringList names = QStringList{c.key, c.chinese} + c.aliases;
            const int index = find(names);
            if (index < 0 && c.required)
                return Error{tr("The file has no column \"%1\" (%2): the first line must name the columns.")
                                 .arg(c.chinese, c.key),
                    m_table.header.join(QStringLiteral(", ")).left(500)};
            m_fixed.insert(c.key, index);
        }
        if (const Status s = loadLists(); !s)
            return s;
        // Each list's items and their notes, by column. A file may hold rows made with earlier lists
        // (an export of older inspections does): it needs only the columns of one list complete.
        QSet<int> itemColumns;
        bool anyComplete = false;
        QStringList missing;
        for (ListColumns& l : m_lists) {
            missing.clear();
            for (const ChecklistItem& item : std::as_const(l.list.items)) {
                const int index
                    = find({item.key, item.nameZh, item.nameEn, InspectionExchange::itemHeader(item, false)});
                if (index < 0)
                    missing << QStringLiteral("%1 (%2)").arg(item.nameZh, item.key);
                const int note = find(Checklist::noteHeaders(item));
                l.items << index;
                l.notes << note;
                for (const int c : {index, note}) {
                    if (c >= 0) {
                        l.own.insert(c);
                        itemColumns.insert(c);
                    }
                }
            }
            anyComplete = anyComplete || missing.isEmpty();
        }
        // `missing` is now the list in force's (the last).
        if (!anyComplete)
            return Error{
                tr("The file has no column for these checklist items: %1.").arg(missing.join(QStringLiteral(", "))),
                tr("Checklist version %1").arg(m_lists.constLast().list.version)};
        for (ListColumns& l : m_lists) {
            for (const int c : std::as_const(itemColumns)) {
                if (!l.own.contains(c))
                    l.foreign << c;
            }
            std::sort(l.foreign.begin(), l.foreign.end());
        }
        // Any other column is taken for a checklist item the list does not have: a row that fills it in
        // is refused; an empty one is only reported here.
        for (int i = 0; i < m_table.header.size(); ++i) {
            if (header->isUsed(i) || m_table.header.at(i).trimmed().isEmpty())
                continue;
            m_unknown << i;
            report.issues << ImportIssue{m_table.headerLine,
                tr("The column \"%1\" is not an item of the checklist in force; rows that fill it in are refused.")
                    .arg(m_table.header.at(i).trimmed().left(80)),
                false};
        }
        return {};
    }

    // Checks a row and records it through the service; the error says what is wrong.
    Status importRow(const TableRow& row)
    {
        m_row = &row;
        if (m_table.format != u"XLSX" && row.cells.size() != m_table.header.size())
            return Error{
                tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        if (row.cells.size() > m_table.header.size())
            return Error{
                tr("The row has %1 columns, the header %2.").arg(row.cells.size()).arg(m_table.header.size()), {}};
        for (const QString& c : row.cells) {
            if (hasControl(c))
                return Error{tr("A cell holds a control character: the row is refused."), {}};
        }
        const QString code = cell(m_fixed.value(QStringLiteral("site_code")));
        if (code.isEmpty())
            return Error{tr("The site's identifier code is missing."), {}};
        const auto siteRef = site(code);
        if (!siteRef)
            return siteRef.error();
        const qint64 siteId = siteRef->id;
        // A row names its site twice: the code decides, and a name that is not the code's site's is
        // a mistake of one of the two.
        const QString siteName = cell(m_fixed.value(QStringLiteral("site_name")));
        if (!siteName.isEmpty() && siteName != siteRef->name.trimmed()) {
            return Error{tr("Column \"%1\": \"%2\" is not the name of the site %3, which is \"%4\" (column \"%5\"): "
                            "correct one of the two.")
                             .arg(header(QStringLiteral("site_name")), siteName.left(80), code, siteRef->name,
                                 header(QStringLiteral("site_code"))),
                {}};
        }
        const QString dayText = cell(m_fixed.value(QStringLiteral("day")));
        if (dayText.isEmpty())
            return Error{tr("The day of the inspection is missing."), {}};
        const auto day = parseDay(dayText);
        if (!day)
            return Error{tr("\"%1\" is not a date: write it as 2026-11-28.").arg(dayText.left(40)), {}};
        if (*day > m_today)
            return Error{tr("%1 is still to come: an inspection is recorded for a day that has been.")
                             .arg(day->toString(Qt::ISODate)),
                {}};
        QString who = cell(m_fixed.value(QStringLiteral("inspector")));
        if (who.isEmpty())
            who = m_actor.isSystem() ? QString() : m_actor.username;
        if (who.isEmpty())
            return Error{tr("Say who inspected (the inspector column is empty)."), {}};
        if (who.size() > 200)
            return Error{tr("The inspector's name is longer than %1 characters.").arg(200), {}};
        const auto inspector = resolve(who);
        if (!inspector)
            return inspector.error();
        if (const Status s = mayCredit(*inspector, who, *siteRef); !s)
            return s;

        InspectionInput input;
        input.siteId = siteId;
        input.day = *day;
        input.note = cell(m_fixed.value(QStringLiteral("note")));
        const ListColumns& columns = listOf(*day);
        input.checklistVersion = columns.list.version;
        for (int i = 0; i < columns.list.items.size(); ++i) {
            const ChecklistItem& item = columns.list.items.at(i);
            if (columns.items.at(i) < 0)
                return Error{tr("The file has no column for \"%1\", an item of the checklist in force on %2.")
                                 .arg(item.name(), day->toString(Qt::ISODate)),
                    {}};
            const QString value = cell(columns.items.at(i));
            if (value.isEmpty())
                return Error{
                    tr("\"%1\" has no result: write pass, fail or na (通过, 不通过, 不适用).").arg(item.name()), {}};
            const auto result = InspectionExchange::parseResult(value);
            if (!result)
                return Error{tr("\"%1\" for \"%2\" is not pass, fail or na (通过, 不通过, 不适用).")
                                 .arg(value.left(40), item.name()),
                    {}};
            ItemOutcome outcome{*result, cell(columns.notes.at(i))};
            // A file with one notes column: a failed item says what is wrong there.
            if (outcome.result == ItemResult::Fail && outcome.note.isEmpty() && columns.notes.at(i) < 0)
                outcome.note = input.note;
            if (outcome.result == ItemResult::Fail && outcome.note.isEmpty())
                return Error{tr("\"%1\" failed without a note: say what is wrong.").arg(item.name()), {}};
            input.outcomes.insert(item.key, outcome);
        }
        for (const int i : std::as_const(columns.foreign)) {
            if (!cell(i).isEmpty())
                return Error{tr("\"%1\" is not an item of the checklist in force on %2.")
                                 .arg(m_table.header.at(i).trimmed().left(80), day->toString(Qt::ISODate)),
                    {}};
        }
        for (const int i : std::as_const(m_unknown)) {
            if (!cell(i).isEmpty())
                return Error{
                    tr("\"%1\" is not an item of the checklist in force.").arg(m_table.header.at(i).trimmed().left(80)),
                    {}};
        }
        const QString key
            = QString::number(siteId) + u'|' + day->toString(Qt::ISODate) + u'|' + inspector->name.toCaseFolded();
        const int earlier = m_seen.value(key, 0);
        if (earlier != 0)
            return Error{tr("Line %1 already has %2's inspection of %3 on %4.")
                             .arg(earlier)
                             .arg(inspector->name, code, day->toString(Qt::ISODate)),
                {}};
        m_seen.insert(key, row.line);
        const auto saved = m_service.record(m_actor, input, inspector->name, inspector->accountId, m_today, &*siteRef);
        if (!saved)
            return saved.error();
        m_opened += int(saved->openedRectifications.size());
        // The built-in list is stored as a version of its own by the first inspection saved with it:
        // the later rows name that version, instead of asking for the newest one twice a row.
        if (m_lists.size() == 1 && m_lists.constFirst().list.version == 0) {
            const auto stored = ChecklistService(m_db).current();
            if (stored && stored->version != 0)
                m_lists.first().list.version = stored->version;
        }
        return {};
    }

    // The sites the file names, read in a few statements before the rows instead of one statement
    // a row (what site() would read, kept the same way). Codes that are not found are left to
    // site(), which says so for their rows.
    Status preloadSites()
    {
        const int column = m_fixed.value(QStringLiteral("site_code"), -1);
        if (column < 0)
            return {};
        QStringList codes;
        QSet<QString> seen;
        for (const TableRow& row : m_table.rows) {
            if (column >= row.cells.size())
                continue;
            const QString code = CsvWriter::unguardedCell(row.cells.at(column)).trimmed();
            if (!code.isEmpty() && !seen.contains(code)) {
                seen.insert(code);
                codes << code;
            }
        }
        constexpr int kChunk = 200;
        for (qsizetype from = 0; from < codes.size(); from += kChunk) {
            const QStringList part = codes.mid(from, kChunk);
            QStringList marks;
            QVariantList binds;
            for (const QString& c : part) {
                marks << QStringLiteral("?");
                binds << c;
            }
            const Status read = db::Query(m_db,
                QStringLiteral(
                    "SELECT code, id, name, status, host_org_id, closed_on, opened_on FROM sites WHERE code IN (%1)")
                    .arg(marks.join(u',')))
                                    .bindAll(binds)
                                    .forEach(tr("The site could not be read."), [this](const QSqlQuery& q) {
                                        SiteRef site;
                                        site.code = q.value(0).toString();
                                        site.id = q.value(1).toLongLong();
                                        site.name = q.value(2).toString();
                                        site.status = Vocabulary::siteStatus(q.value(3).toString())
                                                          .value_or(SiteStatus::Planned);
                                        site.hostOrgId = q.value(4).toLongLong();
                                        site.closedOn = Sql::toDate(q.value(5));
                                        site.openedOn = Sql::toDate(q.value(6));
                                        m_sites.insert(site.code, site);
                                        return true;
                                    });
            if (!read)
                return read;
        }
        return {};
    }

    int openedRectifications() const { return m_opened; }

private:
    // A version of the checklist and where the file holds its items.
    struct ListColumns
    {
        Checklist list;
        QDate from; // the office's day it came into force
        QList<int> items; // the column of each item, -1 when the file has none
        QList<int> notes; // the column of each item's note, -1 when none
        QSet<int> own; // those columns
        QList<int> foreign; // the columns of other lists' items, which this list's rows leave empty
    };

    // Every stored version of the checklist, oldest first (the last is in force); only the built-in
    // list while none is stored.
    Status loadLists()
    {
        ChecklistService checklists(m_db);
        const auto stored = db::Query(m_db, QStringLiteral("SELECT id, created_at FROM checklist_versions ORDER BY id"))
                                .rows(tr("The checklist could not be read."), [](const QSqlQuery& q) {
                                    const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
                                    return std::pair{q.value(0).toLongLong(),
                                        at.isValid() ? at.toTimeZone(OfficeClock::zone()).date() : QDate()};
                                });
        if (!stored)
            return stored.error();
        if (stored->isEmpty()) {
            const auto builtin = checklists.current();
            if (!builtin)
                return builtin.error();
            m_lists.append(ListColumns{*builtin, {}, {}, {}, {}, {}});
            return {};
        }
        for (const auto& [id, from] : *stored) {
            const auto list = checklists.version(id);
            if (!list)
                return list.error();
            m_lists.append(ListColumns{*list, from, {}, {}, {}, {}});
        }
        return {};
    }

    // The list a row was made with: the one in force on its day when the row fills in exactly its
    // items, else the first later one that it fits (an inspection entered late was made with the
    // list in force when it was entered). A row that fits none is checked against its day's list.
    const ListColumns& listOf(const QDate& day) const
    {
        qsizetype onTheDay = 0;
        for (qsizetype i = 1; i < m_lists.size(); ++i) {
            if (m_lists.at(i).from.isValid() && m_lists.at(i).from <= day)
                onTheDay = i;
        }
        for (qsizetype i = onTheDay; i < m_lists.size(); ++i) {
            if (fits(m_lists.at(i)))
                return m_lists.at(i);
        }
        return m_lists.at(onTheDay);
    }

    bool fits(const ListColumns& l) const
    {
        for (const int c : l.items) {
            if (c < 0 || cell(c).isEmpty())
                return false;
        }
        for (const int c : l.foreign) {
            if (!cell(c).isEmpty())
                return false;
        }
        return true;
    }

    QString cell(int index) const
    {
        if (index < 0 || index >= m_row->cells.size())
            return {};
        // An export guards a cell a spreadsheet would run as a formula with an apostrophe: take it off.
        return CsvWriter::unguardedCell(m_row->cells.at(index)).trimmed();
    }

    Result<SiteRef> site(const QString& code)
    {
        const auto it = m_sites.constFind(code);
        if (it != m_sites.constEnd())
            return *it;
        const auto ref
            = db::Query::cached(m_db,
                QStringLiteral("SELECT id, name, status, host_org_id, closed_on, opened_on FROM sites WHERE code = ?"))
                  .bind(code)
                  .single(tr("The site could not be read."),
                      tr("There is no site with the identifier code %1.").arg(code.left(40)), [&code](const QSqlQuery& q) {
                          SiteRef site;
                          site.id = q.value(0).toLongLong();
                          site.code = code; // the key it was found by (shared, not a second copy)
                          site.name = q.value(1).toString();
                          site.status = Vocabulary::siteStatus(q.value(2).toString()).value_or(SiteStatus::Planned);
                          site.hostOrgId = q.value(3).toLongLong();
                          site.closedOn = Sql::toDate(q.value(4));
                          site.openedOn = Sql::toDate(q.value(5));
                          return site;
                      });
        if (ref)
            m_sites.insert(code, *ref);
        return ref;
    }

    // The file's own header of a fixed column (as the user wrote it), or its Chinese name when the
    // file has no such column.
    QString header(const QString& key) const
    {
        const int index = m_fixed.value(key, -1);
        if (index >= 0 && index < m_table.header.size()) {
            QString h = m_table.header.at(index).trimmed();
            h.remove(QChar(0xfeff)); // a UTF-8 file's byte order mark, before the first header
            if (!h.isEmpty())
                return h.left(80);
        }
        for (const InspectionFileColumn& c : Checklist::fileColumns()) {
            if (c.key == key)
                return c.chinese;
        }
        return key;
    }

    // Whom an import may credit with an inspection ("may act for"; README, inspection import):
    // - an account acting itself (--as USER) credits only itself: the inspector column empty, its
    //   own user name, or the name of the person linked to its account;
    // - the command line itself (no --as, whoever may write the database file) credits any active
    //   account that may log inspections of the site (an inspector's role, and the site's host unit
    //   within the account's jurisdiction), or a name that is no account (a person who inspects
    //   without a login, kept as written).
    // Nothing else is accepted: no other account, no disabled one, none outside the site's reach.
    Status mayCredit(const Inspector& inspector, const QString& written, const SiteRef& site)
    {
        const QString column = header(QStringLiteral("inspector"));
        if (!m_actor.isSystem()) {
            if (inspector.accountId == m_actor.accountId)
                return {};
            return Error{tr("Column \"%1\": \"%2\" is not %3. An account records only its own inspections: leave "
                            "the column empty or write %3; another inspector's rows are imported by that inspector, or "
                            "by the command line without --as.")
                             .arg(column, written.left(80), m_actor.username),
                {}};
        }
        if (inspector.accountId == 0)
            return {};
        auto it = m_accounts.constFind(inspector.accountId);
        if (it == m_accounts.constEnd()) {
            const auto account = AccountService(m_db).byId(inspector.accountId);
            if (!account)
                return account.error();
            it = m_accounts.insert(inspector.accountId, *account);
        }
        const Account& account = *it;
        const QString who = written == account.username
            ? account.username
            : QStringLiteral("%1 (%2)").arg(written.left(80), account.username);
        if (account.disabled)
            return Error{
                tr("Column \"%1\": the account of %2 is disabled; no inspection is credited to it.").arg(column, who),
                {}};
        if (!Permissions::allows(account.roles, Action::LogInspection)) {
            return Error{tr("Column \"%1\": %2 is a %3, not an inspector: the account does not log inspections.")
                             .arg(column, who, Permissions::displayNames(account.roles)),
                {}};
        }
        const auto within = Authorizer::withinJurisdiction(m_db, AccountService::sessionFor(account), site.hostOrgId);
        if (!within)
            return within.error();
        if (!*within) {
            return Error{tr("Column \"%1\": %2 of %3 does not inspect %4: the site lies outside the account's unit.")
                             .arg(column, who, account.orgName, site.name),
                {}};
        }
        return {};
    }

    // An account's user name (any case) is that account; a person's name is kept as written and
    // linked to the person's login when exactly one person of that name has one (as the console
    // records a caretaker's inspections); any other name is kept as written.
    Result<Inspector> resolve(const QString& who)
    {
        const auto it = m_inspectors.constFind(who);
        if (it != m_inspectors.constEnd())
            return *it;
        Inspector r{who, 0};
        const QString what = tr("The accounts could not be read.");
        const auto account
            = db::Query::cached(m_db, QStringLiteral("SELECT id, username FROM accounts WHERE username = ?"))
                  .bind(who)
                  .first(what, [](const QSqlQuery& q) {
                      return Inspector{q.value(1).toString(), q.value(0).toLongLong()};
                  });
        if (!account)
            return account.error();
        if (*account) {
            r = **account;
        } else {
            // 0 for a person without a login
            const auto accounts
                = db::Query::cached(m_db, QStringLiteral("SELECT account_id FROM persons WHERE name = ? LIMIT 2"))
                      .bind(who)
                      .column<qint64>(what);
            if (!accounts)
                return accounts.error();
            if (accounts->size() == 1)
                r.accountId = accounts->constFirst();
        }
        m_inspectors.insert(who, r);
        return r;
    }

    QSqlDatabase& m_db;
    const Session& m_actor;
    const TableData& m_table;
    QList<ListColumns> m_lists;
    QDate m_today;
    InspectionService m_service;
    QHash<QString, int> m_fixed;
    QList<int> m_unknown;
    QHash<QString, SiteRef> m_sites;
    QHash<qint64, Account> m_accounts;
    QHash<QString, Inspector> m_inspectors;
    QHash<QString, int> m_seen;
    const TableRow* m_row = nullptr;
    int m_opened = 0;
};

} // namespace

QList<ExchangeColumn> InspectionExchange::fixedColumns()
{
    QList<ExchangeColumn> out;
    for (const InspectionFileColumn& c : Checklist::fileColumns())
        out << ExchangeColumn{c.key, c.chinese, c.required};
    return out;
}

QString InspectionExchange::itemHeader(const ChecklistItem& item, bool english)
{
    return english ? item.key : item.nameZh;
}

QString InspectionExchange::noteHeader(const ChecklistItem& item, bool english)
{
    return Checklist::noteHeaders(item).at(english ? 0 : 1);
}

std::optional<ItemResult> InspectionExchange::parseResult(const QString& text)
{
    const QString t = norm(text);
    if (t.isEmpty())
        return std::nullopt;
    if (const auto r = InspectionRules::itemResult(t))
        return r;
    if (t == u"passed" || t == u"ok" || t == QStringLiteral("通过") || t == QStringLiteral("合格")
        || t == QStringLiteral("✓") || t == QStringLiteral("√"))
        return ItemResult::Pass;
    if (t == u"failed" || t == u"x" || t == QStringLiteral("不通过") || t == QStringLiteral("不合格")
        || t == QStringLiteral("未通过") || t == QStringLiteral("✗") || t == QStringLiteral("×"))
        return ItemResult::Fail;
    if (t == u"n/a" || t == u"notapplicable" || t == QStringLiteral("不适用") || t == QStringLiteral("无"))
        return ItemResult::NotApplicable;
    return std::nullopt;
}

Result<ImportReport> InspectionExchange::import(QSqlDatabase& db, const Session& actor, const TableData& table,
    bool goodRowsOnly, const QDate& today, const ExchangeProgress& progress)
{
    ImportReport report;
    report.rows = int(table.rows.size());
    Importer importer(db, actor, table, today);
    if (const Status s = importer.mapHeader(report); !s)
        return s.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = importer.preloadSites(); !s)
        return s.error();
    int done = 0;
    for (const TableRow& row : table.rows) {
        // InspectionService::record writes in a savepoint of its own: a refused row leaves nothing.
        const Status s = importer.importRow(row);
        if (s) {
            ++report.imported;
        } else {
            ++report.failed;
            report.issues << ImportIssue{row.line, s.error().message, true};
        }
        ++done;
        if (progress && (done % 1000 == 0 || done == report.rows) && !progress(done, report.rows)) {
            report.cancelled = true;
            tx.rollback();
            return report;
        }
    }
    if (report.failed > 0 && !goodRowsOnly) {
        tx.rollback();
        return report;
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

Result<int> InspectionExchange::exportTable(const QString& databasePath, const InspectionExportFilter& filter,
    TableWriter& writer, bool englishHeaders, const ExchangeProgress& progress)
{
    auto opened = ConsoleDatabase::open(databasePath, Database::Mode::RequireCurrent);
    if (!opened)
        return opened.error();
    QSqlDatabase& db = (*opened)->connection();
    ChecklistService checklists(db);
    const auto current = checklists.current();
    if (!current)
        return current.error();
    // The items of the list in force, then those only earlier versions had.
    QList<ChecklistItem> items = current->items;
    QHash<qint64, Checklist> versions;
    {
        const auto ids = db::Query(db, QStringLiteral("SELECT id FROM checklist_versions ORDER BY id DESC"))
                             .column<qint64>(tr("The checklist could not be read."));
        if (!ids)
            return ids.error();
        for (const qint64 id : *ids) {
            const auto v = checklists.version(id);
            if (!v)
                return v.error();
            versions.insert(id, *v);
            for (const ChecklistItem& item : v->items) {
                bool known = false;
                for (const ChecklistItem& i : std::as_const(items))
                    known = known || i.key == item.key;
                if (!known)
                    items << item;
            }
        }
    }
    QStringList header;
    const QList<ExchangeColumn> fixed = fixedColumns();
    for (int i = 0; i < 4; ++i)
        header << (englishHeaders ? fixed.at(i).key : fixed.at(i).chinese);
    for (const ChecklistItem& item : std::as_const(items))
        header << itemHeader(item, englishHeaders) << noteHeader(item, englishHeaders);
    header << (englishHeaders ? fixed.at(4).key : fixed.at(4).chinese);
    writer.writeHeader(header);

    QStringList where;
    QVariantList binds;
    if (filter.from.isValid()) {
        where << QStringLiteral("i.day >= ?");
        binds << Sql::date(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("i.day <= ?");
        binds << Sql::date(filter.to);
    }
    if (filter.unitId != 0) {
        where << QStringLiteral("s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        binds << filter.unitId;
    }
    const QString sql
        = QStringLiteral("SELECT s.code, s.name, i.day, i.inspector, i.checklist_id, i.results, i.note FROM "
                         "inspections i JOIN sites s ON s.id = i.site_id")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY i.day, i.site_id, i.inspector");
    auto resultText = [englishHeaders](ItemResult r) {
        if (englishHeaders)
            return InspectionRules::key(r);
        switch (r) {
        case ItemResult::Pass:
            return QStringLiteral("通过");
        case ItemResult::Fail:
            return QStringLiteral("不通过");
        case ItemResult::NotApplicable:
            return QStringLiteral("不适用");
        }
        return QString();
    };
    const QString passText = resultText(ItemResult::Pass);
    // The cells of a row whose items all passed (no results stored), per version of the checklist:
    // the common case, built once instead of for every row.
    QHash<qint64, QStringList> allPassed;
    auto allPassedCells = [&](qint64 version, const Checklist& list) -> const QStringList& {
        auto it = allPassed.constFind(version);
        if (it == allPassed.constEnd()) {
            QStringList out;
            for (const ChecklistItem& item : std::as_const(items))
                out << (list.indexOf(item.key) >= 0 ? passText : QString()) << QString();
            it = allPassed.insert(version, out);
        }
        return *it;
    };
    int rows = 0;
    QStringList cells;
    Error failed;
    const Status read
        = db::Query(db, sql).bindAll(binds).forEach(tr("The inspections could not be read."), [&](const QSqlQuery& q) {
              cells.clear();
              cells << q.value(0).toString() << q.value(1).toString() << q.value(2).toString() << q.value(3).toString();
              const qint64 version = q.value(4).toLongLong();
              const QString results = q.value(5).toString();
              const auto known = versions.constFind(version);
              const Checklist& list = known != versions.constEnd() ? *known : *current;
              if (results.isEmpty()) {
                  // Everything on its list passed: the common case, without decoding.
                  cells << allPassedCells(known != versions.constEnd() ? version : 0, list);
              } else {
                  const auto outcomes = InspectionRules::decode(list, results);
                  if (!outcomes) {
                      failed = outcomes.error();
                      return false;
                  }
                  for (const ChecklistItem& item : std::as_const(items)) {
                      const auto it = outcomes->constFind(item.key);
                      if (it == outcomes->constEnd())
                          cells << QString() << QString();
                      else
                          cells << resultText(it->result) << it->note;
                  }
              }
              cells << q.value(6).toString();
              if (!writer.writeRow(cells))
                  return false;
              ++rows;
              if (progress && rows % 1000 == 0 && !progress(rows, -1)) {
                  failed = Error{tr("The export was cancelled."), {}};
                  return false;
              }
              return true;
          });
    if (!read)
        return read.error();
    if (!failed.message.isEmpty()) {
        writer.cancel();
        return failed;
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return rows;
}

} // namespace sitegov
