#pragma once

#include "gui/charts/ChartPanel.h"

#include <QColor>

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
        int maxLabels = 12; // category labels on the axis, at most (a narrow chart wants fewer)
        QStringList axisLabels; // shorter labels for the axis, one per category (may hold <br>); empty: the categories
    };

    explicit LineChartPanel(QWidget* parent = nullptr);

    void setData(const Data& data);
    void setValueGuide(double value, const QString& label);

    QStringList plottedCategories() const override;
    QString toolTipFor(int series, int index) const override;
    const Data& data() const { return m_data; }

    // Clicks line `index` as a user would (keyboard and tests).
    void activate(int index);
    // The colour of line `index`: fourteen distinct ones (the pass-mark guide keeps its red).
    static QColor lineColour(int index);
    // The categories that get a label on the axis, of `count`: evenly spaced, at most about
    // `maxLabels`, the last always.
    static QList<int> labelledCategories(int count, int maxLabels);

protected:
    void rebuild() override;

private:

    Data m_data;
    std::optional<std::pair<double, QString>> m_guide;
};

} // namespace sitegov
