#include "db/Migrator.h"

#include "db/Dialect.h"
#include "db/Schema.h"
#include "db/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sitegov {

namespace {

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

Migrator::Migrator(QList<Migration> migrations, qint64 applicationId)
    : m_migrations(std::move(migrations))
    , m_applicationId(applicationId)
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Result<QList<Migration>> Migrator::builtin(const db::Dialect& dialect, const db::Schema& schema)
{
    // Parsed once per process: every connection a worker thread opens asks for them.
    static QMutex mutex;
    static QHash<QString, Result<QList<Migration>>> cache;
    const QString key = schema.migrations + u'/' + dialect.name();
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, load(dialect, schema));
    return *it;
}

Result<QList<Migration>> Migrator::load(const db::Dialect& dialect, const db::Schema& schema)
{
    const QString folder = schema.migrations + u'/' + dialect.name();
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{tr("This program has no migrations of the %1 schema for %2 databases.").arg(schema.name, dialect.name()),
            folder};
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

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    const db::Dialect* dialect = db::Dialect::of(db);
    if (!dialect)
        return Error{tr("The database driver %1 is not supported.").arg(db.driverName()), {}};
    const auto version = dialect->schemaVersion(db);
    if (!version)
        return Error{tr("The file is not a SiteGov database or cannot be read."), version.error().detail};
    return *version;
}

Status Migrator::checkNotNewer(const QSqlDatabase& db) const
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    const db::Dialect& dialect = *db::Dialect::of(db);
    const auto applicationId = dialect.applicationId(db);
    if (!applicationId)
        return Error{tr("The file is not a SiteGov database or cannot be read."), applicationId.error().detail};
    if (*applicationId != 0 && *applicationId != m_applicationId)
        return Error{tr("The file is a database of another program (or of another SiteGov program); it has been "
                        "left unchanged."),
            {}};
    if (*version == 0) {
        const auto tables = dialect.hasTables(db);
        if (!tables)
            return Error{tr("The file is not a SiteGov database or cannot be read."), tables.error().detail};
        if (*tables)
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
    const db::Dialect& dialect = *db::Dialect::of(db);
    // A current schema is the normal case: read the version without any lock, so that opening
    // never waits for (or stops) another program's long write. The lock is taken only when a
    // migration is due, and the version is read again under it.
    const auto start = currentVersion(db);
    if (!start)
        return start.error();
    for (const Migration& m : m_migrations) {
        if (m.version <= *start)
            continue;
        // The dialect's lock makes two programs migrating at once run one after the other.
        if (const Status s = dialect.beginMigration(db); !s) {
            if (s.error().code == db::Dialect::busyCode())
                return dialect.busyError(db.driver(), s.error().detail);
            return Error{tr("The database cannot be written; nothing was changed."), s.error().detail};
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
        QString error;
        bool failed = false;
        for (const QString& statement : m.statements) {
            if (!execRaw(db, statement, &error)) {
                error += QStringLiteral("\n") + statement.left(400);
                failed = true;
                break;
            }
        }
        if (!failed) {
            if (const Status s = dialect.setSchemaVersion(db, m.version); !s) {
                error = s.error().detail;
                failed = true;
            }
        }
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
