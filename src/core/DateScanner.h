#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// A date found in a page's text, with the text it was read from (the evidence of a freshness check).
struct FoundDate
{
    QDate date;
    QString text; // as written on the page: "2026年11月28日", "[11-28]"
    qsizetype position = 0; // in the scanned text
    bool yearInferred = false; // written without its year
};

// Finds the dates government pages write (docs/design/probe.md, "Freshness"):
// 2026-11-28, 2026-1-5, 2026/11/28, 2026.11.28, 2026年11月28日; without a year [11-28], (11-28),
// 【11-28】, 11-28 (two digits each) and 11月28日, given the year that puts them on or before today.
//
// What is not an update is left out: a date followed by its weekday or after "今天是" (the header's
// "today is" line, which every page shows), dates after tomorrow (an event, a deadline: not an
// update), years before 1990, ranges of years (the footer's "© 2005-2026": no month, so no date),
// and digits that run on into other digits (ICP numbers, telephone numbers, times).
class DateScanner final
{
public:
    static QList<FoundDate> scan(QStringView text, const QDate& today);
    // The newest date of scan() on or before tomorrow (a page published in another zone's evening).
    static std::optional<FoundDate> newest(QStringView text, const QDate& today);
    // The year that puts month/day on or before tomorrow: this year, or the year before.
    static QDate inferYear(int month, int day, const QDate& today);
};

} // namespace sitegov
