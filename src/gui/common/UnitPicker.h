#pragma once

#include "core/Domain.h"
#include "storage/RegistryQueries.h"

#include <QComboBox>

namespace sitegov {

// Fills an editable combo box with choices (units, persons) that can be searched by any part of
// their text, Chinese included, and reads the chosen id back.
class ChoiceBox final
{
public:
    static void fill(QComboBox* combo, const QList<Choice>& choices, bool allowNone, const QString& noneText = {});
    static qint64 selectedId(const QComboBox* combo); // 0: none or text that matches no choice
    static void select(QComboBox* combo, qint64 id);
    // Adds the values of a registry vocabulary (core/Domain Vocabulary): each by its name in the
    // user's language, its stored key as the item's data.
    template <typename E> static void addKeys(QComboBox* combo, const QList<E>& values)
    {
        for (E v : values)
            combo->addItem(Vocabulary::displayName(v), Vocabulary::key(v));
    }
};

} // namespace sitegov
