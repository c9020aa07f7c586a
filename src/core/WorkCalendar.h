#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace sitegov {

// One year of the State Council's holiday arrangement (部分节假日安排的通知), as a calendar data
// file has it (resources/calendar/<year>.json): the public holidays and the weekend days worked
// instead (调休上班), with the notice the file was written from.
struct CalendarYear
{
    struct Day
    {
        QDate date;
        QString name; // "国庆节", "春节调休"
    };

    int year = 0;
    QString source; // the notice: "国务院办公厅关于2026年部分节假日安排的通知（...）"
    QList<Day> holidays; // every day off, ranges expanded
    QList<Day> workdays; // weekend days worked (调休)
};

// Working days of the Chinese calendar (docs/design/domain.md, error-report tickets): a day is a
// working day when it is a weekend day the arrangement makes worked, or a Monday to Friday that is
// not a public holiday. A year without a file counts Monday to Friday only; callers ask covers()
// to warn about it. Pure: no SQL, no files but the ones shipped inside the program.
class WorkCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // Reads one year's file (JSON: year, source, holidays [{name, from, to}], workdays [{name, date}]).
    // Refuses a file whose days lie outside its year, a holiday range that runs backwards, a day
    // both off and worked, or a worked day that is not a Saturday or Sunday.
    static Result<CalendarYear> parse(const QByteArray& json);
    // The file's text again, as parse() reads it (the database keeps what the office imported).
    static QByteArray toJson(const CalendarYear& year);

    // The years shipped with the program (resources/calendar/*.json).
    static WorkCalendar shipped();

    // Adds or replaces a year.
    void setYear(const CalendarYear& year);
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    CalendarYear year(int year) const { return m_years.value(year); }

    bool isWorkingDay(const QDate& day) const;
    // The name of the holiday or the worked weekend day, or empty for an ordinary day.
    QString dayName(const QDate& day) const;
    // The `count`-th working day after `from` (`from` itself does not count, whatever it is).
    QDate addWorkingDays(const QDate& from, int count) const;
    // Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QMap<int, CalendarYear> m_years;
    QHash<QDate, QString> m_off;
    QHash<QDate, QString> m_worked;
};

} // namespace sitegov
