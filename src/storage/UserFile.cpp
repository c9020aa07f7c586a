#include "storage/UserFile.h"

#include "db/DatabaseFiles.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sitegov {

namespace {

// What kind of thing `path` is, as a refusal; empty for an ordinary file.
Status refuseKind(const QString& path, const struct stat& st)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return Error{UserFile::tr("%1 is a folder, not a file.").arg(shown), {}, QStringLiteral("file.folder")};
    if (S_ISFIFO(st.st_mode))
        return Error{UserFile::tr("%1 is a named pipe, not a file: save what it would deliver to a file and give that file.")
                         .arg(shown),
            {}, QStringLiteral("file.special")};
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Error{UserFile::tr("%1 is a device, not a file.").arg(shown), {}, QStringLiteral("file.special")};
    return Error{UserFile::tr("%1 is not an ordinary file (it is a socket or another special file).").arg(shown), {},
        QStringLiteral("file.special")};
}

} // namespace

Status UserFile::checkReadable(const QString& path, const QString& databasePath)
{
    if (path.isEmpty())
        return Error{tr("No file was given."), {}};
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return Error{tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)), {}, QStringLiteral("file.missing")};
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
            QString::fromLocal8Bit(std::strerror(error))};
    }
    if (const Status s = refuseKind(path, st); !s)
        return s;
    return DatabaseFiles::refuse(path, databasePath);
}

Status UserFile::checkWritable(const QString& path, const QString& databasePath)
{
    if (path.isEmpty())
        return Error{tr("No file was given."), {}};
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        if (const Status s = refuseKind(path, st); !s)
            return s;
    }
    return DatabaseFiles::refuse(path, databasePath);
}

Status UserFile::open(QFile& file, const QString& path, const QString& databasePath)
{
    if (const Status s = checkReadable(path, databasePath); !s)
        return s;
    struct stat checked {};
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &checked) != 0)
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), QString::fromLocal8Bit(std::strerror(errno))};
    // O_NONBLOCK: should the name have been replaced by a pipe since, opening must not wait for a writer.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), QString::fromLocal8Bit(std::strerror(errno))};
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || opened.st_dev != checked.st_dev || opened.st_ino != checked.st_ino
        || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return Error{tr("The file %1 changed while it was being opened; try again.").arg(QDir::toNativeSeparators(path)), {}};
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.setFileName(path);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), file.errorString()};
    }
    return {};
}

Result<QByteArray> UserFile::readAll(const QString& path, qint64 maxBytes, const QString& databasePath)
{
    QFile file;
    if (const Status s = open(file, path, databasePath); !s)
        return s.error();
    if (file.size() > maxBytes)
        return Error{tr("%1 is larger than %2 KiB, the most that can be read here.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(maxBytes >> 10),
            {}, QStringLiteral("file.large")};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error{tr("%1 is larger than %2 KiB, the most that can be read here.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(maxBytes >> 10),
            {}, QStringLiteral("file.large")};
    if (file.error() != QFileDevice::NoError)
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), file.errorString()};
    return bytes;
}

} // namespace sitegov
