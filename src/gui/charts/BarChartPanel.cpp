#include "gui/charts/BarChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPointer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sitegov {

namespace {

double niceMax(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

BarChartPanel::BarChartPanel(QWidget* parent)
    : ChartPanel(parent)
{
}

void BarChartPanel::setData(const Data& data)
{
    m_data = data;
    scheduleRebuild();
}

void BarChartPanel::setValueGuide(double value, const QString& label)
{
    m_valueGuide = std::pair{value, label};
    scheduleRebuild();
}

void BarChartPanel::setCategoryGuide(double position, const QString& label)
{
    m_categoryGuide = std::pair{position, label};
    scheduleRebuild();
}

void BarChartPanel::clearGuides()
{
    m_valueGuide.reset();
    m_categoryGuide.reset();
    scheduleRebuild();
}

QString BarChartPanel::toolTipFor(int series, int index) const
{
    if (index < 0 || index >= m_data.categories.size() || series < 0 || series >= m_data.sets.size())
        return {};
    if (index < m_data.toolTips.size() && !m_data.toolTips.at(index).isEmpty())
        return m_data.toolTips.at(index);
    const Bars& set = m_data.sets.at(series);
    const double v = index < set.values.size() ? set.values.at(index) : 0.0;
    const QString value = QLocale().toString(v, 'f', m_data.decimals) + m_data.valueSuffix;
    return m_data.sets.size() > 1 ? tr("%1 · %2: %3").arg(m_data.categories.at(index), set.name, value)
                                  : tr("%1: %2").arg(m_data.categories.at(index), value);
}

void BarChartPanel::activate(int index)
{
    if (index >= 0 && index < m_data.keys.size())
        Q_EMIT activated(m_data.keys.at(index));
}

void BarChartPanel::rebuild()
{
    for (const Label& l : std::as_const(m_labels))
        delete l.item;
    m_labels.clear();
    m_series = nullptr;
    resetChart();
    QChart* c = chart();
    const bool horizontal = m_data.orientation == Qt::Horizontal;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Horizontal: the categories go in reversed, so that the first one is drawn at the top.
    const int n = int(m_data.categories.size());
    setCategoriesReversed(horizontal);
    auto at = [horizontal, n](int shown) { return horizontal ? n - 1 - shown : shown; };
    double top = 0;
    for (int s = 0; s < m_data.sets.size(); ++s) {
        const Bars& b = m_data.sets.at(s);
        auto* set = new QBarSet(b.name);
        for (int i = 0; i < n; ++i) {
            const double v = at(i) < b.values.size() ? b.values.at(at(i)) : 0.0;
            *set << v;
            top = std::max(top, v);
        }
        if (b.color.isValid()) {
            set->setColor(b.color);
            set->setBorderColor(b.color.darker(115));
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, s, at](bool status, int index) {
            showToolTip(status ? toolTipFor(s, at(index)) : QString());
        });
        connect(set, &QBarSet::clicked, this, [this, at](int index) { activate(at(index)); });
    }
    series->setBarWidth(m_data.sets.size() > 1 ? 0.8 : 0.7);
    m_series = series;
    c->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    QStringList labels = m_data.categories;
    if (horizontal)
        std::reverse(labels.begin(), labels.end());
    categories->append(labels);
    categories->setTitleText(m_data.categoryTitle);
    if (horizontal && n > 12) {
        // Many names down the side: a smaller font, so that each fits its row instead of being elided.
        QFont f = categories->labelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        categories->setLabelsFont(f);
    }
    auto* values = new QValueAxis;
    values->setTitleText(m_data.valueTitle);
    double max = m_data.valueMax > 0 ? m_data.valueMax : niceMax(top * 1.05);
    if (m_valueGuide)
        max = std::max(max, m_valueGuide->first);
    values->setRange(0, max);
    values->setLabelFormat(m_data.decimals > 0 && max <= 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    values->setTickCount(std::min(11, std::max(3, int(max) <= 10 ? int(max) + 1 : 6)));
    // A line every 10 points or percent across the width; every 20 up the height, where Qt Charts
    // elides the labels that do not fit their spacing.
    if (std::fmod(max, 10.0) == 0 && max >= 50 && max <= 150) {
        values->setTickCount(horizontal ? int(max / 10) + 1 : (std::fmod(max, 20.0) == 0 ? int(max / 20) + 1 : 6));
        // Where the plot is too short for that (a 1024-pixel screen: each label became "…"), a line
        // every 20, 25 or 50, from 0, as many as the plot's length holds; chosen again as it resizes.
        const int preferred = horizontal ? 10 : (std::fmod(max, 20.0) == 0 ? 20 : 0);
        connect(c, &QChart::plotAreaChanged, values, [values, max, horizontal, preferred](const QRectF& plot) {
            const QFontMetricsF metrics(values->labelsFont());
            const double room = horizontal ? plot.width() : plot.height();
            const double each = horizontal
                ? metrics.horizontalAdvance(QString::number(int(max))) + 3 * metrics.averageCharWidth()
                : 1.8 * metrics.height();
            if (room <= 0)
                return;
            for (const int step : {10, 20, 25, 50}) {
                if (step < preferred || (max / step + 1) * each > room)
                    continue;
                if (step == preferred) {
                    values->setTickType(QValueAxis::TicksFixed);
                    values->setTickCount(int(max / step) + 1);
                } else {
                    values->setTickType(QValueAxis::TicksDynamic);
                    values->setTickAnchor(0);
                    values->setTickInterval(step);
                }
                return;
            }
            values->setTickType(QValueAxis::TicksDynamic);
            values->setTickAnchor(0);
            values->setTickInterval(100);
        });
    }
    c->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    auto guidePen = [] {
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        return pen;
    };
    // Guides are drawn in category coordinates on a hidden axis that spans the categories exactly.
    auto addGuide = [&](const QList<QPointF>& points, const QString& label) {
        auto* line = new QLineSeries;
        line->append(points);
        line->setName(label);
        line->setPen(guidePen());
        markAsGuide(line);
        c->addSeries(line);
        auto* hidden = new QValueAxis;
        hidden->setRange(-0.5, n - 0.5);
        hidden->setVisible(false);
        c->addAxis(hidden, !horizontal ? Qt::AlignTop : Qt::AlignRight);
        line->attachAxis(values);
        line->attachAxis(hidden);
    };
    if (n > 0 && m_valueGuide) {
        const double v = m_valueGuide->first;
        addGuide(horizontal ? QList<QPointF>{{v, -0.5}, {v, n - 0.5}} : QList<QPointF>{{-0.5, v}, {n - 0.5, v}},
            m_valueGuide->second);
    }
    if (n > 0 && m_categoryGuide) {
        const double p = m_categoryGuide->first;
        addGuide(horizontal ? QList<QPointF>{{0, p}, {max, p}} : QList<QPointF>{{p, 0}, {p, max}}, m_categoryGuide->second);
    }
    // The values written at the bars, as the tables beside the charts write them (QLocale, the same
    // decimals): Qt's own labels count significant digits over all bars, so that 104.83 read "105"
    // beside a table's 104.8.
    createLabels();
    c->legend()->setVisible(m_data.sets.size() > 1 || m_valueGuide || m_categoryGuide);
    // The legend names the data sets and the guides; a single unnamed set has no entry.
    if (m_data.sets.size() == 1 && m_data.sets.constFirst().name.isEmpty()) {
        const auto markers = c->legend()->markers(series);
        for (auto* m : markers)
            m->setVisible(false);
    }
}

QString BarChartPanel::labelText(double value) const
{
    return QLocale().toString(value, 'f', m_data.decimals) + m_data.valueSuffix;
}

void BarChartPanel::createLabels()
{
    if (!m_data.labels || !m_series)
        return;
    QChart* c = chart();
    const int n = int(m_data.categories.size());
    for (int s = 0; s < m_data.sets.size(); ++s) {
        const Bars& b = m_data.sets.at(s);
        for (int i = 0; i < n; ++i) {
            const double v = i < b.values.size() ? b.values.at(i) : 0.0;
            auto* item = new QGraphicsSimpleTextItem(labelText(v), c);
            item->setZValue(20);
            QFont f = item->font();
            f.setPointSizeF(f.pointSizeF() * 0.9);
            item->setFont(f);
            m_labels.append({item, s, i, v});
        }
    }
    if (!m_labelConnection)
        m_labelConnection = connect(c, &QChart::plotAreaChanged, this, &BarChartPanel::placeLabels);
    placeLabels();
}

void BarChartPanel::placeLabels()
{
    if (!m_series)
        return;
    QChart* c = chart();
    const bool horizontal = m_data.orientation == Qt::Horizontal;
    const int n = int(m_data.categories.size());
    const int sets = int(m_data.sets.size());
    const double group = m_series->barWidth();
    for (const Label& l : std::as_const(m_labels)) {
        if (!l.item)
            continue;
        // The middle of the bar: its category, shifted to its set's place in the group.
        const int shown = horizontal ? n - 1 - l.index : l.index;
        const double across = shown - group / 2 + (l.set + 0.5) * group / sets;
        const QPointF base = c->mapToPosition(horizontal ? QPointF(0, across) : QPointF(across, 0), m_series);
        const QPointF end = c->mapToPosition(horizontal ? QPointF(l.value, across) : QPointF(across, l.value), m_series);
        const QRectF text = l.item->boundingRect();
        const double length = horizontal ? end.x() - base.x() : base.y() - end.y();
        const bool inside = length > (horizontal ? text.width() : text.height()) + 6;
        QPointF at;
        if (horizontal) {
            at = inside ? QPointF(end.x() - text.width() - 4, end.y() - text.height() / 2) : QPointF(end.x() + 4, end.y() - text.height() / 2);
        } else {
            // Above the bar where the axis leaves room, inside it otherwise.
            const bool above = end.y() - text.height() - 2 >= c->plotArea().top();
            at = above ? QPointF(end.x() - text.width() / 2, end.y() - text.height() - 2)
                       : QPointF(end.x() - text.width() / 2, end.y() + 2);
            l.item->setBrush(above ? QBrush(Qt::black) : QBrush(Qt::white));
        }
        if (horizontal)
            l.item->setBrush(inside ? QBrush(Qt::white) : QBrush(Qt::black));
        l.item->setPos(at);
        l.item->setVisible(l.value > 0 || !inside);
    }
}

QStringList BarChartPanel::plottedLabels() const
{
    const_cast<BarChartPanel*>(this)->buildIfDirty();
    QStringList out;
    for (const Label& l : m_labels) {
        if (l.set == 0 && l.item)
            out << l.item->text();
    }
    return out;
}

} // namespace sitegov
