#pragma once

#include "core/Result.h"
#include "net/ClientOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sitegov {

class Database;
struct Session;

// Where the console finds its assessment backend. The address (and an optional extra trusted
// certificate) is a database-wide setting (app_settings: every console on the database uses the
// same backend; changing it needs ManageSettings and is audited). The token is the user's own and
// stays in their QSettings, per backend address; the interface never shows it again once saved.
// `sitegov --backend URL --backend-token TOKEN` (or SITEGOV_BACKEND_TOKEN) overrides both for one
// run without saving anything (the demo and scripts use it).
struct BackendConfig
{
    QString url;
    QByteArray token;
    QString caFile;
    bool fromCommandLine = false;

    bool configured() const { return !url.trimmed().isEmpty(); }
    net::ClientOptions clientOptions() const;
    // "127.0.0.1:8750" for the status bar.
    QString shortAddress() const;
};

class BackendSettings final
{
    Q_DECLARE_TR_FUNCTIONS(BackendSettings)

public:
    static void setCommandLineOverride(const QString& url, const QByteArray& token);
    static bool hasCommandLineOverride();

    static BackendConfig load(Database& database);
    // Saves the address and certificate for every console on the database.
    static Status saveAddress(Database& database, const Session& session, const QString& url, const QString& caFile);

    static bool hasToken(const QString& url);
    // The token saved for an address (for Test connection; never shown).
    static QByteArray savedToken(const QString& url);
    static void saveToken(const QString& url, const QByteArray& token);
    static void forgetToken(const QString& url);

private:
    static QString tokenKey(const QString& url);
};

} // namespace sitegov
