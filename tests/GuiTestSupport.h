#pragma once

#include "TestSupport.h"
#include "gui/common/FileDialog.h"
#include "gui/common/InputDialog.h"
#include "gui/common/MessageBox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QInputMethodEvent>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sitegov::test {

// Types text the way a Chinese input method delivers it: one committed string. (QTest::keyClicks
// only handles Latin-1.)
inline void commitText(QObject* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

namespace detail {

// In every GUI test binary: a message box, file dialog or input box no test answered is not shown
// (nobody would click it) but fails the test that brought it up, and answers as Escape would.
inline MessageBox::Button failUnansweredMessage(const MessageBox::Message& m)
{
    QTest::qFail(qPrintable(QStringLiteral("a message box came that the test did not answer: \"%1\": %2").arg(m.title, m.text)),
        __FILE__, __LINE__);
    return MessageBox::escapeAnswer(m);
}

inline QString failUnansweredFile(const FileDialog::Request& r)
{
    QTest::qFail(qPrintable(QStringLiteral("a file dialog came that the test did not answer: \"%1\"").arg(r.title)),
        __FILE__, __LINE__);
    return QString();
}

inline std::optional<QString> failUnansweredInput(const InputDialog::Prompt& p)
{
    QTest::qFail(qPrintable(QStringLiteral("an input box came that the test did not answer: \"%1\"").arg(p.title)),
        __FILE__, __LINE__);
    return std::nullopt;
}

inline const bool unansweredDialogsFail = [] {
    MessageBox::setUnansweredHandler(failUnansweredMessage);
    FileDialog::setUnansweredHandler(failUnansweredFile);
    InputDialog::setUnansweredHandler(failUnansweredInput);
    return true;
}();

template<typename Asked>
struct Expectation
{
    bool came = false;
    Asked asked;
};

} // namespace detail

// The answer a test queued for the next dialog of a seam (MessageBox, FileDialog, InputDialog).
// came() says whether that dialog came; when the expectation goes out of scope without it having
// come, the test fails (and the unused answer is dropped, so that it cannot answer a later dialog).
template<typename Asked>
class [[nodiscard]] Expected final
{
public:
    Expected(std::shared_ptr<detail::Expectation<Asked>> state, const char* what, std::function<void()> drop)
        : m_state(std::move(state))
        , m_what(what)
        , m_drop(std::move(drop))
    {
    }
    Expected(const Expected&) = delete;
    Expected& operator=(const Expected&) = delete;
    ~Expected()
    {
        if (m_state->came)
            return;
        m_drop();
        if (!QTest::currentTestFailed())
            QTest::qFail(qPrintable(QStringLiteral("the %1 the test answered in advance never came").arg(QLatin1String(m_what))),
                __FILE__, __LINE__);
    }

    bool came() const { return m_state->came; }
    // What the dialog said or asked (valid once it came).
    const Asked& asked() const { return m_state->asked; }

private:
    std::shared_ptr<detail::Expectation<Asked>> m_state;
    const char* m_what;
    std::function<void()> m_drop;
};

// The next message box answers `button` without being shown.
inline Expected<MessageBox::Message> answerMessageBox(MessageBox::Button button)
{
    auto state = std::make_shared<detail::Expectation<MessageBox::Message>>();
    MessageBox::setNextAnswer(button, [state](const MessageBox::Message& m) {
        state->came = true;
        state->asked = m;
    });
    return {state, "message box", [] { MessageBox::clearNextAnswers(); }};
}

// The next file dialog answers `path` (empty: cancelled) without being shown.
inline Expected<FileDialog::Request> answerFileDialog(const QString& path)
{
    auto state = std::make_shared<detail::Expectation<FileDialog::Request>>();
    FileDialog::setNextFileName(path, [state](const FileDialog::Request& r) {
        state->came = true;
        state->asked = r;
    });
    return {state, "file dialog", [] { FileDialog::clearNextAnswers(); }};
}

// The next input box answers `text` (nothing: cancelled) without being shown.
inline Expected<InputDialog::Prompt> answerInputDialog(std::optional<QString> text)
{
    auto state = std::make_shared<detail::Expectation<InputDialog::Prompt>>();
    InputDialog::setNextText(std::move(text), [state](const InputDialog::Prompt& p) {
        state->came = true;
        state->asked = p;
    });
    return {state, "input box", [] { InputDialog::clearNextAnswers(); }};
}

// While it lives, file dialogs nobody queued an answer for are shown, for real (to test the dialog
// itself); answer them with answerNext<QFileDialog>().
class [[nodiscard]] RealFileDialogs final
{
public:
    RealFileDialogs() { FileDialog::setUnansweredHandler({}); }
    RealFileDialogs(const RealFileDialogs&) = delete;
    RealFileDialogs& operator=(const RealFileDialogs&) = delete;
    ~RealFileDialogs() { FileDialog::setUnansweredHandler(detail::failUnansweredFile); }
};

// While it lives, message boxes nobody queued an answer for and that `matches` accepts are answered
// `button` (a question that may come any number of times); others still fail the test.
class [[nodiscard]] AnswerEveryMessageBox final
{
public:
    AnswerEveryMessageBox(MessageBox::Button button, std::function<bool(const MessageBox::Message&)> matches)
    {
        MessageBox::setUnansweredHandler([this, button, matches = std::move(matches)](const MessageBox::Message& m) {
            if (!matches(m))
                return detail::failUnansweredMessage(m);
            ++m_count;
            return button;
        });
    }
    AnswerEveryMessageBox(const AnswerEveryMessageBox&) = delete;
    AnswerEveryMessageBox& operator=(const AnswerEveryMessageBox&) = delete;
    ~AnswerEveryMessageBox() { MessageBox::setUnansweredHandler(detail::failUnansweredMessage); }

    int count() const { return m_count; }

private:
    int m_count = 0;
};

// Answers the next modal dialog of type T that a window exec()s (a SiteDialog, a LoginDialog...)
// once it is shown: `answer` runs inside the dialog's own event loop and closes it. answered() says
// whether it came and was answered; an answerer going out of scope before its dialog came fails the
// test. (Message boxes, file dialogs and input boxes are answered through their seams instead.)
template<typename T>
class [[nodiscard]] DialogAnswerer final : public QObject
{
public:
    explicit DialogAnswerer(std::function<void(T*)> answer)
        : m_state(std::make_shared<State>())
    {
        m_state->answer = std::move(answer);
        qApp->installEventFilter(this);
    }
    DialogAnswerer(const DialogAnswerer&) = delete;
    DialogAnswerer& operator=(const DialogAnswerer&) = delete;
    ~DialogAnswerer() override
    {
        qApp->removeEventFilter(this);
        if (!m_state->came && !QTest::currentTestFailed())
            QTest::qFail(qPrintable(QStringLiteral("the dialog (%1) the test meant to answer never came")
                                        .arg(QLatin1String(T::staticMetaObject.className()))),
                __FILE__, __LINE__);
    }

    bool came() const { return m_state->came; }
    bool answered() const { return m_state->answered; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_state->came || event->type() != QEvent::Show || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        T* dialog = qobject_cast<T*>(widget);
        if (!dialog || !widget->isWindow() || !widget->isModal() || qobject_cast<QProgressDialog*>(widget))
            return false;
        m_state->came = true;
        qApp->removeEventFilter(this);
        // Answered from inside exec()'s event loop, which runs once show() has returned.
        QTimer::singleShot(0, dialog, [state = m_state, dialog = QPointer<T>(dialog)] {
            if (!dialog)
                return;
            const bool failedBefore = QTest::currentTestFailed();
            state->answer(dialog);
            state->answered = true;
            // An answer that failed half-way (a QVERIFY returned) would leave the window waiting on
            // nobody: it is closed. (A dialog may close a moment after its answer: a login checks the
            // password first.)
            if (!failedBefore && QTest::currentTestFailed() && dialog && dialog->isVisible())
                dialog->reject();
        });
        return false;
    }

private:
    struct State
    {
        std::function<void(T*)> answer;
        bool came = false;
        bool answered = false;
    };
    std::shared_ptr<State> m_state;
};

// The next modal dialog of type T (any QDialog with answerNextDialog).
template<typename T>
[[nodiscard]] std::unique_ptr<DialogAnswerer<T>> answerNext(std::function<void(T*)> answer)
{
    return std::make_unique<DialogAnswerer<T>>(std::move(answer));
}

[[nodiscard]] inline std::unique_ptr<DialogAnswerer<QDialog>> answerNextDialog(std::function<void(QDialog*)> answer)
{
    return answerNext<QDialog>(std::move(answer));
}

} // namespace sitegov::test
