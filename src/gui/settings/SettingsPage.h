#pragma once

#include "gui/common/Page.h"

#include <QScopedPointer>

namespace Ui {
class SettingsPage;
}

namespace sitegov {

class ScoreSyncController;

// Who is logged in, accounts, language, database, the assessment backend, backups and About.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(AppContext& context, ScoreSyncController* sync, QWidget* parent);
    ~SettingsPage() override;

    QString title() const override { return tr("Settings"); }
    void refresh() override;

    // Used by the buttons, and by tests without file dialogs.
    bool backupTo(const QString& file);
    bool restoreFrom(const QString& file, bool confirm = true);
    // "Test connection" with what the form holds (the saved token when the token field is empty),
    // on a worker; the answer appears under the buttons.
    void testConnection();
    bool saveBackend();

Q_SIGNALS:
    void languageChangeRequested(const QString& code);
    void openDatabaseRequested();
    void newDatabaseRequested();
    void aboutRequested();
    void logoutRequested();
    void switchUserRequested();
    void databaseRestored();

private:
    void changeOwnPassword();
    void saveBackupPolicy();
    void showBackend();
    QByteArray tokenForTest() const;

    const QScopedPointer<Ui::SettingsPage> m_ui;
    ScoreSyncController* m_sync;
    int m_testGeneration = 0;
};

} // namespace sitegov
