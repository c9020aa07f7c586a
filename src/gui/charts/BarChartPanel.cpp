#include "gui/charts/BarChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
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
        set->setLabelColor(horizontal || m_data.valueMax > 0 ? QColor(Qt::white) : QColor(Qt::black));
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, s, at](bool status, int index) {
            showToolTip(status ? toolTipFor(s, at(index)) : QString());
        });
        connect(set, &QBarSet::clicked, this, [this, at](int index) { activate(at(index)); });
    }
    series->setBarWidth(m_data.sets.size() > 1 ? 0.8 : 0.7);
    if (m_data.labels) {
        series->setLabelsVisible(true);
        // Outside the bar where the axis leaves room above the tallest one, inside (in white) otherwise.
        series->setLabelsPosition(horizontal || m_data.valueMax > 0 ? QAbstractBarSeries::LabelsInsideEnd
                                                                    : QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        // Qt counts significant digits: the integer digits (of the largest value for whole numbers,
        // of the smallest for decimals, so that 94.6 and 100 both read right) and the decimals.
        double least = top;
        for (const Bars& b : m_data.sets) {
            for (double v : b.values) {
                if (v > 0)
                    least = std::min(least, v);
            }
        }
        const auto digits = [](double v) { return int(std::floor(std::log10(std::max(1.0, v)))) + 1; };
        series->setLabelsPrecision(m_data.decimals == 0 ? digits(top) : digits(least) + m_data.decimals);
    }
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
    if (std::fmod(max, 10.0) == 0 && max >= 50 && max <= 150)
        values->setTickCount(horizontal ? int(max / 10) + 1 : (std::fmod(max, 20.0) == 0 ? int(max / 20) + 1 : 6));
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
    c->legend()->setVisible(m_data.sets.size() > 1 || m_valueGuide || m_categoryGuide);
    // The legend names the data sets and the guides; a single unnamed set has no entry.
    if (m_data.sets.size() == 1 && m_data.sets.constFirst().name.isEmpty()) {
        const auto markers = c->legend()->markers(series);
        for (auto* m : markers)
            m->setVisible(false);
    }
}

} // namespace sitegov
