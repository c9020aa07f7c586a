#include "storage/Migrator.h"

#include "storage/DatabaseWait.h"
#include "storage/SortKey.h"
#include "storage/SqlScript.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sitegov {

namespace {

QString migrationFolder(const QString& driverName, Schema schema)
{
    const QString base = schema == Schema::Server ? QStringLiteral(":/sitegov/server-migrations/")
                                                  : QStringLiteral(":/sitegov/migrations/");
    if (driverName == u"QSQLITE")
        return base + QStringLiteral("sqlite");
    if (driverName == u"QPSQL")
        return base + QStringLiteral("postgresql");
    return {};
}

bool execRaw(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

qint64 Migrator::applicationId(Schema schema)
{
    return schema == Schema::Server ? kServerApplicationId : kApplicationId;
}

Migrator::Migrator(QList<Migration> migrations, qint64 applicationId)
    : m_migrations(std::move(migrations))
    , m_applicationId(applicationId)
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Result<QList<Migration>> Migrator::builtin(const QString& driverName, Schema schema)
{
    // Parsed once per process: every connection a worker thread opens asks for them.
    static QMutex mutex;
    static QHash<QString, Result<QList<Migration>>> cache;
    const QString key = driverName + u'/' + QString::number(int(schema));
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, load(driverName, schema));
    return *it;
}

Result<QList<Migration>> Migrator::load(const QString& driverName, Schema schema)
{
    const QString folder = migrationFolder(driverName, schema);
    if (folder.isEmpty())
        return Error{tr("The database driver %1 is not supported.").arg(driverName), {}};
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = fileName.match(f);
        if (!m.hasMatch())
            return Error{tr("The migration file %1 is badly named.").arg(f), {}};
        QFile file(folder + u'/' + f);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("The migration file %1 cannot be read.").arg(f), file.errorString()};
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        out.append(mig);
    }
    for (int i = 0; i < out.size(); ++i) {
        if (out.at(i).version != i + 1)
            return Error{tr("The migrations are not numbered 1, 2, 3 without gaps."), out.at(i).name};
    }
    return out;
}

int Migrator::latestBuiltinVersion(Schema schema)
{
    const auto list = builtin(QStringLiteral("QSQLITE"), schema);
    return list.ok() && !list->isEmpty() ? list->constLast().version : 0;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{tr("The file is not a SiteGov database or cannot be read."), q.lastError().text()};
    return q.value(0).toInt();
}

Status Migrator::checkNotNewer(const QSqlDatabase& db) const
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error{tr("The file is not a SiteGov database or cannot be read."), q.lastError().text()};
    const qint64 applicationId = q.value(0).toLongLong();
    if (applicationId != 0 && applicationId != m_applicationId)
        return Error{tr("The file is a database of another program (or of another SiteGov program); it has been "
                        "left unchanged."),
            {}};
    if (*version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error{tr("The file is not a SiteGov database or cannot be read."), q.lastError().text()};
        if (q.value(0).toInt() > 0)
            return Error{tr("The file holds tables but is not a SiteGov database; it has been left unchanged."), {}};
    }
    if (*version > latestVersion()) {
        return Error{tr("This database was written by a newer version of SiteGov (schema version %1; this "
                        "program knows up to %2). It has been left unchanged: please update SiteGov to open it.")
                         .arg(*version)
                         .arg(latestVersion()),
            {}};
    }
    return {};
}

Result<int> Migrator::migrate(QSqlDatabase& db) const
{
    if (const Status s = checkNotNewer(db); !s)
        return s.error();
    // Migrations may compute names' sort keys (0010): the connection needs the function for it.
    if (const Status s = SortKey::install(db); !s)
        return s.error();
    // A current schema is the normal case: read the version without any lock, so that opening
    // never waits for (or stops) another program's long write. The write lock is taken only when a
    // migration is due, and the version is read again under it.
    const auto start = currentVersion(db);
    if (!start)
        return start.error();
    for (const Migration& m : m_migrations) {
        if (m.version <= *start)
            continue;
        QString error;
        // IMMEDIATE takes the write lock first, so two programs migrating at once run one after the other.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (DatabaseWait::isBusy(begin.lastError()))
                return DatabaseWait::busyError(db.databaseName(), begin.lastError().text());
            return Error{tr("The database cannot be written; nothing was changed."), begin.lastError().text()};
        }
        const auto current = currentVersion(db);
        if (!current) {
            execRaw(db, QStringLiteral("ROLLBACK"), nullptr);
            return current.error();
        }
        if (*current >= m.version) {
            execRaw(db, QStringLiteral("ROLLBACK"), nullptr);
            continue;
        }
        bool failed = false;
        for (const QString& statement : m.statements) {
            if (!execRaw(db, statement, &error)) {
                error += QStringLiteral("\n") + statement.left(400);
                failed = true;
                break;
            }
        }
        if (!failed && !execRaw(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version), &error))
            failed = true;
        if (!failed && !execRaw(db, QStringLiteral("COMMIT"), &error))
            failed = true;
        if (failed) {
            execRaw(db, QStringLiteral("ROLLBACK"), nullptr);
            return Error{tr("Updating the database to schema version %1 (%2) failed; the database was left at "
                            "version %3.")
                             .arg(m.version)
                             .arg(m.name)
                             .arg(*current),
                error};
        }
    }
    return currentVersion(db);
}

} // namespace sitegov
