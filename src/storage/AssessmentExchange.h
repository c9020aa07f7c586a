#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringRules.h"
#include "storage/RegistryExchange.h"
#include "storage/Session.h"
#include "storage/TableData.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

class TableWriter;

// Spot-check assessments for checkers who work in spreadsheets (CSV in UTF-8 or GBK, XLSX; read and
// written by the registry's TableReader and TableWriter): one row per site of an office's plan of a
// month, one column per veto item (是/否, yes/no) and per indicator (the points deducted), each with
// an optional note column (its evidence; the row's evidence address serves every item), the bonus,
// "has public services" for department sites and an overall note. The export adds the score and the
// status, which an import ignores; an export imports again.
//
// An import saves each row as the checker's draft through AssessmentService (checked, scored and
// audited as in the console), and with `submit` submits it for review; a blank row of a site nobody
// has assessed makes no draft. All or nothing: one
// transaction, and every bad row is named with its line and the column's own header.
class AssessmentExchange final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExchange)

public:
    // The columns that are not items: site_code, site_name, public_services, bonus, evidence_url,
    // summary; and the export's total and status.
    static QList<ExchangeColumn> fixedColumns();
    static QString vetoHeader(const ScoringRules::Veto& veto, bool english);
    static QString indicatorHeader(const ScoringRules::Indicator& indicator, bool english);
    static QString noteHeader(const QString& itemHeader, bool english);

    static Result<ImportReport> import(QSqlDatabase& db, const Session& actor, qint64 officeId, const Period& month,
        const TableData& table, bool submit);

    // Writes the office's plan of the month, a row per site still in it; returns the rows written.
    static Result<int> exportTable(
        QSqlDatabase& db, qint64 officeId, const Period& month, TableWriter& writer, bool englishHeaders = false);
};

} // namespace sitegov
