#include "core/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

bool weekend(const QDate& day)
{
    return day.dayOfWeek() >= 6;
}

// A working day can be as far as a public holiday away: the longest run of days off is 9 (春节
// 2026), and the count stops anyway after this many days so that no input loops for ever.
constexpr int kMaxSpan = 3660;

} // namespace

Result<CalendarYear> WorkCalendar::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{tr("The calendar file is not a calendar of holidays (JSON with year, holidays and workdays)."),
            parseError.errorString()};
    const QJsonObject o = doc.object();
    CalendarYear out;
    out.year = o.value(QStringLiteral("year")).toInt();
    if (out.year < 2000 || out.year > 2100)
        return Error{tr("The calendar file does not say which year it is for (\"year\": 2026)."), {}};
    out.source = o.value(QStringLiteral("source")).toString().trimmed();
    if (out.source.isEmpty())
        return Error{tr("The calendar file does not name the notice it was written from (\"source\")."), {}};

    QHash<QDate, bool> seen; // true: off
    auto date = [&](const QJsonValue& v, const QString& what) -> Result<QDate> {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return Error{tr("The calendar file has \"%1\" where %2 should be a date (2026-10-01).")
                             .arg(v.toString().left(40), what),
                {}};
        if (d.year() != out.year)
            return Error{tr("The calendar of %1 has a day of another year: %2.").arg(out.year).arg(d.toString(Qt::ISODate)),
                {}};
        return d;
    };
    for (const QJsonValue& v : o.value(QStringLiteral("holidays")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString name = h.value(QStringLiteral("name")).toString().trimmed();
        const auto from = date(h.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!from)
            return from.error();
        const auto to = date(h.value(QStringLiteral("to")), QStringLiteral("to"));
        if (!to)
            return to.error();
        if (*to < *from)
            return Error{tr("The holiday %1 ends before it begins.").arg(name), {}};
        for (QDate d = *from; d <= *to; d = d.addDays(1)) {
            if (seen.contains(d))
                return Error{tr("The calendar file names %1 twice.").arg(d.toString(Qt::ISODate)), {}};
            seen.insert(d, true);
            out.holidays << CalendarYear::Day{d, name};
        }
    }
    for (const QJsonValue& v : o.value(QStringLiteral("workdays")).toArray()) {
        const QJsonObject w = v.toObject();
        const auto d = date(w.value(QStringLiteral("date")), QStringLiteral("date"));
        if (!d)
            return d.error();
        if (seen.contains(*d))
            return Error{tr("The calendar file names %1 twice.").arg(d->toString(Qt::ISODate)), {}};
        if (!weekend(*d))
            return Error{tr("%1 is a weekday: only a Saturday or Sunday can be a worked day (调休).")
                             .arg(d->toString(Qt::ISODate)),
                {}};
        seen.insert(*d, false);
        out.workdays << CalendarYear::Day{*d, w.value(QStringLiteral("name")).toString().trimmed()};
    }
    if (out.holidays.isEmpty())
        return Error{tr("The calendar of %1 has no public holidays.").arg(out.year), {}};
    return out;
}

QByteArray WorkCalendar::toJson(const CalendarYear& year)
{
    QJsonArray holidays;
    // Consecutive days of the same name make one range again.
    for (int i = 0; i < year.holidays.size();) {
        int j = i;
        while (j + 1 < year.holidays.size() && year.holidays.at(j + 1).name == year.holidays.at(i).name
            && year.holidays.at(j + 1).date == year.holidays.at(j).date.addDays(1))
            ++j;
        holidays.append(QJsonObject{{QStringLiteral("name"), year.holidays.at(i).name},
            {QStringLiteral("from"), year.holidays.at(i).date.toString(Qt::ISODate)},
            {QStringLiteral("to"), year.holidays.at(j).date.toString(Qt::ISODate)}});
        i = j + 1;
    }
    QJsonArray workdays;
    for (const CalendarYear::Day& d : year.workdays)
        workdays.append(QJsonObject{
            {QStringLiteral("name"), d.name}, {QStringLiteral("date"), d.date.toString(Qt::ISODate)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("year"), year.year}, {QStringLiteral("source"), year.source},
                             {QStringLiteral("holidays"), holidays}, {QStringLiteral("workdays"), workdays}})
        .toJson(QJsonDocument::Indented);
}

WorkCalendar WorkCalendar::shipped()
{
    WorkCalendar calendar;
    const QDir dir(QStringLiteral(":/sitegov/calendar"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // The shipped files are checked by TestWorkCalendar: one that did not parse would fail it.
        if (const auto year = parse(f.readAll()))
            calendar.setYear(*year);
    }
    return calendar;
}

void WorkCalendar::setYear(const CalendarYear& year)
{
    if (m_years.contains(year.year)) {
        for (const CalendarYear::Day& d : m_years.value(year.year).holidays)
            m_off.remove(d.date);
        for (const CalendarYear::Day& d : m_years.value(year.year).workdays)
            m_worked.remove(d.date);
    }
    m_years.insert(year.year, year);
    for (const CalendarYear::Day& d : year.holidays)
        m_off.insert(d.date, d.name);
    for (const CalendarYear::Day& d : year.workdays)
        m_worked.insert(d.date, d.name);
}

bool WorkCalendar::isWorkingDay(const QDate& day) const
{
    if (m_worked.contains(day))
        return true;
    if (m_off.contains(day))
        return false;
    return !weekend(day);
}

QString WorkCalendar::dayName(const QDate& day) const
{
    return m_worked.contains(day) ? m_worked.value(day) : m_off.value(day);
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int count) const
{
    if (!from.isValid())
        return {};
    QDate d = from;
    for (int found = 0, span = 0; found < count && span < kMaxSpan; ++span) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++found;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    if (!from.isValid() || !to.isValid())
        return 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++n;
    }
    return n;
}

} // namespace sitegov
