#pragma once

#include "core/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <utility>

namespace sitegov {

// Settings shared by every console on one database (the app_settings table), as opposed to a
// user's own preferences (QSettings). Changes need ManageSettings and are audited.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    struct BackupPolicy
    {
        bool enabled = false;
        QString folder;
        int keep = 14;
    };

    explicit AppSettings(QSqlDatabase db);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const Session& session, const QString& key, const QString& newValue);
    // Several settings that belong together (a backend's address and certificate), all or none.
    Status setValues(const Session& session, const QList<std::pair<QString, QString>>& values);

    BackupPolicy backupPolicy() const;
    Status setBackupPolicy(const Session& session, const BackupPolicy& policy);

    // The assessment backend every console on the database uses: its address and an optional extra
    // trusted certificate (the console's Settings page and `sitegovctl settings set` save them).
    static QString backendUrlKey() { return QStringLiteral("backend.url"); }
    static QString backendCaKey() { return QStringLiteral("backend.ca_file"); }
    Status setBackend(const Session& session, const QString& url, const QString& caFile);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
