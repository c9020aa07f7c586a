#include "gui/common/PrintedForm.h"

#include "storage/UserFile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace sitegov {

namespace {
// WenQuanYi Micro Hei first: with it the PDF's text layer reads back as written. Qt's PDF writer
// maps each glyph back to the lowest code point that uses it, and Noto CJK shares its glyphs with
// the Kangxi radicals (人 comes back as ⼈, 民 as ⺠), which breaks searching and copying the text.
// Both fonts are declared dependencies; Noto is the fallback.
QFont documentFont(qreal points)
{
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    return f;
}
} // namespace

Result<int> PrintedForm::print(QPrinter& printer, const PrintedDocument& document)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(document.orientation);
    printer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("SiteGov"));

    QPainter painter;
    if (!painter.begin(&printer))
        return Error{tr("The document could not be printed: the printer or file could not be opened."), {}};
    const int dpi = printer.resolution();
    const QRectF paper(QPointF(0, 0), printer.pageLayout().paintRectPixels(dpi).size());
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };

    const QFont headerFont = documentFont(9);
    QFont titleFont = documentFont(13);
    titleFont.setBold(true);
    const QFont footerFont = documentFont(8.5);
    const QFontMetricsF headerMetrics(headerFont, &printer);
    const QFontMetricsF titleMetrics(titleFont, &printer);
    const QFontMetricsF footerMetrics(footerFont, &printer);
    // The title may wrap onto two lines; the body starts below the taller header.
    const QRectF titleBox = titleMetrics.boundingRect(QRectF(0, 0, paper.width(), mm(40)),
        Qt::AlignHCenter | Qt::TextWordWrap, document.title);
    const qreal headerHeight = headerMetrics.height() + mm(2) + titleBox.height() + mm(3);
    const qreal footerHeight = footerMetrics.height() + mm(3);

    QTextDocument body;
    body.setDocumentMargin(0);
    body.setDefaultFont(documentFont(10.5));
    body.documentLayout()->setPaintDevice(&printer);
    body.setHtml(document.html);
    const QSizeF bodySize(paper.width(), paper.height() - headerHeight - footerHeight);
    body.setPageSize(bodySize);
    const int pages = qMax(1, body.pageCount());
    const QString printed = tr("Printed on %1").arg(QLocale().toString(document.printedOn, QLocale::LongFormat));

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage()) {
            painter.end();
            return Error{tr("The document could not be printed: a new page could not be started."), {}};
        }
        // Header: the unit on the left, then the title centred, then a rule.
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.setFont(headerFont);
        painter.drawText(QRectF(0, 0, paper.width(), headerMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            document.unit);
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        painter.drawText(QRectF(0, headerMetrics.height() + mm(2), paper.width(), titleBox.height()),
            Qt::AlignHCenter | Qt::TextWordWrap, document.title);
        painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.25)));
        painter.drawLine(QPointF(0, headerHeight - mm(1.5)), QPointF(paper.width(), headerHeight - mm(1.5)));

        // The body's slice for this page.
        painter.save();
        painter.translate(0, headerHeight - page * bodySize.height());
        body.drawContents(&painter, QRectF(0, page * bodySize.height(), bodySize.width(), bodySize.height()));
        painter.restore();

        // Footer: page n of m in the middle, the date of printing on the right.
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.setFont(footerFont);
        const QRectF footer(0, paper.height() - footerMetrics.height(), paper.width(), footerMetrics.height());
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, printed);
    }
    if (!painter.end())
        return Error{tr("The document could not be printed."), {}};
    return pages;
}

Result<int> PrintedForm::writePdf(const QString& path, const PrintedDocument& document)
{
    if (const Status s = UserFile::checkWritable(path); !s)
        return s.error();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), {}};
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    const auto pages = print(printer, document);
    if (!pages)
        return pages;
    // QPrinter reports an unwritable file only by writing nothing.
    if (QFileInfo(path).size() == 0)
        return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), {}};
    return pages;
}

} // namespace sitegov

namespace sitegov {

bool PrintedForm::preview(QWidget* parent, const PrintedDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(document.orientation);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&document](QPrinter* target) { (void)print(*target, document); });
    return dialog.exec() == QDialog::Accepted;
}

QString PrintedForm::escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString PrintedForm::formStyle(const QString& more)
{
    return QStringLiteral("<style>"
                          "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }"
                          "table { border-collapse: collapse; }"
                          "td, th { border: 1px solid #9e9e9e; padding: 3px 5px; vertical-align: top; }"
                          "th { background: #eeeeee; font-weight: bold; text-align: left; }"
                          "td.label { background: #f5f5f5; white-space: nowrap; }")
        + more + QStringLiteral("</style>");
}

QString PrintedForm::fieldRow(const QString& label, const QString& value, const QString& labelWidth)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"%1\">%2</td><td>%3</td></tr>")
        .arg(labelWidth, escaped(label), value.isEmpty() ? QStringLiteral("—") : escaped(value));
}

QString PrintedForm::tableHtml(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #9e9e9e\"><thead><tr>");
    for (const QString& h : header)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

} // namespace sitegov
