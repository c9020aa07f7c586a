#pragma once

#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/Result.h"
#include "storage/RegistryExchange.h"
#include "storage/Session.h"
#include "storage/TableData.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace sitegov {

class TableWriter;

// Which inspections an export writes.
struct InspectionExportFilter
{
    QDate from;        // invalid: from the first
    QDate to;          // invalid: up to the last
    qint64 unitId = 0; // sites hosted by this unit or below it; 0: all
};

// Daily inspections recorded elsewhere, as a table (CSV or XLSX): one row per inspection with the
// site's identifier code, the day, who inspected (an account's user name or a person's name), a
// column per checklist item (pass / fail / not applicable, 通过 / 不通过 / 不适用), a note column per
// item and a note for the inspection. An export of the same database imports again unchanged.
class InspectionExchange final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionExchange)

public:
    // The columns that are not checklist items: site_code, site_name (ignored on import), day,
    // inspector, note.
    static QList<ExchangeColumn> fixedColumns();
    // The headers of an item's result and note columns.
    static QString itemHeader(const ChecklistItem& item, bool english);
    static QString noteHeader(const ChecklistItem& item, bool english);
    // pass, fail, na and their Chinese names (通过, 不通过, 不适用) and short forms; empty otherwise.
    static std::optional<ItemResult> parseResult(const QString& text);

    // Imports in one transaction through InspectionService::record (so every inspection is checked,
    // audited and opens its rectification items as in the console). All or nothing unless
    // `goodRowsOnly`. A row is refused, with its line and the reason, for an unknown site, a bad or
    // future day, a duplicate (in the file or already in the database), an item without a valid
    // result, a failed item without a note, a value in an unknown item's column, a control
    // character, or anything the service refuses.
    static Result<ImportReport> import(QSqlDatabase& db, const Session& actor, const TableData& table, bool goodRowsOnly,
        const QDate& today, const ExchangeProgress& progress = {});

    // Writes the inspections `filter` selects, oldest first, on a connection of its own. Headers and
    // results in Chinese, or the English keys.
    static Result<int> exportTable(const QString& databasePath, const InspectionExportFilter& filter, TableWriter& writer,
        bool englishHeaders = false, const ExchangeProgress& progress = {});
};

} // namespace sitegov
