#pragma once

#include "storage/InspectionQueries.h"

#include <QDate>
#include <QWidget>

namespace sitegov {

// A month as a calendar: for each day, how many of the unit's running sites were inspected, tinted
// from green (all) through amber to red (many missed). Clicking a day (or moving with the arrow
// keys) selects it, to list the sites missed that day. Today, still running, shows its figures so far
// without a colour.
class CoverageCalendar final : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageCalendar(QWidget* parent = nullptr);

    void setMonth(const QDate& firstDay, const QList<DayCoverage>& days, const QDate& today);
    void setSelectedDay(const QDate& day);
    QDate selectedDay() const { return m_selected; }
    QDate month() const { return m_month; }
    const QList<DayCoverage>& days() const { return m_days; }
    // The rectangle of a day's cell (tests click it).
    QRect cellRect(const QDate& day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor tint(double ratio);

Q_SIGNALS:
    void daySelected(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int headerHeight() const;
    QDate dayAt(const QPoint& pos) const;

    QDate m_month;
    QDate m_today;
    QDate m_selected;
    QList<DayCoverage> m_days;
};

} // namespace sitegov
