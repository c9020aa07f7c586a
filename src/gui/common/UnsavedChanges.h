#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace sitegov {

// Work typed into a form and not saved yet is never lost without a question (docs/design/ux.md,
// "Unsaved work"). Every editor registers here what it holds and how to save or drop it: the
// inspection form of the Today tab, the weekly review editor, the request, site, unit and person
// dialogs. Whatever would lose that work asks first: quitting (Ctrl+Q or the window's close button),
// opening another database, logging out, switching user or language (confirmLeave()), and closing
// a dialog with Escape, Cancel or its close button (confirmClose()). The question is the one every
// editor asks: Save, Discard or Cancel.
class UnsavedChanges final
{
    Q_DECLARE_TR_FUNCTIONS(sitegov::UnsavedChanges)

public:
    struct Editor
    {
        std::function<bool()> isModified;
        // What would be lost, as a noun phrase: "The inspection of 福州市人民政府门户网站 (9 of 12 items decided)".
        std::function<QString()> describe;
        // True once saved; false when it could not be (the editor says why) or the user stopped it.
        std::function<bool()> save;
        // Drops the changes (the form shows what is saved again, or the dialog closes).
        std::function<void()> discard;
    };

    // `owner` holds the work; it is forgotten when `owner` is destroyed.
    static void track(QWidget* owner, Editor editor);
    static void untrack(QWidget* owner);

    // A dialog's form: its fields (FormState) as they are now count as saved; the dialog is modified
    // once they differ, or when `alsoModified` says so (a list the fields do not show, such as the
    // files to attach). Save runs `save` (the dialog's own accept path); Discard rejects the dialog.
    static void trackForm(QDialog* dialog, const QString& description, std::function<bool()> save,
        std::function<bool()> alsoModified = {});
    // The dialog's fields as they are now count as saved (after loading more into it).
    static void markFormSaved(QDialog* dialog);

    // Before `action` ("Quit", "Log out", …) drops every editor's work: asks about each modified
    // one, the newest first. True when the caller may go on (saved or discarded); false when the
    // user cancelled or a save failed (nothing is lost then).
    static bool confirmLeave(QWidget* parent, const QString& action);
    // Before `owner` (a dialog closing without saving) drops its own work. True: close it. False:
    // stay (cancelled, or saved: the dialog's save path closed it or said why it could not).
    static bool confirmClose(QWidget* owner, const QString& action);

    // The owners whose work is modified now, the newest first (tests).
    static QList<QWidget*> modifiedOwners();
};

// A form's contents as text, to tell whether the form changed since it was loaded: every line
// edit, text edit, combo box (its text), check box, radio button, date, time and number box under
// `root`, in the order they were made.
class FormState final
{
public:
    static QStringList of(const QWidget* root);
};

} // namespace sitegov
