#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sitegov {

// An assessment period (考核期): a month "2024-05", a quarter "2024-Q2" or a year "2024".
//
// Periods are ordered by their first month; of two periods starting in the same month the longer
// comes first (2024 < 2024-Q1 < 2024-01 < 2024-02 < 2024-Q2). A period contains itself and every
// period that lies wholly inside it: a year its quarters and months, a quarter its three months.
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind
    {
        Month,
        Quarter,
        Year
    };

    Period() = default; // invalid
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);
    // The month that holds `date`.
    static Period monthOf(const QDate& date);

    // Parses "YYYY-MM", "YYYY-Qn" (q in upper or lower case) or "YYYY"; years 1900 to 9999.
    static Result<Period> parse(QStringView text);

    bool isValid() const { return m_year != 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    // 1..12 for a month, 1..4 for a quarter, 0 for a year.
    int index() const { return m_index; }
    // The quarter (1..4) a month or quarter lies in; 0 for a year.
    int quarterNumber() const;

    // Canonical text: "2024-05", "2024-Q2", "2024".
    QString toString() const;
    // "month", "quarter", "year": the stable key used in the API and the store.
    QString kindKey() const;
    static QString kindKey(Kind kind);

    // Months counted from year 0: first and last month of the period, for ordering and ranges.
    int firstMonthIndex() const;
    int lastMonthIndex() const;
    QDate firstDay() const;
    QDate lastDay() const;

    bool contains(const Period& other) const;
    // The months inside the period, in order.
    QList<Period> months() const;
    // The quarter and year that hold a month, the year that holds a quarter; invalid for a year.
    Period enclosingQuarter() const;
    Period enclosingYear() const;

    // The next period of the same kind.
    Period next() const;

    friend bool operator==(const Period& a, const Period& b)
    {
        return a.m_kind == b.m_kind && a.m_year == b.m_year && a.m_index == b.m_index;
    }
    friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
    friend bool operator<(const Period& a, const Period& b);
    friend bool operator>(const Period& a, const Period& b) { return b < a; }
    friend bool operator<=(const Period& a, const Period& b) { return !(b < a); }
    friend bool operator>=(const Period& a, const Period& b) { return !(a < b); }

private:
    Period(Kind kind, int year, int index);
    int spanMonths() const;

    Kind m_kind = Kind::Month;
    int m_year = 0;
    int m_index = 0;
};

size_t qHash(const Period& p, size_t seed = 0) noexcept;

} // namespace sitegov
