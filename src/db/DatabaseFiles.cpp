#include "db/DatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sys/stat.h>

namespace sitegov {

namespace {

const QString kSuffixes[] = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
constexpr DatabaseFiles::Kind kKinds[] = {DatabaseFiles::Kind::Database, DatabaseFiles::Kind::Wal,
    DatabaseFiles::Kind::Shm, DatabaseFiles::Kind::Journal};

bool statOf(const QString& path, struct stat* st)
{
    return !path.isEmpty() && ::stat(QFile::encodeName(path).constData(), st) == 0;
}

// The path with its folder resolved (symbolic links, "..") and its own name kept: two spellings of
// one name compare equal even when the file does not exist yet.
QString normalName(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

// Never destroyed: a connection may close while the program's statics are being torn down.
struct OpenDatabases
{
    QMutex mutex;
    QHash<QString, int> connections; // path -> open connections
};

OpenDatabases& openDatabases()
{
    static auto* table = new OpenDatabases;
    return *table;
}

} // namespace

DatabaseFiles::Kind DatabaseFiles::kindOf(const QString& path, const QString& databasePath)
{
    if (path.isEmpty() || databasePath.isEmpty())
        return Kind::None;
    struct stat file {};
    const bool exists = statOf(path, &file);
    const QString name = normalName(path);
    const QString base = normalName(databasePath);
    for (int i = 0; i < 4; ++i) {
        const QString candidate = databasePath + kSuffixes[i];
        struct stat other {};
        if (exists && statOf(candidate, &other) && other.st_dev == file.st_dev && other.st_ino == file.st_ino)
            return kKinds[i];
        if (name == base + kSuffixes[i])
            return kKinds[i];
    }
    return Kind::None;
}

QString DatabaseFiles::openDatabaseOf(const QString& path)
{
    QStringList open;
    {
        OpenDatabases& table = openDatabases();
        const QMutexLocker lock(&table.mutex);
        open = table.connections.keys();
    }
    for (const QString& database : std::as_const(open)) {
        if (kindOf(path, database) != Kind::None)
            return database;
    }
    return {};
}

Status DatabaseFiles::refuse(const QString& path, const QString& databasePath)
{
    QString database;
    Kind kind = databasePath.isEmpty() ? Kind::None : kindOf(path, databasePath);
    if (kind != Kind::None) {
        database = databasePath;
    } else {
        database = openDatabaseOf(path);
        kind = database.isEmpty() ? Kind::None : kindOf(path, database);
    }
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Database:
        return Error{tr("%1 is the SiteGov database itself. It cannot be used as an ordinary file (that would damage "
                        "it while it is in use): choose another file.")
                         .arg(QDir::toNativeSeparators(path)),
            {}, QStringLiteral("file.database")};
    case Kind::Wal:
    case Kind::Shm:
    case Kind::Journal:
        break;
    }
    return Error{tr("%1 is a working file of the SiteGov database %2. It must not be opened as an ordinary file "
                    "(that would damage the database while it is in use): choose another file.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(database)),
        {}, QStringLiteral("file.database")};
}

void DatabaseFiles::connectionOpened(const QString& databasePath)
{
    OpenDatabases& table = openDatabases();
    const QMutexLocker lock(&table.mutex);
    ++table.connections[databasePath];
}

void DatabaseFiles::connectionClosed(const QString& databasePath)
{
    OpenDatabases& table = openDatabases();
    const QMutexLocker lock(&table.mutex);
    auto it = table.connections.find(databasePath);
    if (it != table.connections.end() && --*it <= 0)
        table.connections.erase(it);
}

} // namespace sitegov
