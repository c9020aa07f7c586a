#include "gui/common/InputDialog.h"

#include "gui/common/NextAnswers.h"

#include <QInputDialog>
#include <QLineEdit>

namespace sitegov {

namespace {

NextAnswers<std::optional<QString>, InputDialog::Prompt>& answers()
{
    static NextAnswers<std::optional<QString>, InputDialog::Prompt> queue;
    return queue;
}

} // namespace

std::optional<QString> InputDialog::ask(QWidget* parent, const Prompt& prompt)
{
    if (const auto answer = answers().take(prompt))
        return *answer;
    if (const auto answer = answers().answerUnanswered(prompt))
        return *answer;
    bool ok = false;
    const QString text = prompt.multiLine
        ? QInputDialog::getMultiLineText(parent, prompt.title, prompt.label, {}, &ok)
        : QInputDialog::getText(parent, prompt.title, prompt.label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> InputDialog::getText(QWidget* parent, const QString& title, const QString& label)
{
    return ask(parent, {title, label, false});
}

std::optional<QString> InputDialog::getMultiLineText(QWidget* parent, const QString& title, const QString& label)
{
    return ask(parent, {title, label, true});
}

void InputDialog::setNextText(std::optional<QString> text, std::function<void(const Prompt&)> seen)
{
    answers().push(std::move(text), std::move(seen));
}

int InputDialog::pendingAnswers()
{
    return answers().pending();
}

void InputDialog::clearNextAnswers()
{
    answers().clear();
}

void InputDialog::setUnansweredHandler(std::function<std::optional<QString>(const Prompt&)> handler)
{
    answers().setUnanswered(std::move(handler));
}

} // namespace sitegov
