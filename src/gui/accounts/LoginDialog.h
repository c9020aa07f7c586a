#pragma once

#include "storage/Session.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class LoginDialog;
}

namespace sitegov {

// Asks for a user name and password and checks them on a worker thread (the password hash is
// deliberately slow); on success session() holds the logged-in account. On PostgreSQL the server
// checks them: the account's own login role connects (Database::openAs), and connectedPath() is
// where the console's connections go from then on.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(QString databasePath, QWidget* parent = nullptr);
    ~LoginDialog() override;

    const Session& session() const { return m_session; }
    const QString& connectedPath() const { return m_connectedPath; }
    void setUsername(const QString& username);

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy);

    const QScopedPointer<Ui::LoginDialog> m_ui;
    QString m_databasePath;
    Session m_session;
    QString m_connectedPath;
};

} // namespace sitegov
