#pragma once

#include "gui/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QPushButton;

namespace sitegov {

// Account administration for administrators: the accounts of their jurisdiction, new accounts,
// disabling and enabling, password resets. Every change goes through AccountService (checked and
// audited there).
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AppContext& context, QWidget* parent);

    void reload();
    QTableWidget* table() const { return m_table; }

private:
    void addAccount();
    void toggleDisabled();
    void resetPassword();
    qint64 selectedAccount() const;
    void report(const Status& status, const QString& done);

    AppContext& m_context;
    QTableWidget* m_table;
    QPushButton* m_toggle;
};

// The form for a new account.
class NewAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(AppContext& context, QWidget* parent);
    qint64 createdId() const { return m_createdId; }

public Q_SLOTS:
    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_username;
    QLineEdit* m_name;
    QComboBox* m_unit;
    QList<QCheckBox*> m_roles;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    qint64 m_createdId = 0;
};

} // namespace sitegov
