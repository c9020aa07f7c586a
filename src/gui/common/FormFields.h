#pragma once

#include "core/SiteRules.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace sitegov {

// What a form shows about its fields (docs/design/ux.md, "Errors the user can cause"): required
// fields marked with a red asterisk before their label (and "* required" said once on the form),
// and each finding of the rules beside the field it is about, once; a finding about no field the
// form shows goes to the form's general line instead, so that no message names a field the form
// lacks.
class FormFields final
{
public:
    // A red asterisk before `label`, a plain-text label in a QFormLayout (its buddy mnemonic keeps
    // working). Hide the row with QFormLayout::setRowVisible() from then on.
    static void markRequired(QLabel* label);

    // The field a finding with `key` ("reason", "site"…) is shown beside: a message line under
    // `field` (in its QFormLayout, or under it in its box layout).
    void add(const QString& key, QWidget* field);
    // The line for findings that are about no field shown.
    void setGeneral(QLabel* general) { m_general = general; }

    // Shows each finding beside its field (a field not visible counts as absent), the rest on the
    // general line, each message once; clears what no finding is about any more.
    void show(const QList<Finding>& findings);
    QLabel* messageOf(const QString& key) const { return m_messages.value(key); }

    static QString html(const QList<Finding>& findings);

private:
    QHash<QString, QPointer<QWidget>> m_fields;
    QHash<QString, QLabel*> m_messages;
    QPointer<QLabel> m_general;
};

} // namespace sitegov
