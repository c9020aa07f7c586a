#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QChart;
class QImage;
class QPagedPaintDevice;
class QChartView;
class QLabel;
class QPainter;
class QStackedWidget;
class QToolButton;

namespace sitegov {

// A chart as the console's pages use it. Qt Charts (deprecated from Qt 6.10) stays inside this
// folder: pages hand panels plain values and get back clicks on items, so that moving to Qt Graphs
// later touches these classes only.
//
// Every panel has a title that states the finding's subject and period, axis titles with units,
// tooltips with the exact values on hover, an empty state in words, and exports to PNG and to a
// PDF page (A4 landscape, the unit at the top, the date of printing at the bottom).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void setTitle(const QString& title);
    QString title() const;
    // The unit named at the top of exported PDF pages.
    void setUnitName(const QString& unit);
    QString unitName() const { return m_unit; }

    // No data: the text instead of the chart.
    void showEmpty(const QString& text);
    bool isShowingEmpty() const;
    QString emptyText() const;

    // What the chart plots, read back from its series (not from what the page handed in): per
    // data series its name and values, in order; the category labels. For tests and checks.
    QStringList plottedSeriesNames() const;
    QList<QList<double>> plottedValues() const;
    virtual QStringList plottedCategories() const;
    // The tooltip the chart shows on hovering item `index` of data series `series`.
    virtual QString toolTipFor(int series, int index) const = 0;

    // The chart as a picture (nothing while it shows no data), for the clipboard and PNG files.
    QImage toImage(const QSize& size = QSize(1600, 900)) const;
    // Ctrl+C on the chart: the picture on the clipboard, to paste into a WPS or Word report.
    bool copyToClipboard() const;
    Status savePng(const QString& path, const QSize& size = QSize(1600, 900)) const;
    Status savePdf(const QString& path) const;
    // One A4 landscape page per chart.
    static Status savePdf(const QString& path, const QList<const ChartPanel*>& charts, const QString& unit);
    // The same pages in a print preview (File > Print, Ctrl+P); false when nothing was printed.
    static bool printPreview(QWidget* parent, const QList<const ChartPanel*>& charts, const QString& unit);

Q_SIGNALS:
    // An item was clicked (a bar, a point): its key as the page gave it.
    void activated(const QVariant& key);

protected:
    QChart* chart() const;
    // Removes every series and axis, ready for new data, and shows the chart.
    void resetChart();
    void showToolTip(const QString& text);
    // Horizontal bar charts draw their first category at the bottom: a panel that hands the
    // categories over reversed (so that the first is on top) says so, and plotted*() read them
    // back in the page's order.
    void setCategoriesReversed(bool reversed) { m_reversed = reversed; }
    // Series that only draw a guide (the pass mark) are left out of plottedValues().
    static void markAsGuide(QObject* series);
    // Builds the chart from the panel's data. Panels call scheduleRebuild(): now when the panel is
    // visible, else once it is shown (and laid out); plotted*() and the exports build first.
    virtual void rebuild() = 0;
    void scheduleRebuild();
    void buildIfDirty();
    void buildNow();
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    // A chart the keyboard is on is framed (ConsoleStyle's focus frame).
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    // The charts that show data (built first when out of date): what an export or print holds.
    static QList<const ChartPanel*> withData(const QList<const ChartPanel*>& charts);
    static bool paintPages(QPagedPaintDevice& device, int resolution, const QList<const ChartPanel*>& printable,
        const QString& unit);
    void exportInteractively(bool pdf);
    void renderForPrint(QPainter& painter, const QRectF& target) const;

    QChartView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QToolButton* m_export;
    QString m_unit;
    QString m_emptyPlain;
    bool m_reversed = false;
    bool m_dirty = false;
};

} // namespace sitegov
