#include "gui/charts/LineChartPanel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sitegov {

LineChartPanel::LineChartPanel(QWidget* parent)
    : ChartPanel(parent)
{
}

void LineChartPanel::setData(const Data& data)
{
    m_data = data;
    scheduleRebuild();
}

void LineChartPanel::setValueGuide(double value, const QString& label)
{
    m_guide = std::pair{value, label};
    scheduleRebuild();
}

QStringList LineChartPanel::plottedCategories() const
{
    const_cast<LineChartPanel*>(this)->buildIfDirty();
    for (QAbstractAxis* axis : chart()->axes()) {
        if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
            return categories->categoriesLabels();
    }
    return {};
}

QString LineChartPanel::toolTipFor(int series, int index) const
{
    if (series < 0 || series >= m_data.lines.size() || index < 0 || index >= m_data.categories.size())
        return {};
    const Line& line = m_data.lines.at(series);
    if (index >= line.values.size() || std::isnan(line.values.at(index)))
        return {};
    return tr("%1 · %2: %3")
        .arg(line.name, m_data.categories.at(index),
            QLocale().toString(line.values.at(index), 'f', m_data.decimals) + m_data.valueSuffix);
}

void LineChartPanel::activate(int index)
{
    if (index >= 0 && index < m_data.lines.size())
        Q_EMIT activated(m_data.lines.at(index).key);
}

QColor LineChartPanel::lineColour(int index)
{
    static const QList<QColor> colours{QColor(0x37, 0x47, 0x4f), QColor(0x1e, 0x88, 0xe5), QColor(0xfb, 0x8c, 0x00),
        QColor(0x43, 0xa0, 0x47), QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0xac, 0xc1), QColor(0x6d, 0x4c, 0x41),
        QColor(0xd8, 0x1b, 0x60), QColor(0x7c, 0xb3, 0x42), QColor(0x39, 0x49, 0xab), QColor(0xf9, 0xa8, 0x25),
        QColor(0x00, 0x89, 0x7b), QColor(0x75, 0x75, 0x75), QColor(0xf4, 0x51, 0x1e)};
    return colours.at(index % colours.size());
}

QList<int> LineChartPanel::labelledCategories(int count, int maxLabels)
{
    QList<int> out;
    const int step = std::max(1, int(std::ceil(count / double(std::max(1, maxLabels)))));
    for (int i = 0; i < count; i += step)
        out << i;
    if (count > 1 && (count - 1) % step != 0)
        out << count - 1;
    return out;
}

void LineChartPanel::rebuild()
{
    resetChart();
    QChart* c = chart();
    const int n = int(m_data.categories.size());
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(0, std::max(1, n - 1));
    // At most about a dozen labels (or what the chart asks), so that they never overlap.
    const QList<int> labelled = labelledCategories(n, m_data.maxLabels);
    const bool shortLabels = m_data.axisLabels.size() == n;
    for (int i : labelled)
        x->append(shortLabels ? m_data.axisLabels.at(i) : m_data.categories.at(i), i);
    x->setTitleText(m_data.categoryTitle);
    // Many labels slant, unless the page broke them into short lines (the year under its month).
    const bool broken = shortLabels
        && std::any_of(m_data.axisLabels.cbegin(), m_data.axisLabels.cend(),
            [](const QString& l) { return l.contains(QLatin1String("<br>")); });
    x->setLabelsAngle(labelled.size() > 8 && !broken ? -45 : 0);
    auto* y = new QValueAxis;
    y->setTitleText(m_data.valueTitle);
    double top = 0;
    for (const Line& l : m_data.lines) {
        for (double v : l.values) {
            if (!std::isnan(v))
                top = std::max(top, v);
        }
    }
    const double max = m_data.valueMax > 0 ? m_data.valueMax : std::max(10.0, std::ceil(top / 10.0) * 10.0);
    double min = m_data.valueMin;
    if (m_data.valueMin < 0) {
        // Automatic: from 10 below the lowest value (and at most the guide, so that it shows), in tens.
        double bottom = max;
        for (const Line& l : m_data.lines) {
            for (double v : l.values) {
                if (!std::isnan(v))
                    bottom = std::min(bottom, v);
            }
        }
        if (m_guide)
            bottom = std::min(bottom, m_guide->first);
        min = std::max(0.0, std::floor(bottom / 10.0) * 10.0 - 10.0);
    }
    y->setRange(min, max);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(int((max - min) / 10.0) <= 10 ? int((max - min) / 10.0) + 1 : 6);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    for (int s = 0; s < m_data.lines.size(); ++s) {
        const Line& l = m_data.lines.at(s);
        auto* series = new QLineSeries;
        series->setName(l.name);
        for (int i = 0; i < l.values.size() && i < n; ++i) {
            if (!std::isnan(l.values.at(i)))
                series->append(i, l.values.at(i));
        }
        series->setPointsVisible(n <= 36);
        c->addSeries(series);
        // A colour of its own for each line (the chart theme repeats after five), the first darkest.
        QPen pen = series->pen();
        pen.setColor(lineColour(s));
        pen.setWidthF(s == 0 ? 3.5 : 2);
        series->setPen(pen);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this, s](const QPointF& point, bool state) {
            showToolTip(state ? toolTipFor(s, int(std::lround(point.x()))) : QString());
        });
        connect(series, &QLineSeries::clicked, this, [this, s] { activate(s); });
    }
    if (m_guide && n > 0) {
        auto* guide = new QLineSeries;
        guide->setName(m_guide->second);
        guide->append(0, m_guide->first);
        guide->append(std::max(1, n - 1), m_guide->first);
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        guide->setPen(pen);
        markAsGuide(guide);
        c->addSeries(guide);
        guide->attachAxis(x);
        guide->attachAxis(y);
    }
    c->legend()->setVisible(true);
}

} // namespace sitegov
