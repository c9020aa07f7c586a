#pragma once

#include "gui/charts/ChartPanel.h"

#include <QColor>

class QAbstractBarSeries;
class QGraphicsSimpleTextItem;
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
    // The values written at the bars of the first set, in the categories' order, as shown: the
    // locale's number with the data's decimals, as a table writes it.
    QStringList plottedLabels() const;

    // Clicks category `index` as a user would (keyboard and tests).
    void activate(int index);

protected:
    void rebuild() override;

private:
    struct Label
    {
        QGraphicsSimpleTextItem* item = nullptr; // owned by the chart
        int set = 0;
        int index = 0;
        double value = 0;
    };
    QString labelText(double value) const;
    void createLabels();
    void placeLabels();

    Data m_data;
    QAbstractBarSeries* m_series = nullptr; // owned by the chart
    QList<Label> m_labels;
    QMetaObject::Connection m_labelConnection;
    std::optional<std::pair<double, QString>> m_valueGuide;
    std::optional<std::pair<double, QString>> m_categoryGuide;
};

} // namespace sitegov
