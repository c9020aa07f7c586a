#include "gui/accounts/PasswordDialog.h"

#include "storage/PasswordHasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sitegov {

PasswordDialog::PasswordDialog(const QString& title, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(title);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->setVisible(true);
        m_repeat->setFocus();
        return;
    }
    if (const Status s = PasswordHasher::checkStrength(m_password->text()); !s) {
        m_message->setText(s.error().message);
        m_message->setVisible(true);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sitegov
