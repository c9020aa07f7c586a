#include "gui/common/UnsavedChanges.h"

#include "gui/common/MessageBox.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTextEdit>

#include <memory>

namespace sitegov {

namespace {

struct Tracked
{
    QPointer<QWidget> owner;
    UnsavedChanges::Editor editor;
};

// In the order the editors registered; the newest are asked about first. GUI thread only.
QList<std::shared_ptr<Tracked>>& editors()
{
    static QList<std::shared_ptr<Tracked>> list;
    return list;
}

std::shared_ptr<Tracked> find(const QWidget* owner)
{
    for (const auto& t : std::as_const(editors())) {
        if (t->owner == owner)
            return t;
    }
    return nullptr;
}

void prune()
{
    editors().removeIf([](const std::shared_ptr<Tracked>& t) { return t->owner.isNull(); });
}

// The snapshot of a tracked dialog's fields, kept on the dialog itself.
const char* const kSavedState = "sitegovSavedFormState";

bool modified(const Tracked& t)
{
    return t.owner && t.owner->isEnabled() && t.editor.isModified && t.editor.isModified();
}

// Asks about one editor's work. True: go on (saved or discarded).
bool ask(QWidget* parent, Tracked& t, const QString& action)
{
    const QString what = t.editor.describe ? t.editor.describe() : QString();
    const auto answer = MessageBox::saveChanges(parent, action,
        what.isEmpty() ? UnsavedChanges::tr("There are changes that are not saved.")
                       : UnsavedChanges::tr("%1 has changes that are not saved.").arg(what),
        UnsavedChanges::tr("Save them, discard them, or cancel and go back to them."));
    switch (answer) {
    case MessageBox::Save:
        return t.editor.save && t.editor.save();
    case MessageBox::Discard:
        if (t.editor.discard)
            t.editor.discard();
        return true;
    default:
        return false;
    }
}

} // namespace

void UnsavedChanges::track(QWidget* owner, Editor editor)
{
    prune();
    if (auto existing = find(owner)) {
        existing->editor = std::move(editor);
        return;
    }
    editors().append(std::make_shared<Tracked>(Tracked{owner, std::move(editor)}));
}

void UnsavedChanges::untrack(QWidget* owner)
{
    editors().removeIf([owner](const std::shared_ptr<Tracked>& t) { return t->owner == owner || t->owner.isNull(); });
}

void UnsavedChanges::trackForm(QDialog* dialog, const QString& description, std::function<bool()> save,
    std::function<bool()> alsoModified)
{
    markFormSaved(dialog);
    QPointer<QDialog> guarded(dialog);
    Editor editor;
    editor.isModified = [guarded, alsoModified] {
        if (!guarded || !guarded->isVisible())
            return false;
        if (alsoModified && alsoModified())
            return true;
        return guarded->property(kSavedState).toStringList() != FormState::of(guarded);
    };
    editor.describe = [description] { return description; };
    editor.save = std::move(save);
    editor.discard = [guarded] {
        if (!guarded)
            return;
        markFormSaved(guarded); // what it holds now is not asked about again
        guarded->done(QDialog::Rejected);
    };
    track(dialog, std::move(editor));
}

void UnsavedChanges::markFormSaved(QDialog* dialog)
{
    dialog->setProperty(kSavedState, FormState::of(dialog));
}

bool UnsavedChanges::confirmLeave(QWidget* parent, const QString& action)
{
    prune();
    // A copy: saving may open or close editors.
    const QList<std::shared_ptr<Tracked>> all = editors();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        Tracked& t = **it;
        if (!modified(t))
            continue;
        if (!ask(parent, t, action))
            return false;
    }
    return true;
}

bool UnsavedChanges::confirmClose(QWidget* owner, const QString& action)
{
    prune();
    const auto t = find(owner);
    if (!t || !modified(*t))
        return true;
    const QString what = t->editor.describe ? t->editor.describe() : QString();
    const auto answer = MessageBox::saveChanges(owner, action,
        what.isEmpty() ? tr("There are changes that are not saved.") : tr("%1 has changes that are not saved.").arg(what),
        tr("Save them, discard them, or cancel and go back to them."));
    switch (answer) {
    case MessageBox::Save:
        if (t->editor.save)
            t->editor.save();
        return false; // the save path closes the dialog, or says why it cannot
    case MessageBox::Discard:
        if (auto* dialog = qobject_cast<QDialog*>(owner))
            markFormSaved(dialog);
        return true;
    default:
        return false;
    }
}

QList<QWidget*> UnsavedChanges::modifiedOwners()
{
    prune();
    QList<QWidget*> out;
    const auto& all = editors();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (modified(**it))
            out << (*it)->owner;
    }
    return out;
}

QStringList FormState::of(const QWidget* root)
{
    QStringList state;
    if (!root)
        return state;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w)) {
            // A combo box's own line edit is read through the combo box.
            if (!qobject_cast<const QComboBox*>(line->parentWidget()) && !qobject_cast<const QAbstractSpinBox*>(line->parentWidget()))
                state << line->text();
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
            state << plain->toPlainText();
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            if (!rich->isReadOnly())
                state << rich->toPlainText();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            state << QString::number(combo->currentIndex()) + u'|' + combo->currentText();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (button->isCheckable())
                state << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            state << spin->text();
        }
    }
    return state;
}

} // namespace sitegov
