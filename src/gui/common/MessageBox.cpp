#include "gui/common/MessageBox.h"

#include "gui/common/NextAnswers.h"

#include <QMessageBox>
#include <QPushButton>

namespace sitegov {

namespace {

NextAnswers<MessageBox::Button, MessageBox::Message>& answers()
{
    static NextAnswers<MessageBox::Button, MessageBox::Message> queue;
    return queue;
}

QMessageBox::Icon qtIcon(MessageBox::Icon icon)
{
    switch (icon) {
    case MessageBox::Icon::Information:
        return QMessageBox::Information;
    case MessageBox::Icon::Warning:
        return QMessageBox::Warning;
    case MessageBox::Icon::Critical:
        return QMessageBox::Critical;
    case MessageBox::Icon::Question:
        return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, const Message& message)
{
    if (const auto answer = answers().take(message))
        return *answer;
    if (const auto answer = answers().answerUnanswered(message))
        return *answer;
    const bool isQuestion = message.icon == Icon::Question;

    QMessageBox box(qtIcon(message.icon), message.title, message.text, QMessageBox::NoButton, parent);
    box.setInformativeText(message.informative);
    box.setDetailedText(message.detail);
    if (!isQuestion) {
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
        return Ok;
    }
    if (message.saveDiscard) {
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            return Save;
        case QMessageBox::Discard:
            return Discard;
        default:
            return Cancel;
        }
    }
    if (message.acceptText.isEmpty()) {
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        return box.exec() == QMessageBox::Yes ? Yes : No;
    }
    box.setStandardButtons(QMessageBox::Cancel);
    const QPushButton* accept = box.addButton(message.acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept ? Accept : Cancel;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, {Icon::Information, title, text, {}, {}, {}});
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    show(parent, {Icon::Warning, title, text, {}, detail, {}});
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    show(parent, {Icon::Critical, title, text, {}, detail, {}});
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, {Icon::Question, title, text, {}, {}, {}});
}

MessageBox::Button MessageBox::confirm(QWidget* parent, const QString& title, const QString& text,
    const QString& informative, const QString& acceptText)
{
    return show(parent, {Icon::Question, title, text, informative, {}, acceptText});
}

MessageBox::Button MessageBox::saveChanges(QWidget* parent, const QString& title, const QString& text,
    const QString& informative)
{
    Message message{Icon::Question, title, text, informative, {}, {}};
    message.saveDiscard = true;
    return show(parent, message);
}

void MessageBox::setNextAnswer(Button answer, std::function<void(const Message&)> seen)
{
    answers().push(answer, std::move(seen));
}

int MessageBox::pendingAnswers()
{
    return answers().pending();
}

void MessageBox::clearNextAnswers()
{
    answers().clear();
}

MessageBox::Button MessageBox::escapeAnswer(const Message& message)
{
    if (message.icon != Icon::Question)
        return Ok;
    return message.acceptText.isEmpty() && !message.saveDiscard ? No : Cancel;
}

void MessageBox::setUnansweredHandler(std::function<Button(const Message&)> handler)
{
    answers().setUnanswered(std::move(handler));
}

} // namespace sitegov
