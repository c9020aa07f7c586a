#pragma once

#include "core/OfficeClock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QString>

class QPrinter;
class QWidget;

namespace sitegov {

// What a general office files: an HTML body laid out on A4 pages, with the unit's name and the
// document's title at the top of every page and "page n of m" and the date of printing at the
// bottom (docs/design/ux.md). Requests and weekly reviews use it; bulletins later.
struct PrintedDocument
{
    QString unit;  // the unit the document is about or from
    QString title; // the document's title
    QString html;  // the body (escaped by whoever builds it)
    QDate printedOn = OfficeClock::today();
    // Portrait for forms; a wide list prints landscape.
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

class PrintedForm final
{
    Q_DECLARE_TR_FUNCTIONS(PrintedForm)

public:
    // Paints the document on `printer` (a PDF file or a real printer), returning the page count.
    static Result<int> print(QPrinter& printer, const PrintedDocument& document);
    // Writes the document as a PDF file (A4), returning the page count.
    static Result<int> writePdf(const QString& path, const PrintedDocument& document);
    // A print preview of the document (Ctrl+P): the pages as they will come out, with the printer's
    // own dialog one click away (a printer, or a PDF file). True when it was printed.
    static bool preview(QWidget* parent, const PrintedDocument& document);
    // Text for a document's body: escaped, its line breaks kept.
    static QString escaped(const QString& text);
    // The style a form's body starts with (headings, ruled tables, shaded label cells), followed by
    // `more`, the document's own rules.
    static QString formStyle(const QString& more);
    // A row of a two-column form table: `label` in a shaded cell `labelWidth` wide ("24%"), then
    // `value` (a dash when empty), both escaped here.
    static QString fieldRow(const QString& label, const QString& value, const QString& labelWidth);
    // An HTML table of `rows` under `header` (escaped here), for a printed list.
    static QString tableHtml(const QStringList& header, const QList<QStringList>& rows);
};

} // namespace sitegov
