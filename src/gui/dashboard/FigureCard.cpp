#include "gui/dashboard/FigureCard.h"

#include "gui/common/ConsoleStyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace sitegov {

FigureCard::FigureCard(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
    , m_context(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(caption);
    setMinimumWidth(180);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    m_context->setWordWrap(true);
    QPalette p = m_context->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_context->setPalette(p);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_context);
    layout->addStretch();
}

void FigureCard::setValue(const QString& value, const QString& context, Tone tone)
{
    m_value->setText(value);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    // Colour is never alone (docs/design/ux.md): the context line states the finding in words.
    QColor colour;
    switch (tone) {
    case Tone::Good:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case Tone::Warning:
        colour = QColor(0xb2, 0x6a, 0x00);
        break;
    case Tone::Bad:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case Tone::Neutral:
        colour = palette().color(QPalette::WindowText);
        break;
    }
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, colour);
    m_value->setPalette(p);
    setAccessibleDescription(value + u' ' + context);
    setToolTip(context.isEmpty() ? m_caption->text() : m_caption->text() + u'\n' + context);
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::caption() const
{
    return m_caption->text();
}

QString FigureCard::context() const
{
    return m_context->text();
}

void FigureCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (hasFocus()) {
        QPainter painter(this);
        ConsoleStyle::drawFocusFrame(&painter, rect(), palette());
    }
}

void FigureCard::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update();
}

void FigureCard::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}

void FigureCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace sitegov
