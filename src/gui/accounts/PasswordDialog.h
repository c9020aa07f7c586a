#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sitegov {

// Asks for a new password twice.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString& title, const QString& intro, QWidget* parent);
    QString password() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace sitegov
