#include "gui/accounts/PasswordDialog.h"

#include "gui/common/FormDialog.h"
#include "storage/PasswordHasher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sitegov {

PasswordDialog::PasswordDialog(const QString& title, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(FormDialog::messageLine(this))
{
    setWindowTitle(title);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    FormDialog::layOut(this, form, m_message, intro);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        FormDialog::show(m_message, tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    if (const Status s = PasswordHasher::checkStrength(m_password->text()); !s) {
        FormDialog::show(m_message, s.error().message);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sitegov
