#include "gui/common/ConsoleStyle.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStyleOptionHeader>
#include <QWidget>

namespace sitegov {

namespace {

// Lists, tables and text boxes frame themselves in the highlight colour while they have the focus.
bool framesItsFocus(const QWidget* widget)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget);
    return area && area->frameShape() != QFrame::NoFrame;
}

} // namespace

ConsoleStyle::ConsoleStyle(QStyle* base)
    : QProxyStyle(base)
{
}

void ConsoleStyle::drawFocusFrame(QPainter* painter, const QRect& rect, const QPalette& palette)
{
    painter->save();
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight));
    pen.setWidth(2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

void ConsoleStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    if (element == PE_IndicatorHeaderArrow) {
        if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
            QStyleOptionHeader flipped(*header);
            if (header->sortIndicator == QStyleOptionHeader::SortUp)
                flipped.sortIndicator = QStyleOptionHeader::SortDown;
            else if (header->sortIndicator == QStyleOptionHeader::SortDown)
                flipped.sortIndicator = QStyleOptionHeader::SortUp;
            QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
            return;
        }
    }
    if (element == PE_FrameFocusRect) {
        // Whatever moved the focus there (the mouse, a shortcut, a program), and on a selected row too.
        QPalette palette = option->palette;
        if (option->state & State_Selected)
            palette.setColor(QPalette::Active, QPalette::Highlight, option->palette.color(QPalette::HighlightedText));
        drawFocusFrame(painter, option->rect, palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ConsoleStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_ShapedFrame && widget && widget->hasFocus() && framesItsFocus(widget))
        drawFocusFrame(painter, option->rect, option->palette);
}

void ConsoleStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    if (framesItsFocus(widget))
        widget->installEventFilter(this);
}

void ConsoleStyle::unpolish(QWidget* widget)
{
    widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool ConsoleStyle::eventFilter(QObject* watched, QEvent* event)
{
    // The frame follows the focus: drawn again when it comes and goes.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto* widget = qobject_cast<QWidget*>(watched))
            widget->update();
    }
    return QProxyStyle::eventFilter(watched, event);
}

} // namespace sitegov
