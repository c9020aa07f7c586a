#pragma once

#include "gui/charts/ChartPanel.h"

#include <QColor>
#include <optional>

namespace sitegov {

// Bars over categories (a ranking, a histogram, rates per group), one or more sets side by side,
// horizontal or vertical, with an optional guide line: across the value axis (the pass mark of
// 60 points) or between categories (the pass mark on a histogram whose bins are categories).
// Clicking a bar emits activated() with the category's key.
class BarChartPanel final : public ChartPanel
{
    Q_OBJECT

public:
    struct Bars
    {
        QString name;
        QList<double> values; // one per category
        QColor color;
    };

    struct Data
    {
        QStringList categories;
        QVariantList keys; // one per category, for activated(); may be empty
        QList<Bars> sets;
        Qt::Orientation orientation = Qt::Vertical; // Horizontal: categories down the side
        QString valueTitle; // with its unit: "Score (points)"
        QString categoryTitle;
        double valueMax = 0; // 0: from the data
        int decimals = 1; // in tooltips and labels
        QString valueSuffix; // " points", "%"
        bool labels = false; // values written at the bars
        QStringList toolTips; // one per category, replacing the default tooltip
    };

    explicit BarChartPanel(QWidget* parent = nullptr);

    void setData(const Data& data);
    // A line across the value axis at `value` (drawn on top of the bars).
    void setValueGuide(double value, const QString& label);
    // A line between categories at `position` (category i spans i-0.5 .. i+0.5).
    void setCategoryGuide(double position, const QString& label);
    void clearGuides();

    QString toolTipFor(int series, int index) const override;
    const Data& data() const { return m_data; }

    // Clicks category `index` as a user would (keyboard and tests).
    void activate(int index);

protected:
    void rebuild() override;

private:

    Data m_data;
    std::optional<std::pair<double, QString>> m_valueGuide;
    std::optional<std::pair<double, QString>> m_categoryGuide;
};

} // namespace sitegov
