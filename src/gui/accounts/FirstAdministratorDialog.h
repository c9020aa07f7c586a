#pragma once

#include "storage/Session.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class FirstAdministratorDialog;
}

namespace sitegov {

class Database;

// The first start on a database without accounts: creates the first administrator (and, on an
// empty database, the unit they belong to), then logs them in.
class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstAdministratorDialog(Database& database, QWidget* parent = nullptr);
    ~FirstAdministratorDialog() override;

    const Session& session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

private:
    void showMessage(const QString& text);

    const QScopedPointer<Ui::FirstAdministratorDialog> m_ui;
    Database& m_database;
    qint64 m_existingUnit = 0;
    Session m_session;
};

} // namespace sitegov
