#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitegov {

// The files of an SQLite database (the database itself and its working files -wal, -shm and
// -journal) and the rule that keeps them whole: nothing but SQLite may open them.
//
// SQLite's locks are POSIX advisory locks, and a process loses them on every descriptor of a file
// as soon as it closes any descriptor of that file. A program that opens its own database with
// anything else (to read it as an import, hash it, copy it, guess its type for an icon) and closes
// it again has dropped its SQLite locks without knowing; the next program that closes the database
// then believes it is the last one, checkpoints and deletes the WAL under it, and the first
// program's next writes are lost or corrupt the file ("database disk image is malformed").
//
// Everything here compares files by device and inode with stat(), which never opens a file, and
// by name for working files that do not exist yet. Call refuse() before opening any file a user
// names: a table to import, an attachment, a checklist, a backup to restore, an export or a backup
// to write. UserFile does it for the common cases.
class DatabaseFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    enum class Kind { None, Database, Wal, Shm, Journal };

    // Which file of the database `databasePath` the file `path` is: the same file (a symbolic or
    // hard link, or another spelling of the path, included), or the name of one of its working
    // files whether or not that exists now. None when it is none of them.
    static Kind kindOf(const QString& path, const QString& databasePath);

    // The database that this process has open (a Database not yet destroyed) that `path` is, or is
    // a working file of; empty when there is none.
    static QString openDatabaseOf(const QString& path);

    // Refuses `path` when it is `databasePath` (when given) or a database this process has open, or
    // one of their working files: an error in the user's language that says so. Opens nothing.
    static Status refuse(const QString& path, const QString& databasePath = {});

    // Database reports its connections here, so that openDatabaseOf() knows them.
    static void connectionOpened(const QString& databasePath);
    static void connectionClosed(const QString& databasePath);
};

} // namespace sitegov
