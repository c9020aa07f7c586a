#pragma once

#include <QProxyStyle>

namespace sitegov {

// The console's style, over the platform's:
// - sort arrows that point the way the rows run: up for ascending (the smallest first), down for
//   descending. Qt's header hands the styles the opposite (an ascending column asks for SortDown),
//   so a table sorted by score, highest first, showed an up arrow;
// - a focus that can be seen (docs/design/ux.md, "Keys"): the keyboard's place is framed in the
//   highlight colour, two pixels wide, however it got there (the platform's style draws a thin
//   dotted frame, and only after a Tab), and a list, a table or a text box that has the focus has
//   its whole frame in that colour.
class ConsoleStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ConsoleStyle(QStyle* base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void polish(QWidget* widget) override;
    void unpolish(QWidget* widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    // The focus frame any widget that paints itself draws (FigureCard, ChartPanel).
    static void drawFocusFrame(QPainter* painter, const QRect& rect, const QPalette& palette);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace sitegov
