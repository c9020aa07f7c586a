#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>

namespace sitegov {

namespace db {
class Dialect;
}


// A list the console pages through: SELECT <select> <from> ORDER BY ... LIMIT/OFFSET. The SQL is
// built here (all SQL lives in storage); the GUI's lazy model only pages through it.
struct ListQuery
{
    QString select;              // column list
    QString from;                // FROM ... WHERE ..., binds in order
    QVariantList binds;
    QString countFrom;           // a cheaper FROM ... WHERE for the total, if there is one
    QVariantList countBinds;
    QStringList sortExpressions; // per visible column; empty: not sortable
    QString tieBreaker;          // appended to every ORDER BY, e.g. "s.id"
    QString defaultOrder;        // when no column is chosen, e.g. "s.code"
};

struct QueryPage
{
    QList<QVector<QVariant>> rows;
    bool atEnd = false;
};

// Runs list queries on a connection of its own (worker threads call it).
class QueryPager final
{
    Q_DECLARE_TR_FUNCTIONS(QueryPager)

public:
    static QString orderBy(const ListQuery& query, int sortColumn, Qt::SortOrder order);
    // A list's SQL for the connection's engine: LIKE becomes the dialect's case-insensitive LIKE.
    static QString forEngine(const db::Dialect& dialect, QString sql);
    static Result<QueryPage> fetch(const QString& databasePath, const ListQuery& query, int sortColumn,
        Qt::SortOrder order, int limit, int offset);
    // `abandoned`, when given, is asked now and then while counting: true stops the count (an
    // error with an empty message), so that a total nobody waits for stops taking a core.
    static Result<qint64> count(const QString& databasePath, const ListQuery& query,
        const std::function<bool()>& abandoned = {});
};

// The site registry's list.
struct SiteFilter
{
    QString text;     // name, code, domain or unit contains
    QString level;    // the host unit's level key
    QString kind;
    QString status;
    QString platform;
    qint64 cityOrgId = 0; // -1: the province's own units
    qint64 unitId = 0;    // sites of this unit and the units below it
    int flags = 0;     // SiteFlag bits that must all be set; -1: any flag
};

class SiteListQuery final
{
public:
    enum Column { Code, Name, Domain, Kind, Status, Platform, HostUnit, Level, City, Flags, OpenedOn, ColumnCount };
    static constexpr int IdColumn = ColumnCount; // hidden, after the visible columns
    static constexpr int HostIdColumn = ColumnCount + 1;
    static ListQuery build(const SiteFilter& filter);
    static QString likePattern(const QString& text);
};

// The audit trail's list.
struct AuditFilter
{
    QString fromUtc; // ISO timestamps, half-open [from, to)
    QString toUtc;
    QString account;
    QString action; // as the trail records it: "create", "approve", ...
    QString objectType;
    QString text;
};

class AuditListQuery final
{
public:
    enum Column { Id, At, Account, Action, ObjectType, ObjectId, Summary, ColumnCount };
    static constexpr int BeforeColumn = ColumnCount;
    static constexpr int AfterColumn = ColumnCount + 1;
    static constexpr int HashColumn = ColumnCount + 2;
    static ListQuery build(const AuditFilter& filter);
};

// Requests.
struct RequestFilter
{
    enum class Scope { Inbox, Mine, All };
    Scope scope = Scope::All;
    qint64 accountId = 0; // inbox: not their own; mine: theirs
    qint64 unitId = 0;    // inbox: the deciding unit; all: the jurisdiction (0: everything)
    QString state;        // a state key, or "open" for submitted and in review
    QString type;
    QString text;         // title, unit or site contains
};

class RequestListQuery final
{
public:
    enum Column { Id, Type, Title, Unit, State, Step, FiledBy, Submitted, Updated, ColumnCount };
    static constexpr int StepCountColumn = ColumnCount;
    static ListQuery build(const RequestFilter& filter);
};

// Responsible persons.
struct PersonFilter
{
    QString text; // name, phone, unit contains
    qint64 unitId = 0;
    bool includeInactive = false;
};

class PersonListQuery final
{
public:
    enum Column { Name, Unit, Title, Phone, Email, CurrentAssignments, Active, ColumnCount };
    static constexpr int IdColumn = ColumnCount;
    static constexpr int OrgIdColumn = ColumnCount + 1;
    static ListQuery build(const PersonFilter& filter);
};

} // namespace sitegov
