#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sitegov {

// Every message box of the console goes through here, never through QMessageBox's static functions,
// so that a test answers it without a window: setNextAnswer() queues the answer of the next box,
// which is then not shown. While a test has set an unanswered handler, a box without a queued answer
// is not shown either: the handler answers it (and fails the test, unless the test expects it).
class MessageBox final
{
public:
    enum Button { NoButton, Ok, Cancel, Yes, No, Accept, Save, Discard };
    enum class Icon { Information, Warning, Critical, Question };

    // What a box says (what a test's callback sees).
    struct Message
    {
        Icon icon = Icon::Information;
        QString title;
        QString text;
        QString informative;
        QString detail;
        QString acceptText; // confirm()'s accept button
        bool saveDiscard = false; // saveChanges(): Save, Discard and Cancel
    };

    static void information(QWidget* parent, const QString& title, const QString& text);
    // `detail` folds away under "Show Details…" (the driver's own words, for example).
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    static void critical(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    // Yes or No; Escape and closing the box answer No.
    static Button question(QWidget* parent, const QString& title, const QString& text);
    // A question whose accept button says what happens ("Sign and lock") beside Cancel, the default:
    // Accept or Cancel.
    static Button confirm(QWidget* parent, const QString& title, const QString& text, const QString& informative,
        const QString& acceptText);

    // Unsaved work about to be lost: Save (the default), Discard or Cancel; Escape and closing the box
    // answer Cancel.
    static Button saveChanges(QWidget* parent, const QString& title, const QString& text, const QString& informative);

    // Tests: the next box answers `answer` without being shown; `seen` hears what it said.
    static void setNextAnswer(Button answer, std::function<void(const Message&)> seen = {});
    static int pendingAnswers();
    static void clearNextAnswers();
    // Tests: answers a box that had no answer queued (it is then not shown).
    static void setUnansweredHandler(std::function<Button(const Message&)> handler);
    // What Escape answers: No to a question, Cancel to confirm() and saveChanges(), Ok to the others.
    static Button escapeAnswer(const Message& message);

private:
    static Button show(QWidget* parent, const Message& message);
};

} // namespace sitegov
