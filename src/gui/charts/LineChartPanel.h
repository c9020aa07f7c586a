#pragma once

#include "gui/charts/ChartPanel.h"

#include <optional>

namespace sitegov {

// Lines over ordered categories (a trend over periods), one per group or site, with an optional
// horizontal guide (the pass mark). A missing value (NaN) breaks nothing: the line joins the
// values it has. Clicking a line or a point emits activated() with the line's key.
class LineChartPanel final : public ChartPanel
{
    Q_OBJECT

public:
    struct Line
    {
        QVariant key;
        QString name;
        QList<double> values; // one per category; NaN where there is none
    };

    struct Data
    {
        QStringList categories;
        QList<Line> lines;
        QString valueTitle;
        QString categoryTitle;
        double valueMin = -1; // below 0: from the data
        double valueMax = 0; // 0: from the data
        int decimals = 1;
        QString valueSuffix;
    };

    explicit LineChartPanel(QWidget* parent = nullptr);

    void setData(const Data& data);
    void setValueGuide(double value, const QString& label);

    QStringList plottedCategories() const override;
    QString toolTipFor(int series, int index) const override;
    const Data& data() const { return m_data; }

    // Clicks line `index` as a user would (keyboard and tests).
    void activate(int index);

protected:
    void rebuild() override;

private:

    Data m_data;
    std::optional<std::pair<double, QString>> m_guide;
};

} // namespace sitegov
