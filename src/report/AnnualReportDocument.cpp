#include "report/AnnualReportDocument.h"

#include "core/OfficeClock.h"
#include "report/BulletinDocument.h"
#include "storage/TableWriter.h"

#include <QLocale>
#include <QTextDocument>

namespace sitegov {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString AnnualReportDocument::title(const AnnualReportRecord& r)
{
    return tr("%1 (%2)", "report title, year").arg(AnnualReportForm::title(r.kind)).arg(r.year);
}

QVariant AnnualReportDocument::value(const AnnualReportRecord& r, const QVariantMap& figures, const AnnualReportLine& line)
{
    if (line.computed)
        return figures.value(line.key);
    const QString v = r.fields.value(line.key);
    return v.isEmpty() ? QVariant() : QVariant(v);
}

QString AnnualReportDocument::cellValue(const AnnualReportLine& line, const QVariant& v)
{
    if (!v.isValid() || v.isNull() || v.toString().isEmpty())
        return {};
    switch (line.type) {
    case AnnualReportLine::Type::Count:
        return QString::number(v.toLongLong());
    case AnnualReportLine::Type::Decimal:
    case AnnualReportLine::Type::Percent:
        return QString::number(v.toDouble(), 'f', 1);
    case AnnualReportLine::Type::YesNo:
    case AnnualReportLine::Type::Text:
        return AnnualReportForm::display(line, v);
    }
    return v.toString();
}

QString AnnualReportDocument::html(const AnnualReportRecord& r, const QVariantMap& figures)
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "p { margin-top: 0; margin-bottom: 6px; }"
                        "h2 { font-size: 16pt; text-align: center; margin-top: 6px; margin-bottom: 10px; }"
                        "p.sub { text-align: center; }"
                        "p.draft { text-align: center; color: #c00000; font-weight: bold; }"
                        "td.section { font-weight: bold; background-color: #f0f0f0; }"
                        "td.source { color: #666666; font-size: 9pt; }"
                        "th { font-weight: bold; background-color: #f0f0f0; }"
                        "</style></head><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(title(r)));
    const QString unit = r.kind == AnnualReportKind::Office ? r.orgName : r.siteName;
    h += QStringLiteral("<p class=\"sub\">%1</p>")
             .arg(esc(tr("Reporting unit: %1    Year: %2    State: %3")
                          .arg(r.kind == AnnualReportKind::Office ? unit : r.orgName)
                          .arg(r.year)
                          .arg(AnnualReportForm::displayName(r.state))));
    if (r.isDraft())
        h += QStringLiteral("<p class=\"draft\">%1</p>")
                 .arg(esc(tr("Draft: the figures from SiteGov are those of %1 and change until the report is signed.")
                              .arg(OfficeClock::today().toString(Qt::ISODate))));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%1</th>"
                        "<th>%2</th><th>%3</th></tr>")
             .arg(esc(tr("Item")), esc(tr("Value")), esc(tr("Source")));
    QString section;
    const QList<AnnualReportLine> lines = AnnualReportForm::lines(r.kind);
    for (const AnnualReportLine& line : lines) {
        if (line.section != section) {
            section = line.section;
            h += QStringLiteral("<tr><td class=\"section\" colspan=\"3\">%1</td></tr>").arg(esc(section));
        }
        const QString v = AnnualReportForm::display(line, value(r, figures, line));
        const bool right = line.type != AnnualReportLine::Type::Text;
        h += QStringLiteral("<tr><td>%1</td><td align=\"%2\">%3</td><td class=\"source\">%4</td></tr>")
                 .arg(esc(line.label), right ? QStringLiteral("right") : QStringLiteral("left"), esc(v),
                     esc(line.computed ? tr("SiteGov: %1").arg(line.source)
                                       : (r.kind == AnnualReportKind::Office ? tr("entered by the office")
                                                                             : tr("entered by the unit"))));
    }
    h += QStringLiteral("</table>");
    if (!r.isDraft())
        h += QStringLiteral("<p>&nbsp;</p><p>%1</p>")
                 .arg(esc(tr("Signed by %1 on %2.")
                              .arg(r.signedBy, OfficeClock::format(r.signedAt, QStringLiteral("yyyy-MM-dd")))));
    if (r.state == AnnualReportState::Published)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Published by %1 on %2.")
                              .arg(r.publishedBy, OfficeClock::format(r.publishedAt, QStringLiteral("yyyy-MM-dd")))));
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> AnnualReportDocument::document(const AnnualReportRecord& r, const QVariantMap& figures)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(BulletinDocument::documentFont(10.5));
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title(r));
    doc->setHtml(html(r, figures));
    return doc;
}

Result<int> AnnualReportDocument::writePdf(
    const QString& path, const AnnualReportRecord& r, const QVariantMap& figures, const QString& databasePath)
{
    auto doc = document(r, figures);
    return BulletinDocument::writeDocumentPdf(path, *doc, title(r), databasePath);
}

Result<int> AnnualReportDocument::writeXlsx(
    const QString& path, const AnnualReportRecord& r, const QVariantMap& figures, const QString& databasePath)
{
    TableWriteOptions options;
    options.format = TableWriteOptions::Format::Xlsx;
    options.sheetName = QString::number(r.year);
    options.databasePath = databasePath;
    TableWriter writer(path, options);
    writer.writeHeader({tr("Section"), tr("Item"), tr("Value"), tr("Source"), tr("Key")});
    // What the report is, before its lines.
    const QString report = tr("Report");
    writer.writeRow({report, tr("Title"), AnnualReportForm::title(r.kind), QString(), QStringLiteral("report_title")});
    writer.writeRow({report, tr("Reporting unit"), r.orgName, QString(), QStringLiteral("report_unit")});
    writer.writeRow({report, tr("Year"), QString::number(r.year), QString(), QStringLiteral("report_year")});
    writer.writeRow({report, tr("State"), AnnualReportForm::displayName(r.state), QString(), QStringLiteral("report_state")});
    const QList<AnnualReportLine> lines = AnnualReportForm::lines(r.kind);
    for (const AnnualReportLine& line : lines) {
        writer.writeRow({line.section, line.label, cellValue(line, value(r, figures, line)),
            line.computed ? tr("SiteGov: %1").arg(line.source)
                          : (r.kind == AnnualReportKind::Office ? tr("entered by the office") : tr("entered by the unit")),
            line.key});
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return writer.rowsWritten();
}

} // namespace sitegov
