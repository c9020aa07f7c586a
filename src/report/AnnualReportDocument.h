#pragma once

#include "core/Result.h"
#include "storage/AnnualReportService.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <memory>

class QTextDocument;

namespace sitegov {

// An annual report (国办函〔2018〕12号) as a document: the form's title, the reporting unit and year,
// then one table of the form's lines by section (core/AnnualReportForm), each with its value: the
// computed figures (as signed, or as they stand for a draft) and what the office or the unit
// entered; a draft says so at the top. One HTML text makes the console's preview and the PDF (printed
// as the quarterly bulletin is, BulletinDocument::writeDocumentPdf); the XLSX is the same lines as
// rows (section, item, value, source, key) after four rows naming the report, every cell text, for
// the office's own spreadsheets.
class AnnualReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportDocument)

public:
    static QString title(const AnnualReportRecord& report);
    static QString html(const AnnualReportRecord& report, const QVariantMap& figures);
    static std::unique_ptr<QTextDocument> document(const AnnualReportRecord& report, const QVariantMap& figures);

    // The value of a line as the XLSX holds it: numbers without grouping (one decimal for decimals
    // and percents), 是/否 in the user's language, text as it is; empty when there is none.
    static QString cellValue(const AnnualReportLine& line, const QVariant& value);
    // The value of `line` in the report: the computed figure, or the entered field.
    static QVariant value(const AnnualReportRecord& report, const QVariantMap& figures, const AnnualReportLine& line);

    // Returns the page count.
    static Result<int> writePdf(const QString& path, const AnnualReportRecord& report, const QVariantMap& figures,
        const QString& databasePath = {});
    // Returns the rows written: four about the report (keys report_title, report_unit, report_year,
    // report_state), then the lines.
    static Result<int> writeXlsx(const QString& path, const AnnualReportRecord& report, const QVariantMap& figures,
        const QString& databasePath = {});
};

} // namespace sitegov
