#include "core/Period.h"

#include <QHashFunctions>

namespace sitegov {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Period::Period(Kind kind, int year, int index)
    : m_kind(kind)
    , m_year(year)
    , m_index(index)
{ }

Period Period::month(int year, int month)
{
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12)
        return {};
    return Period(Kind::Month, year, month);
}

Period Period::quarter(int year, int quarter)
{
    if (year < kMinYear || year > kMaxYear || quarter < 1 || quarter > 4)
        return {};
    return Period(Kind::Quarter, year, quarter);
}

Period Period::year(int year)
{
    if (year < kMinYear || year > kMaxYear)
        return {};
    return Period(Kind::Year, year, 0);
}

Period Period::monthOf(const QDate& date)
{
    return date.isValid() ? month(date.year(), date.month()) : Period();
}

Result<Period> Period::parse(QStringView text)
{
    const auto invalid = [&text] {
        return Error{tr("A period is written YYYY-MM, YYYY-Qn or YYYY, for example 2024-05, 2024-Q2 or 2024."),
            text.left(40).toString()};
    };
    if (text.size() != 4 && text.size() != 7)
        return invalid();
    const QStringView yearText = text.left(4);
    if (!allDigits(yearText))
        return invalid();
    const int y = yearText.toInt();
    if (y < kMinYear || y > kMaxYear)
        return Error{
            tr("The year of a period must lie between %1 and %2.").arg(kMinYear).arg(kMaxYear), text.toString()};
    if (text.size() == 4)
        return Period::year(y);
    if (text.at(4) != u'-')
        return invalid();
    const QStringView rest = text.mid(5);
    if (rest.at(0) == u'Q' || rest.at(0) == u'q') {
        const QStringView q = rest.mid(1);
        if (q.size() != 1 || !allDigits(q) || q.toInt() < 1 || q.toInt() > 4)
            return invalid();
        return Period::quarter(y, q.toInt());
    }
    if (!allDigits(rest) || rest.toInt() < 1 || rest.toInt() > 12)
        return invalid();
    return Period::month(y, rest.toInt());
}

int Period::quarterNumber() const
{
    switch (m_kind) {
    case Kind::Month:
        return (m_index - 1) / 3 + 1;
    case Kind::Quarter:
        return m_index;
    case Kind::Year:
        return 0;
    }
    return 0;
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_index);
    case Kind::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    }
    return {};
}

QString Period::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Year:
        return QStringLiteral("year");
    }
    return {};
}

QString Period::kindKey() const
{
    return kindKey(m_kind);
}

int Period::spanMonths() const
{
    switch (m_kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::Year:
        return 12;
    }
    return 1;
}

int Period::firstMonthIndex() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_year * 12 + (m_index - 1);
    case Kind::Quarter:
        return m_year * 12 + (m_index - 1) * 3;
    case Kind::Year:
        return m_year * 12;
    }
    return 0;
}

int Period::lastMonthIndex() const
{
    return firstMonthIndex() + spanMonths() - 1;
}

QDate Period::firstDay() const
{
    if (!isValid())
        return {};
    const int m = firstMonthIndex();
    return QDate(m / 12, m % 12 + 1, 1);
}

QDate Period::lastDay() const
{
    if (!isValid())
        return {};
    const int m = lastMonthIndex();
    const QDate first(m / 12, m % 12 + 1, 1);
    return first.addDays(first.daysInMonth() - 1);
}

bool Period::contains(const Period& other) const
{
    if (!isValid() || !other.isValid())
        return false;
    return other.firstMonthIndex() >= firstMonthIndex() && other.lastMonthIndex() <= lastMonthIndex();
}

QList<Period> Period::months() const
{
    QList<Period> out;
    if (!isValid())
        return out;
    for (int m = firstMonthIndex(); m <= lastMonthIndex(); ++m)
        out.append(Period(Kind::Month, m / 12, m % 12 + 1));
    return out;
}

Period Period::enclosingQuarter() const
{
    if (!isValid() || m_kind != Kind::Month)
        return {};
    return Period(Kind::Quarter, m_year, quarterNumber());
}

Period Period::enclosingYear() const
{
    if (!isValid() || m_kind == Kind::Year)
        return {};
    return Period(Kind::Year, m_year, 0);
}

Period Period::next() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Month:
        return m_index == 12 ? month(m_year + 1, 1) : month(m_year, m_index + 1);
    case Kind::Quarter:
        return m_index == 4 ? quarter(m_year + 1, 1) : quarter(m_year, m_index + 1);
    case Kind::Year:
        return year(m_year + 1);
    }
    return {};
}

bool operator<(const Period& a, const Period& b)
{
    if (a.isValid() != b.isValid())
        return !a.isValid(); // invalid periods sort first
    const int fa = a.firstMonthIndex();
    const int fb = b.firstMonthIndex();
    if (fa != fb)
        return fa < fb;
    return a.spanMonths() > b.spanMonths();
}

size_t qHash(const Period& p, size_t seed) noexcept
{
    return qHashMulti(seed, int(p.kind()), p.yearNumber(), p.index());
}

} // namespace sitegov
