#include "core/DateScanner.h"

#include <QRegularExpression>

namespace sitegov {

namespace {

// A whole date, year first. The separators may differ (2026年11月28日, 2026-11-28, 2026/1/5).
const QRegularExpression& fullDate()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![0-9])((?:19|20)[0-9]{2})[ \t]*(?:[-/.]|年)[ \t]*([0-9]{1,2})[ \t]*(?:[-/.]|月)[ \t]*([0-9]{1,2})(?:[ \t]*日)?(?![0-9]))"));
    return re;
}

// Month and day in brackets: [11-28], (11/28), 【11.28】, （11-28）.
const QRegularExpression& bracketed()
{
    static const QRegularExpression re(QStringLiteral(
        R"([\[(【（]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})\s*[\])】）])"));
    return re;
}

// Month and day alone: 11-28 (two digits each, so that "3-5个工作日" is not a date) or 11月28日.
const QRegularExpression& bare()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![0-9\-/.:年])(?:([0-9]{2})-([0-9]{2})|([0-9]{1,2})月([0-9]{1,2})日)(?![0-9\-/.:]))"));
    return re;
}

bool isTodayLine(QStringView text, qsizetype start, qsizetype end)
{
    const QStringView before = text.mid(std::max<qsizetype>(0, start - 8), std::min<qsizetype>(start, 8));
    for (const char16_t* word : {u"今天是", u"今天", u"今日", u"当前日期", u"当前时间", u"Today is", u"today is"}) {
        if (before.trimmed().endsWith(QStringView(word)))
            return true;
    }
    qsizetype i = end;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const QStringView after = text.mid(i, std::min<qsizetype>(3, text.size() - i));
    if (after.startsWith(u"星期") || after.startsWith(u"礼拜"))
        return true;
    if (after.size() >= 2 && after.at(0) == u'周' && QStringView(u"一二三四五六日天").contains(after.at(1)))
        return true;
    return false;
}

} // namespace

QDate DateScanner::inferYear(int month, int day, const QDate& today)
{
    for (int year = today.year(); year >= today.year() - 4; --year) {
        const QDate d(year, month, day);
        if (d.isValid() && d <= today.addDays(1))
            return d;
    }
    return {};
}

QList<FoundDate> DateScanner::scan(QStringView text, const QDate& today)
{
    QList<FoundDate> out;
    QList<std::pair<qsizetype, qsizetype>> taken; // spans of whole dates, so that their tails are not read again
    auto overlaps = [&taken](qsizetype s, qsizetype e) {
        for (const auto& [ts, te] : taken) {
            if (s < te && e > ts)
                return true;
        }
        return false;
    };
    auto add = [&](const QDate& d, qsizetype start, qsizetype end, bool inferred) {
        taken.append({start, end});
        if (!d.isValid() || d.year() < 1990 || isTodayLine(text, start, end))
            return;
        out.append(FoundDate{d, text.mid(start, end - start).toString(), start, inferred});
    };
    for (auto it = fullDate().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt()), m.capturedStart(),
            m.capturedEnd(), false);
    }
    for (auto it = bracketed().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        add(inferYear(m.capturedView(1).toInt(), m.capturedView(2).toInt(), today), m.capturedStart(), m.capturedEnd(),
            true);
    }
    for (auto it = bare().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        const bool dashed = m.capturedLength(1) > 0;
        const int month = (dashed ? m.capturedView(1) : m.capturedView(3)).toInt();
        const int day = (dashed ? m.capturedView(2) : m.capturedView(4)).toInt();
        add(inferYear(month, day, today), m.capturedStart(), m.capturedEnd(), true);
    }
    std::sort(out.begin(), out.end(), [](const FoundDate& a, const FoundDate& b) { return a.position < b.position; });
    return out;
}

std::optional<FoundDate> DateScanner::newest(QStringView text, const QDate& today)
{
    std::optional<FoundDate> best;
    for (const FoundDate& d : scan(text, today)) {
        if (d.date > today.addDays(1))
            continue;
        if (!best || d.date > best->date)
            best = d;
    }
    return best;
}

} // namespace sitegov
