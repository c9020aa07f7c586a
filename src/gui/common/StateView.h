#pragma once

#include "core/Result.h"

#include <QStackedWidget>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;
class QPlainTextEdit;

namespace sitegov {

// Holds a page's content and its three other designed states (docs/design/ux.md): loading (a progress bar,
// never a frozen window), empty (why, and the button that fills it) and error (what happened,
// what to do, details folded away).
class StateView final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit StateView(QWidget* content, QWidget* parent = nullptr);

    void showLoading(const QString& text);
    void showEmpty(const QString& text, const QString& actionText = {}, std::function<void()> action = {});
    void showError(const Error& error, std::function<void()> retry = {});
    void showContent();

    enum class State { Loading, Empty, Error, Content };
    State state() const;

private:
    QWidget* m_content;
    QWidget* m_loading;
    QLabel* m_loadingText;
    QWidget* m_empty;
    QLabel* m_emptyText;
    QPushButton* m_emptyAction;
    QWidget* m_error;
    QLabel* m_errorText;
    QToolButton* m_errorDetailsToggle;
    QPlainTextEdit* m_errorDetails;
    QPushButton* m_retry;
    std::function<void()> m_emptyCallback;
    std::function<void()> m_retryCallback;
};

} // namespace sitegov
