#pragma once

#include "core/Result.h"
#include "storage/BulletinQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QFont;
class QTextDocument;

namespace sitegov {

// What the office adds to the figures: the document's number, the day the units report their
// rectification back by, and the day it is issued.
struct BulletinOptions
{
    QString documentNumber; // empty: "〔2026〕3号" from the quarter
    QDate reportBy; // invalid: a month after the quarter's end
    QDate issuedOn; // invalid: today
};

// The quarterly spot-check bulletin (季度抽查情况通报, docs/design/domain.md, "Spot checks") as the
// document offices issue it, from BulletinQueries' figures: the header (the issuing office and the
// document number), the title and addressees, 总体情况, 主要问题 (each failing site named with its unit
// and problems), 工作要求 with the report-back deadline, then the tables (pass rate by city or
// department, the failing sites, accountability by measure, the error-report messages per unit), the
// issuing office and day, and the 抄送 line (for the province every city's mayor, from the registry's
// units).
//
// One HTML text makes the console's preview, the PDF (A4, page numbers "— n —" at the foot, a CJK
// font whose text layer reads back as written) and the ODF text document (QTextDocumentWriter "odf",
// which WPS and Word open) that the office edits before issuing it. Needs a QGuiApplication (fonts).
class BulletinDocument final
{
    Q_DECLARE_TR_FUNCTIONS(BulletinDocument)

public:
    static QString html(const BulletinFigures& figures, const BulletinOptions& options);
    static QString title(const BulletinFigures& figures);
    static QString documentNumber(const BulletinFigures& figures, const BulletinOptions& options);
    static QDate reportBy(const BulletinFigures& figures, const BulletinOptions& options);

    // The laid-out document (the preview shows it; the writers below print and save it).
    static std::unique_ptr<QTextDocument> document(const BulletinFigures& figures, const BulletinOptions& options);

    // Writes the PDF; returns its page count. The file is checked first (never the database's).
    static Result<int> writePdf(const QString& path, const BulletinFigures& figures, const BulletinOptions& options,
        const QString& databasePath = {});
    // Prints `doc` to a PDF as the bulletin is printed (A4, the margins of official documents, "— n —"
    // at the foot of each page): the other documents the office issues use it too. Returns the page
    // count. The file is checked first (never the database's).
    static Result<int> writeDocumentPdf(
        const QString& path, QTextDocument& doc, const QString& title, const QString& databasePath = {});
    // The fonts of the printed documents (a CJK font whose text layer in a PDF reads back as written).
    static QFont documentFont(qreal pointSize);

    // Writes the ODF text document (.odt).
    static Status writeOdt(const QString& path, const BulletinFigures& figures, const BulletinOptions& options,
        const QString& databasePath = {});
};

} // namespace sitegov
