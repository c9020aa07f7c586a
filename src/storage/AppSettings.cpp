#include "storage/AppSettings.h"

#include "db/Dialect.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"

#include <QJsonObject>

namespace sitegov {

AppSettings::AppSettings(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString AppSettings::value(const QString& key, const QString& fallback) const
{
    // A setting that cannot be read is as good as unset: the caller's fallback.
    const auto stored
        = db::Query(m_db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"))
              .bind(key)
              .first(tr("The settings could not be read."), [](const QSqlQuery& q) { return q.value(0).toString(); });
    return stored && *stored ? **stored : fallback;
}

Status AppSettings::setValue(const Session& session, const QString& key, const QString& newValue)
{
    if (const Status s = Authorizer::require(m_db, session, Action::ManageSettings); !s)
        return s;
    // The table holds text, never NULL: no value is the empty text.
    const QString after = newValue.isNull() ? QStringLiteral("") : newValue;
    const QString before = value(key, QStringLiteral(""));
    if (before == after)
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        const QString upsert = db::Dialect::of(m_db)->upsert(QStringLiteral("app_settings"),
            {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")}, {QStringLiteral("key")});
        if (const Status s
            = db::Query(m_db, upsert).bind(key, after, Sql::nowUtc()).exec(tr("The setting could not be saved."));
            !s)
            return s;
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("setting"), key, key,
            QJsonObject{{QStringLiteral("value"), before}}, QJsonObject{{QStringLiteral("value"), after}});
    });
}

AppSettings::BackupPolicy AppSettings::backupPolicy() const
{
    BackupPolicy p;
    p.enabled = value(QStringLiteral("backup.enabled")) == u"1";
    p.folder = value(QStringLiteral("backup.folder"));
    bool ok = false;
    const int keep = value(QStringLiteral("backup.keep")).toInt(&ok);
    p.keep = ok && keep > 0 ? keep : 14;
    return p;
}

Status AppSettings::setBackupPolicy(const Session& session, const BackupPolicy& policy)
{
    if (policy.enabled && policy.folder.trimmed().isEmpty())
        return Error{tr("Choose a folder for the automatic backups."), {}};
    if (policy.keep < 1 || policy.keep > 3650)
        return Error{tr("Keep from 1 to 3650 backups."), {}};
    return setValues(session,
        {{QStringLiteral("backup.enabled"), policy.enabled ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("backup.folder"), policy.folder.trimmed()},
            {QStringLiteral("backup.keep"), QString::number(policy.keep)}});
}

Status AppSettings::setBackend(const Session& session, const QString& url, const QString& caFile)
{
    return setValues(session, {{backendUrlKey(), url.trimmed()}, {backendCaKey(), caFile.trimmed()}});
}

Status AppSettings::setValues(const Session& session, const QList<std::pair<QString, QString>>& values)
{
    return db::inTransaction(m_db, [&]() -> Status {
        for (const auto& [key, value] : values) {
            if (const Status s = setValue(session, key, value); !s)
                return s;
        }
        return {};
    });
}

} // namespace sitegov
