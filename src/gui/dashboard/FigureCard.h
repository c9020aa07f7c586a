#pragma once

#include <QFrame>

class QLabel;

namespace sitegov {

// A dashboard figure: a big number, what it counts, and a line of context. Clicking it (or
// pressing Enter or Space on it) opens the list behind the number.
class FigureCard final : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Warning, Bad };

    explicit FigureCard(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& context = {}, Tone tone = Tone::Neutral);
    QString value() const;
    QString caption() const;
    // The line under the figure: what it counts, and of how many.
    QString context() const;

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // A card the keyboard is on is framed (ConsoleStyle's focus frame).
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_caption;
    QLabel* m_context;
};

} // namespace sitegov
