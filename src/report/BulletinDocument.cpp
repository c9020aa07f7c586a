#include "report/BulletinDocument.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/SpotCheck.h"
#include "storage/UserFile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QIODevice>
#include <QTextDocumentWriter>

namespace sitegov {

namespace {

// WenQuanYi Micro Hei first, as in the console's printed forms (gui/common/PrintedForm.cpp): with it
// the PDF's text layer reads back as written (Noto CJK shares glyphs with the Kangxi radicals, and
// Qt's PDF writer maps a glyph back to the lowest code point that uses it).
QStringList pdfFamilies()
{
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")};
}

// The editable document names the fonts Chinese offices write in; WPS and Word substitute what they have.
QStringList odfFamilies()
{
    return {QStringLiteral("FangSong"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")};
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLocale().percent();
}

QString day(const QDate& d)
{
    return QLocale().toString(d, BulletinDocument::tr("d MMMM yyyy", "a day in the bulletin"));
}

// "（一）", "（二）", ... as Chinese documents number their points; "(1)" in English.
QString point(int n)
{
    return BulletinDocument::tr("(%1)", "numbering of a point in the bulletin").arg(n);
}

QString cell(const QString& text, const QString& align = QStringLiteral("left"))
{
    return QStringLiteral("<td align=\"%1\">%2</td>").arg(align, esc(text));
}

QString headerCells(const QStringList& names)
{
    QString row;
    for (const QString& n : names)
        row += QStringLiteral("<th>%1</th>").arg(esc(n));
    return QStringLiteral("<tr>%1</tr>").arg(row);
}

QString table(const QString& caption, const QStringList& headers, const QString& rows)
{
    return QStringLiteral("<p class=\"caption\">%1</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "width=\"100%\">%2%3</table>")
        .arg(esc(caption), headerCells(headers), rows);
}

// Who the office addresses: the governments one level below and its own departments.
QString addressees(const BulletinFigures& f)
{
    switch (f.orgLevel) {
    case AdminLevel::Province:
        return BulletinDocument::tr("To the people's governments of the cities, and the departments of %1:")
            .arg(f.orgName);
    case AdminLevel::City:
        return BulletinDocument::tr("To the people's governments of the counties and districts, and the departments of "
                                    "%1:")
            .arg(f.orgName);
    default:
        return BulletinDocument::tr("To the people's governments of the townships, and the departments of %1:")
            .arg(f.orgName);
    }
}

// What the group column is called: 设区市/部门 for the province.
QString groupHeader(const BulletinFigures& f)
{
    switch (f.orgLevel) {
    case AdminLevel::Province:
        return BulletinDocument::tr("City or department");
    case AdminLevel::City:
        return BulletinDocument::tr("County or department");
    default:
        return BulletinDocument::tr("Township or department");
    }
}

QString issuer(const BulletinFigures& f)
{
    return BulletinDocument::tr("General Office of %1", "the office that issues a bulletin").arg(f.orgName);
}

} // namespace

QString BulletinDocument::title(const BulletinFigures& f)
{
    return tr("Bulletin on the spot checks of government websites in quarter %1 of %2")
        .arg(f.quarter.quarterNumber())
        .arg(f.quarter.yearNumber());
}

QString BulletinDocument::documentNumber(const BulletinFigures& f, const BulletinOptions& options)
{
    if (!options.documentNumber.trimmed().isEmpty())
        return options.documentNumber.trimmed();
    return tr("[%1] No. %2", "a document number: year, number")
        .arg(f.quarter.yearNumber())
        .arg(f.quarter.quarterNumber());
}

QDate BulletinDocument::reportBy(const BulletinFigures& f, const BulletinOptions& options)
{
    return options.reportBy.isValid() ? options.reportBy : f.quarter.lastDay().addMonths(1);
}

QString BulletinDocument::html(const BulletinFigures& f, const BulletinOptions& options)
{
    const QLocale locale;
    const QDate issued = options.issuedOn.isValid() ? options.issuedOn : OfficeClock::today();
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "p { margin-top: 0; margin-bottom: 8px; }"
                        "h1 { font-size: 20pt; color: #c00000; text-align: center; margin-bottom: 4px; }"
                        "h2 { font-size: 16pt; text-align: center; margin-top: 14px; margin-bottom: 12px; }"
                        "h3 { font-size: 12.5pt; margin-top: 10px; margin-bottom: 6px; }"
                        "p.number { text-align: center; }"
                        "p.caption { font-weight: bold; text-align: center; margin-top: 12px; }"
                        "p.signature { text-align: right; }"
                        "th { font-weight: bold; background-color: #f0f0f0; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(issuer(f)));
    h += QStringLiteral("<p class=\"number\">%1</p><hr/>").arg(esc(documentNumber(f, options)));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(title(f)));
    h += QStringLiteral("<p>%1</p>").arg(esc(addressees(f)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("To carry out the requirements on the management of government websites, %1 checked the "
                         "government websites of its jurisdiction in quarter %2 of %3. The results are announced as "
                         "follows.")
                          .arg(f.orgName)
                          .arg(f.quarter.quarterNumber())
                          .arg(f.quarter.yearNumber())));

    // 一、总体情况
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("1. Overall")));
    QStringList byLevel;
    for (const auto& [level, n] : f.runningByLevel)
        byLevel
            << tr("%1 at %2 level", "running sites by level").arg(locale.toString(n), Vocabulary::displayName(level));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("The jurisdiction runs %1 government websites (%2). In the quarter, %3 sites were checked in %4 "
                    "checks of %5 monthly plans, %6 of the running sites; %7 passed and %8 failed, a pass rate "
                    "of %9.")
                     .arg(locale.toString(f.runningSites), byLevel.join(tr(", ")), locale.toString(f.sitesChecked),
                         locale.toString(f.checks), locale.toString(f.plans), percent(f.checkedPercent()),
                         locale.toString(f.sitesPassed()), locale.toString(f.sitesFailing), percent(f.passRate()))));
    if (f.accountabilityTotal() > 0) {
        QStringList measures;
        for (auto it = f.accountability.cbegin(); it != f.accountability.cend(); ++it) {
            if (it.value() > 0)
                measures << tr("%1: %2", "an accountability measure and its count")
                                .arg(SpotCheckRules::displayName(it.key()), locale.toString(it.value()));
        }
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("For the failing sites, %1 people were held to account (%2).")
                              .arg(locale.toString(f.accountabilityTotal()), measures.join(tr(", ")))));
    }

    // Reposting key policies within 8 hours (docs/design/reposts.md).
    if (f.repostItems > 0 && f.repostsDue() > 0) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     tr("Key policies: %1 key policy items of the State Council and the provincial government were "
                        "published in the quarter, to be reposted by %2 government portals of counties and above. "
                        "Of the %3 reposts due, %4 (%5) came within 8 hours and %6 (%7) within 24 hours.")
                         .arg(locale.toString(f.repostItems), locale.toString(int(f.reposts.size())),
                             locale.toString(f.repostsDue()), locale.toString(f.repostsWithin8()),
                             percent(100.0 * f.repostsWithin8() / f.repostsDue()), locale.toString(f.repostsWithin24()),
                             percent(100.0 * f.repostsWithin24() / f.repostsDue()))));
    }
    if (f.ticketTotal.received > 0) {
        const auto rate = f.ticketTotal.onTimeRate();
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("The units received %1 messages of the error-report platform in the quarter, %2 of them "
                             "valid; %3 valid messages were dealt with on time, an on-time rate of %4.")
                              .arg(locale.toString(f.ticketTotal.received), locale.toString(f.ticketTotal.valid),
                                  locale.toString(f.ticketTotal.closedOnTime),
                                  rate ? percent(*rate) : QStringLiteral("—"))));
    }

    // 二、主要问题
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("2. Main problems")));
    if (f.failing.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No site checked in the quarter failed.")));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The following sites failed the spot checks:")));
        int n = 0;
        for (const BulletinFigures::FailingSite& s : f.failing) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("%1 %2 (%3), run by %4, checked in %5: %6", "a failing site in the bulletin")
                                  .arg(point(++n), s.siteName, s.siteCode, s.unit, s.month.toString(),
                                      s.problems.isEmpty() ? tr("scored %1").arg(locale.toString(s.total, 'f', 1))
                                                           : s.problems)));
        }
    }

    // 三、工作要求
    const QDate back = reportBy(f, options);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("3. Requirements")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 The units whose sites failed rectify them by the deadlines in the table below, hold the "
                         "people responsible to account, and report the rectification and the accountability in "
                         "writing to %2 by %3.")
                          .arg(point(1), issuer(f), day(back))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 Every office keeps to its monthly spot checks of at least its share of the running sites "
                         "and to the daily inspection of its sites, and finds and corrects problems early.")
                          .arg(point(2))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 The results of the spot checks count in the annual performance assessment of government "
                         "websites.")
                          .arg(point(3))));

    // The tables.
    QString rows;
    int n = 0;
    for (const BulletinFigures::Group& g : f.groups) {
        rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                    .arg(cell(QString::number(++n), QStringLiteral("center")), cell(g.name),
                        cell(locale.toString(g.checked), QStringLiteral("right")),
                        cell(locale.toString(g.passed()), QStringLiteral("right")),
                        cell(locale.toString(g.failing), QStringLiteral("right")),
                        cell(g.checked > 0 ? percent(g.passRate()) : QStringLiteral("—"), QStringLiteral("right")));
    }
    rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                .arg(cell(QString()), cell(tr("Total")), cell(locale.toString(f.sitesChecked), QStringLiteral("right")),
                    cell(locale.toString(f.sitesPassed()), QStringLiteral("right")),
                    cell(locale.toString(f.sitesFailing), QStringLiteral("right")),
                    cell(f.sitesChecked > 0 ? percent(f.passRate()) : QStringLiteral("—"), QStringLiteral("right")));
    h += table(tr("Table 1: Pass rate by %1").arg(groupHeader(f)),
        {tr("No."), groupHeader(f), tr("Sites checked"), tr("Passed"), tr("Failed"), tr("Pass rate")}, rows);

    rows.clear();
    n = 0;
    for (const BulletinFigures::FailingSite& s : f.failing) {
        rows += QStringLiteral("<tr>%1%2%3%4%5</tr>")
                    .arg(cell(QString::number(++n), QStringLiteral("center")), cell(s.group), cell(s.siteName),
                        cell(s.problems), cell(s.deadline.isValid() ? s.deadline.toString(Qt::ISODate) : QString()));
    }
    if (f.failing.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"5\" align=\"center\">%1</td></tr>").arg(esc(tr("None")));
    h += table(tr("Table 2: Failing sites"),
        {tr("No."), groupHeader(f), tr("Website"), tr("Problems"), tr("Rectify by")}, rows);

    rows.clear();
    for (const AccountabilityMeasure m : {AccountabilityMeasure::Interview, AccountabilityMeasure::WrittenExamination,
             AccountabilityMeasure::Reprimand, AccountabilityMeasure::Transfer, AccountabilityMeasure::Dismissal}) {
        rows += QStringLiteral("<tr>%1%2</tr>")
                    .arg(cell(SpotCheckRules::displayName(m)),
                        cell(locale.toString(f.accountability.value(m)), QStringLiteral("right")));
    }
    rows += QStringLiteral("<tr>%1%2</tr>")
                .arg(cell(tr("Total")), cell(locale.toString(f.accountabilityTotal()), QStringLiteral("right")));
    h += table(tr("Table 3: Accountability"), {tr("Measure"), tr("People")}, rows);

    // The tables after the first three are numbered as they come: Table 4 onwards.
    int nextTable = 4;
    if (f.repostItems > 0 && !f.reposts.isEmpty()) {
        rows.clear();
        n = 0;
        for (const RepostQuarterFigures& r : f.reposts) {
            if (r.within8 == r.items)
                continue;
            rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                        .arg(cell(QString::number(++n), QStringLiteral("center")), cell(r.siteName),
                            cell(locale.toString(r.items), QStringLiteral("right")),
                            cell(locale.toString(r.within8), QStringLiteral("right")),
                            cell(locale.toString(r.within24), QStringLiteral("right")),
                            cell(r.share8() ? percent(*r.share8()) : QStringLiteral("—"), QStringLiteral("right")));
        }
        if (n == 0)
            rows = QStringLiteral("<tr><td colspan=\"6\" align=\"center\">%1</td></tr>")
                       .arg(esc(tr("Every portal reposted every item within 8 hours.")));
        h += table(tr("Table %1: Portals that did not repost every key policy within 8 hours").arg(nextTable++),
            {tr("No."), tr("Portal"), tr("Items"), tr("Within 8 hours"), tr("Within 24 hours"),
                tr("Share within 8 hours")},
            rows);
    }
    // The error-report messages per unit (我为政府网站找错), as the bulletins publish them.
    rows.clear();
    n = 0;
    const auto ticketRow = [&](const QString& no, const QString& unit, const TicketFigures& t) {
        const auto rate = t.onTimeRate();
        return QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
            .arg(cell(no, QStringLiteral("center")), cell(unit), cell(locale.toString(t.received), QStringLiteral("right")),
                cell(locale.toString(t.valid), QStringLiteral("right")),
                cell(locale.toString(t.closedOnTime), QStringLiteral("right")),
                cell(rate ? percent(*rate) : QStringLiteral("—"), QStringLiteral("right")));
    };
    for (const TicketFigures& t : f.tickets)
        rows += ticketRow(QString::number(++n), t.unitName, t);
    if (f.tickets.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"6\" align=\"center\">%1</td></tr>").arg(esc(tr("None")));
    else
        rows += ticketRow(QString(), tr("Total"), f.ticketTotal);
    h += table(tr("Table %1: Error-report messages by unit").arg(nextTable++),
        {tr("No."), tr("Unit"), tr("Received"), tr("Valid"), tr("Closed on time"), tr("On-time rate")}, rows);

    h += QStringLiteral("<p>&nbsp;</p><p class=\"signature\">%1</p><p class=\"signature\">%2</p>")
             .arg(esc(issuer(f)), esc(day(issued)));
    if (!f.copyTo.isEmpty()) {
        h += QStringLiteral("<hr/><p>%1</p>").arg(esc(tr("Copy to: %1.").arg(f.copyTo.join(tr(", ")))));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> BulletinDocument::document(
    const BulletinFigures& figures, const BulletinOptions& options)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(documentFont(11));
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title(figures));
    doc->setHtml(html(figures, options));
    return doc;
}

QFont BulletinDocument::documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(pdfFamilies());
    font.setPointSizeF(pointSize);
    return font;
}

Result<int> BulletinDocument::writePdf(
    const QString& path, const BulletinFigures& figures, const BulletinOptions& options, const QString& databasePath)
{
    auto doc = document(figures, options);
    return writeDocumentPdf(path, *doc, title(figures), databasePath);
}

Result<int> BulletinDocument::writeDocumentPdf(
    const QString& path, QTextDocument& doc, const QString& title, const QString& databasePath)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), {}};
    if (const Status s = UserFile::checkWritable(path, databasePath); !s)
        return s.error();
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    writer.setCreator(QStringLiteral("SiteGov"));
    writer.setTitle(title);
    writer.setResolution(300);
    // The margins of Chinese official documents (GB/T 9704): top 37 mm, bottom 35, left 28, right 26.
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), {}};
    const int dpi = writer.resolution();
    const QSizeF paper = writer.pageLayout().paintRectPixels(dpi).size();
    const auto mm = [dpi](qreal v) {
        return v * dpi / 25.4;
    };
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(paper);
    const int pages = qMax(1, doc.pageCount());
    const QFont footerFont = documentFont(10.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), {}};
        }
        painter.save();
        painter.translate(0, -page * paper.height());
        doc.drawContents(&painter, QRectF(0, page * paper.height(), paper.width(), paper.height()));
        painter.restore();
        // The page number in the bottom margin, as official documents have it: "— 1 —".
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, paper.height() + mm(7), paper.width(), mm(10)), Qt::AlignHCenter | Qt::AlignTop,
            tr("— %1 —", "a page number").arg(page + 1));
    }
    if (!painter.end() || QFileInfo(path).size() == 0)
        return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), {}};
    return pages;
}

Status BulletinDocument::writeOdt(
    const QString& path, const BulletinFigures& figures, const BulletinOptions& options, const QString& databasePath)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), {}};
    if (const Status s = UserFile::checkWritable(path, databasePath); !s)
        return s;
    auto doc = document(figures, options);
    QFont font = doc->defaultFont();
    font.setFamilies(odfFamilies());
    doc->setDefaultFont(font);
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(doc.get()))
        return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
            writer.device() ? writer.device()->errorString() : QString()};
    return {};
}

} // namespace sitegov
