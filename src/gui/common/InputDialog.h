#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sitegov {

// Every text the console asks for in a small box goes through here, never through QInputDialog's
// static functions, so that a test answers it without a window (see MessageBox).
class InputDialog final
{
public:
    // What a box asks (what a test's callback sees).
    struct Prompt
    {
        QString title;
        QString label;
        bool multiLine = false;
    };

    // The text typed, or nothing when cancelled.
    static std::optional<QString> getText(QWidget* parent, const QString& title, const QString& label);
    static std::optional<QString> getMultiLineText(QWidget* parent, const QString& title, const QString& label);

    // Tests: the next box answers `text` (nothing: cancelled) without being shown.
    static void setNextText(std::optional<QString> text, std::function<void(const Prompt&)> seen = {});
    static int pendingAnswers();
    static void clearNextAnswers();
    // Tests: answers a box that had no answer queued (it is then not shown).
    static void setUnansweredHandler(std::function<std::optional<QString>(const Prompt&)> handler);

private:
    static std::optional<QString> ask(QWidget* parent, const Prompt& prompt);
};

} // namespace sitegov
