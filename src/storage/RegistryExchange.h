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
};

struct ImportReport
{
    int rows = 0;     // data rows in the file
    int imported = 0; // rows that landed (or would land, for a dry run)
    int failed = 0;   // rows with an error
    QList<ImportIssue> issues;
    bool committed = false;
    bool cancelled = false;

    QStringList errorLines() const; // "line 7: ...", errors only
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
    // (checked, validated, audited), each in its own savepoint. Errors name the line. New sites
    // join the search index in one go at the end (SiteSearchDeferral).
    static Result<ImportReport> import(QSqlDatabase& db, const Session& session, ExchangeKind kind, const TableData& table,
        ImportMode mode, const ExchangeProgress& progress = {});

    // Writes every unit, person or assignment, or the sites `filter` selects (all when null), to
    // `writer`, on a connection of its own. Headers in Chinese, or the English keys.
    static Result<int> exportTable(const QString& databasePath, ExchangeKind kind, TableWriter& writer,
        const SiteFilter* filter = nullptr, bool englishHeaders = false, const ExchangeProgress& progress = {});
};

} // namespace sitegov
