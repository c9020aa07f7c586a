#pragma once

#include "core/Result.h"
#include "storage/ListQueries.h"
#include "storage/Session.h"
#include "storage/TableData.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sitegov {

class TableWriter;
class Transaction;

// What the registry exchanges as tables (CSV, XLSX): units, responsible persons, sites, and the
// assignments of persons to sites. Import them in that order into an empty database and the
// registry comes back the same.
enum class ExchangeKind { Organisations, Persons, Sites, Assignments };

struct ExchangeColumn
{
    QString key;     // "code": accepted as a header, and written by --english-headers
    QString chinese; // "网站标识码": accepted as a header, and the default export header
    bool required = false;
};

struct ImportIssue
{
    int line = 0; // 0: the file as a whole
    QString message;
    bool error = true; // false: a warning (the row is imported)
    int column = -1;   // the file's column (0-based) the message is about, when it is about one
};

// What an import does, or for a dry run would do, with a good row of the registry: a row whose key
// (a site's identifier code, a unit's name, a person's unit and name) names a record updates it,
// any other inserts one.
enum class RowAction { Created, Updated, Unchanged };

struct RowOutcome
{
    int line = 0;
    RowAction action = RowAction::Created;
    QString key;         // "3501000001", "福州市人民政府", "福州市人民政府 / 张三"
    QStringList changed; // Updated: the file's own headers of the columns that changed
};

struct ImportReport
{
    int rows = 0;     // data rows in the file
    int imported = 0; // rows that landed (or would land, for a dry run)
    int failed = 0;   // rows with an error
    QList<ImportIssue> issues;
    QList<RowOutcome> outcomes; // of the good rows of a registry import, in the file's order
    bool committed = false;
    bool cancelled = false;

    QStringList errorLines() const; // "line 7: ...", errors only
    int count(RowAction action) const;

    // The end of an all-or-nothing import: rolls `tx` back when a row failed or none landed (nothing
    // imported then), commits it otherwise; the commit's error when it cannot commit.
    Result<ImportReport> finishAllOrNothing(Transaction& tx) &&;
};

// Progress: rows done so far and the total; return false to cancel.
using ExchangeProgress = std::function<bool(int done, int total)>;

class RegistryExchange final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExchange)

public:
    enum class ImportMode {
        DryRun,       // check every row as the import would, change nothing (the preview)
        AllOrNothing, // import only if every row is good
        GoodRowsOnly  // import the good rows, report the bad ones
    };

    static std::optional<ExchangeKind> kind(QStringView name); // sites, orgs|units, persons|people, assignments
    static QString kindName(ExchangeKind kind);                 // for messages, in the user's language
    static QList<ExchangeColumn> columns(ExchangeKind kind);

    // Runs the import in one transaction: every row goes through the same services as the console
    // (checked, validated, audited), each in its own savepoint. A row whose key names an existing
    // record updates it: only the columns the file has, and only when they differ (an unchanged row
    // writes nothing, so an export imports back with every row unchanged). Errors name the line and
    // the file's own column headers. New sites join the search index in one go at the end
    // (SiteSearchDeferral).
    static Result<ImportReport> import(QSqlDatabase& db, const Session& session, ExchangeKind kind, const TableData& table,
        ImportMode mode, const ExchangeProgress& progress = {});

    // Writes every unit, person or assignment, or the sites `filter` selects (all when null), to
    // `writer`, on a connection of its own. One language a file, whatever the interface's: Chinese
    // headers and Chinese values (门户网站, 运行中, 是), or with `englishHeaders` the English keys as
    // headers and as values (portal, operating, yes). Both import again.
    static Result<int> exportTable(const QString& databasePath, ExchangeKind kind, TableWriter& writer,
        const SiteFilter* filter = nullptr, bool englishHeaders = false, const ExchangeProgress& progress = {});
};

} // namespace sitegov
