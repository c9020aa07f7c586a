#include "gui/reviews/ReviewDocument.h"

#include "core/OfficeClock.h"
#include "db/Database.h"
#include "storage/WeeklyReviewService.h"

#include <QLocale>
#include <QRegularExpression>

namespace sitegov {

namespace {

constexpr auto esc = &PrintedForm::escaped;

} // namespace

Result<PrintedDocument> ReviewDocument::build(Database& database, qint64 reviewId)
{
    WeeklyReviewService reviews(database.connection());
    const auto r = reviews.byId(reviewId);
    if (!r)
        return r.error();
    return build(*r, reviews.itemNames());
}

PrintedDocument ReviewDocument::build(const WeeklyReview& r, const QHash<QString, QString>& itemNames)
{
    const QLocale locale;
    const WeeklySummary& f = r.facts;
    QString h = PrintedForm::formStyle(QStringLiteral("td.num { text-align: right; }.bad { color: #b71c1c; }"));
    auto fieldRow = [&h](const QString& label, const QString& value) {
        h += PrintedForm::fieldRow(label, value, QStringLiteral("26%"));
    };
    auto day = [&locale](const QDate& d) {
        return d.isValid() ? locale.toString(d, QLocale::LongFormat) : QString();
    };
    auto when = [](const QDateTime& t) {
        return OfficeClock::format(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    };

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    fieldRow(tr("Unit"), r.unitName);
    fieldRow(tr("Week"), tr("%1 (%2 to %3)").arg(r.week.displayName(), day(r.week.monday()), day(r.week.sunday())));
    fieldRow(tr("Review number"), QString::number(r.id));
    fieldRow(tr("Written by"), r.author);
    fieldRow(tr("Status"),
        r.isSigned() ? tr("Signed by %1 at %2").arg(r.signedBy, when(r.signedAt)) : tr("Draft, not signed"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The week's figures")));
    if (f.to.isValid() && f.to < r.week.sunday())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("As of %1, while the week was still running.").arg(day(f.to))));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    fieldRow(tr("Running sites"), locale.toString(f.sites));
    fieldRow(tr("Inspection coverage"),
        tr("%1% (%2 of %3 site-days inspected)")
            .arg(locale.toString(f.coverage() * 100.0, 'f', 1), locale.toString(f.siteDaysInspected),
                locale.toString(f.siteDaysExpected)));
    fieldRow(tr("Inspections with failures"),
        tr("%1 (%2 failed items)").arg(locale.toString(f.failedInspections), locale.toString(f.failures)));
    fieldRow(tr("New rectification items"), locale.toString(f.newRectifications));
    fieldRow(tr("Fixed rectification items"), locale.toString(f.fixedRectifications));
    h += QStringLiteral("<tr><td class=\"label\">%1</td><td%2>%3</td></tr>")
             .arg(esc(tr("Overdue at the end of the week")),
                 f.overdueRectifications > 0 ? QStringLiteral(" class=\"bad\"") : QString(),
                 esc(locale.toString(f.overdueRectifications)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Failures by checklist item")));
    if (f.failuresByItem.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No item failed this week.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th width=\"18%\">%2</th></tr>")
                 .arg(esc(tr("Checklist item")), esc(tr("Failures")));
        for (const auto& [key, count] : f.failuresByItem)
            h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                     .arg(esc(itemNames.value(key, key)), esc(locale.toString(count)));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Sites with the most failures")));
    if (f.worst.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th width=\"22%\">%1</th><th>%2</th><th "
                            "width=\"18%\">%3</th></tr>")
                 .arg(esc(tr("Identifier code")), esc(tr("Site")), esc(tr("Failures")));
        for (const WeeklySummary::Site& s : f.worst)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>")
                     .arg(esc(s.code), esc(s.name), esc(locale.toString(s.failures)));
        h += QStringLiteral("</table>");
    }

    for (const auto& [title, text] : {std::pair{tr("Highlights"), r.highlights}, std::pair{tr("Problems"), r.problems},
             std::pair{tr("Instructions"), r.instructions}}) {
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(title), text.isEmpty() ? QStringLiteral("—") : esc(text));
    }
    if (r.isSigned()) {
        h += QStringLiteral("<p align=\"right\" style=\"margin-top: 24px;\">%1</p>")
                 .arg(esc(tr("Signed: %1    %2").arg(r.signedBy, day(OfficeClock::toOffice(r.signedAt).date()))));
    }

    PrintedDocument doc;
    doc.unit = r.unitName;
    doc.title = tr("Weekly review (一周一点评), %1").arg(r.week.displayName());
    doc.html = h;
    return doc;
}

QString ReviewDocument::day(const QDate& date)
{
    //: A date format (QDate::toString): Chinese "yyyy年M月d日".
    return date.isValid() ? QLocale().toString(date, tr("d MMM yyyy")) : QString();
}

QString ReviewDocument::suggestedFileName(const WeeklyReview& review)
{
    QString n = tr("Weekly review %1 %2").arg(review.week.key(), review.unitName);
    n.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return n + QStringLiteral(".pdf");
}

} // namespace sitegov
