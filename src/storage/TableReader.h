#pragma once

#include "core/Result.h"
#include "storage/TableData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sitegov {

// What TableReader accepts. The limits keep hostile or broken files from exhausting memory: a file
// that exceeds one is refused with an error that names the limit.
struct TableReadOptions
{
    // Auto: a byte-order mark first (UTF-8, UTF-16LE/BE), else strict UTF-8, else GB18030 (what
    // Excel in China writes as "CSV"), else an error naming the first undecodable line.
    enum class Encoding { Auto, Utf8, Gbk, Utf16 };

    Encoding encoding = Encoding::Auto;
    qint64 maxFileBytes = qint64(512) << 20;
    // XLSX: the most bytes unpacked from the archive, all parts together (zip bombs).
    qint64 maxUncompressedBytes = qint64(512) << 20;
    int maxZipEntries = 10000;
    int maxFieldChars = 1 << 20;
    int maxColumns = 1000;
    qint64 maxCells = 20000000;
    // XLSX: the most memory the table may take while it is read (shared strings, rows and cells, as
    // estimated by the reader), so that a small file cannot make the reader take gigabytes.
    qint64 maxMemoryBytes = qint64(256) << 20;
    // The database the caller works on: refused as a table to read, and so are its working files and
    // any database this process has open (DatabaseFiles), before anything opens the file.
    QString databasePath;
};

// Reads a table from a CSV or XLSX file. The format is chosen by content (a ZIP archive is read as
// XLSX, anything else as CSV text), not by the file name. Only an ordinary file is read: a folder,
// a named pipe, a device and a database in use are refused before anything opens them (UserFile).
// Errors are values with a message in the user's language; nothing throws.
class TableReader final
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    static Result<TableData> read(const QString& path, const TableReadOptions& options = {});
    // The same from bytes in memory (used by the fuzzer and for uploads).
    static Result<TableData> readBytes(const QByteArray& bytes, const TableReadOptions& options = {});

private:
    static Status check(const QByteArray& head, qint64 size, const TableReadOptions& options);
};

} // namespace sitegov
