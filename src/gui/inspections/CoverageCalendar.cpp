#include "gui/inspections/CoverageCalendar.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace sitegov {

namespace {
constexpr int kColumns = 7;
constexpr int kRows = 6;
} // namespace

CoverageCalendar::CoverageCalendar(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(QStringLiteral("coverageCalendar"));
    setAccessibleName(tr("Inspection coverage by day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize CoverageCalendar::sizeHint() const
{
    return {7 * 110, headerHeight() + 6 * 64};
}

QSize CoverageCalendar::minimumSizeHint() const
{
    return {7 * 64, headerHeight() + 6 * 44};
}

int CoverageCalendar::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QColor CoverageCalendar::tint(double ratio)
{
    if (ratio >= 0.95)
        return QColor(0xc8, 0xe6, 0xc9);
    if (ratio >= 0.8)
        return QColor(0xff, 0xec, 0xb3);
    return QColor(0xff, 0xcd, 0xd2);
}

void CoverageCalendar::setMonth(const QDate& firstDay, const QList<DayCoverage>& days, const QDate& today)
{
    m_month = QDate(firstDay.year(), firstDay.month(), 1);
    m_days = days;
    m_today = today;
    if (!m_selected.isValid() || m_selected.year() != m_month.year() || m_selected.month() != m_month.month())
        m_selected = (today.year() == m_month.year() && today.month() == m_month.month()) ? today : m_month;
    setAccessibleDescription(tr("%1: %2 days").arg(QLocale().toString(m_month, QStringLiteral("yyyy-MM"))).arg(days.size()));
    update();
}

void CoverageCalendar::setSelectedDay(const QDate& day)
{
    if (!day.isValid() || day == m_selected)
        return;
    if (day.year() != m_month.year() || day.month() != m_month.month())
        return;
    m_selected = day;
    update();
    Q_EMIT daySelected(day);
}

QRect CoverageCalendar::cellRect(const QDate& day) const
{
    if (!m_month.isValid())
        return {};
    const int offset = m_month.dayOfWeek() - 1; // Monday first
    const int index = offset + day.day() - 1;
    const int w = width() / kColumns;
    const int h = (height() - headerHeight()) / kRows;
    return {(index % kColumns) * w, headerHeight() + (index / kColumns) * h, w, h};
}

QDate CoverageCalendar::dayAt(const QPoint& pos) const
{
    if (!m_month.isValid() || pos.y() < headerHeight())
        return {};
    const int w = width() / kColumns;
    const int h = (height() - headerHeight()) / kRows;
    if (w <= 0 || h <= 0)
        return {};
    const int index = ((pos.y() - headerHeight()) / h) * kColumns + pos.x() / w;
    const int day = index - (m_month.dayOfWeek() - 1) + 1;
    if (day < 1 || day > m_month.daysInMonth())
        return {};
    return QDate(m_month.year(), m_month.month(), day);
}

void CoverageCalendar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int w = width() / kColumns;
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < kColumns; ++c)
        p.drawText(QRect(c * w, 0, w, headerHeight()), Qt::AlignCenter, locale.dayName(c + 1, QLocale::ShortFormat));
    if (!m_month.isValid())
        return;
    QHash<QDate, DayCoverage> byDay;
    for (const DayCoverage& d : m_days)
        byDay.insert(d.day, d);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int day = 1; day <= m_month.daysInMonth(); ++day) {
        const QDate date(m_month.year(), m_month.month(), day);
        const QRect cell = cellRect(date).adjusted(2, 2, -2, -2);
        const bool future = date > m_today;
        // Today is still running: its figures so far, outlined, with no verdict colour.
        const bool running = date == m_today;
        const auto it = byDay.constFind(date);
        QColor fill = pal.color(QPalette::AlternateBase);
        if (!future && !running && it != byDay.cend() && it->expected > 0)
            fill = tint(it->ratio());
        p.setPen(running ? QPen(pal.color(QPalette::Mid), 1.5, Qt::DashLine) : QPen(Qt::NoPen));
        p.setBrush(fill);
        p.drawRoundedRect(cell, 4, 4);
        if (date == m_selected) {
            p.setPen(QPen(pal.color(hasFocus() ? QPalette::Highlight : QPalette::Mid), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
        }
        p.setPen(QColor(0x21, 0x21, 0x21));
        p.setFont(date == m_today ? bold : font());
        p.drawText(cell.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, QString::number(day));
        if (future || it == byDay.cend())
            continue;
        p.setFont(small);
        const QString figures = tr("%1 / %2").arg(it->inspected).arg(it->expected);
        const QString percent = running    ? tr("so far")
            : it->expected > 0 ? locale.toString(it->ratio() * 100, 'f', 0) + QLatin1Char('%')
                               : QString();
        p.drawText(cell.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignRight, percent);
        p.drawText(cell.adjusted(6, 4, -6, -6), Qt::AlignBottom | Qt::AlignHCenter, figures);
    }
}

void CoverageCalendar::mousePressEvent(QMouseEvent* event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid()) {
        setFocus(Qt::MouseFocusReason);
        setSelectedDay(day);
    }
}

void CoverageCalendar::keyPressEvent(QKeyEvent* event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setSelectedDay(m_selected.addDays(step));
}

} // namespace sitegov
