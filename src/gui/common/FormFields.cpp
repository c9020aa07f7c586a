#include "gui/common/FormFields.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QWidget>

namespace sitegov {

namespace {

// The form layout (at any depth under the widget's parent) that holds `widget`.
QFormLayout* formOf(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    if (!parent)
        return nullptr;
    for (QFormLayout* form : parent->findChildren<QFormLayout*>()) {
        if (form->indexOf(widget) >= 0)
            return form;
    }
    if (auto* form = qobject_cast<QFormLayout*>(parent->layout()); form && form->indexOf(widget) >= 0)
        return form;
    return nullptr;
}

QBoxLayout* boxOf(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    if (!parent)
        return nullptr;
    if (auto* box = qobject_cast<QBoxLayout*>(parent->layout()); box && box->indexOf(widget) >= 0)
        return box;
    for (QBoxLayout* box : parent->findChildren<QBoxLayout*>()) {
        if (box->indexOf(widget) >= 0)
            return box;
    }
    return nullptr;
}

} // namespace

void FormFields::markRequired(QLabel* label)
{
    QFormLayout* form = formOf(label);
    if (!form)
        return;
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::LabelRole;
    form->getWidgetPosition(label, &row, &role);
    if (row < 0 || role != QFormLayout::LabelRole)
        return;
    delete form->takeAt(form->indexOf(label));
    auto* box = new QWidget(label->parentWidget());
    box->setObjectName(label->objectName() + QStringLiteral("Required"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* star = new QLabel(QStringLiteral("*"), box);
    star->setObjectName(QStringLiteral("requiredMark"));
    star->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    star->setAccessibleName(QStringLiteral("*"));
    layout->addWidget(star);
    label->setParent(box);
    layout->addWidget(label, 1);
    form->setWidget(row, QFormLayout::LabelRole, box);
    box->show();
    label->show();
}

void FormFields::add(const QString& key, QWidget* field)
{
    m_fields.insert(key, field);
    if (m_messages.contains(key))
        return;
    // Fields that share a message line (a domain and the address made from it) share it.
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (it.value() == field && m_messages.contains(it.key())) {
            m_messages.insert(key, m_messages.value(it.key()));
            return;
        }
    }
    auto* message = new QLabel(field->parentWidget());
    message->setObjectName(key + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::RichText);
    message->setVisible(false);
    if (QFormLayout* form = formOf(field)) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(field, &row, &role);
        form->insertRow(row + 1, static_cast<QWidget*>(nullptr), message);
    } else if (QBoxLayout* box = boxOf(field)) {
        box->insertWidget(box->indexOf(field) + 1, message);
    }
    m_messages.insert(key, message);
}

void FormFields::show(const QList<Finding>& findings)
{
    QHash<QLabel*, QList<Finding>> beside;
    QList<Finding> general;
    QSet<QString> seen;
    for (const Finding& f : findings) {
        if (seen.contains(f.message))
            continue; // once
        seen.insert(f.message);
        const QPointer<QWidget> field = m_fields.value(f.field);
        if (field && field->isVisibleTo(field->window()) && m_messages.contains(f.field))
            beside[m_messages.value(f.field)] << f;
        else
            general << f;
    }
    QSet<QLabel*> all;
    for (QLabel* message : std::as_const(m_messages))
        all.insert(message);
    for (QLabel* message : std::as_const(all)) {
        const QList<Finding> mine = beside.value(message);
        message->setText(html(mine));
        message->setVisible(!mine.isEmpty());
    }
    if (m_general) {
        m_general->setText(html(general));
        m_general->setVisible(!general.isEmpty());
    }
}

QString FormFields::html(const QList<Finding>& findings)
{
    QString out;
    for (const Finding& f : findings) {
        out += QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                   .arg(f.isError() ? QStringLiteral("#b71c1c") : QStringLiteral("#8a4b00"),
                       f.isError() ? QStringLiteral("✖") : QStringLiteral("⚠"), f.message.toHtmlEscaped());
    }
    return out;
}

} // namespace sitegov
