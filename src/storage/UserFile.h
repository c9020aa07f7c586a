#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QFile;

namespace sitegov {

// A file a user names: a table to import, an attachment, a checklist, a backup to restore (to read),
// or an export or a backup (to write). It is checked with stat() before anything opens it: it must
// be an ordinary file (a folder, a named pipe, a device such as /dev/zero or a socket is refused
// with a message that says which, instead of hanging or reading forever), and it must not be a
// SiteGov database in use or one of its working files (DatabaseFiles::refuse(), which explains why).
// `databasePath`, when given, is the database the command works on, refused even before it is open.
class UserFile final
{
    Q_DECLARE_TR_FUNCTIONS(UserFile)

public:
    static Status checkReadable(const QString& path, const QString& databasePath = {});
    // A file to be written may not exist yet; when it exists it must be an ordinary file.
    static Status checkWritable(const QString& path, const QString& databasePath = {});

    // checkReadable(), then opens `file` on `path` for reading (never blocking, and only if it is
    // still the file that was checked).
    static Status open(QFile& file, const QString& path, const QString& databasePath = {});

    // checkReadable(), then the whole file; refused when it is larger than `maxBytes`.
    static Result<QByteArray> readAll(const QString& path, qint64 maxBytes, const QString& databasePath = {});
};

} // namespace sitegov
