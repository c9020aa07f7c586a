#pragma once

#include <QProxyStyle>

namespace sitegov {

// The application's style with sort arrows that point the way the rows run: up for ascending (the
// smallest first), down for descending. Qt's header hands the styles the opposite (an ascending
// column asks for SortDown), so a table sorted by score, highest first, showed an up arrow.
class SortIndicatorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit SortIndicatorStyle(QStyle* base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};

} // namespace sitegov
