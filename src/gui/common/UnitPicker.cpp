#include "gui/common/UnitPicker.h"

#include <QCompleter>

namespace sitegov {

void ChoiceBox::fill(QComboBox* combo, const QList<Choice>& choices, bool allowNone, const QString& noneText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    if (allowNone)
        combo->addItem(noneText, qint64(0));
    for (const Choice& c : choices)
        combo->addItem(c.text, c.id);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCurrentIndex(allowNone ? 0 : -1);
}

qint64 ChoiceBox::selectedId(const QComboBox* combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchExactly);
    return index < 0 ? 0 : combo->itemData(index).toLongLong();
}

void ChoiceBox::select(QComboBox* combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(QString());
}

} // namespace sitegov
