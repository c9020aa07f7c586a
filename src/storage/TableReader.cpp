#include "storage/TableReader.h"

#include "storage/CsvTableReader.h"
#include "storage/UserFile.h"
#include "storage/XlsxTableReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace sitegov {

namespace {

bool isZip(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"))
        || head.startsWith(QByteArrayLiteral("PK\x07\x08"));
}

// The OLE2 compound file: Excel 97-2003 .xls, and also a password-protected .xlsx.
bool isOle2(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

} // namespace

Result<TableData> TableReader::read(const QString& path, const TableReadOptions& options)
{
    QFile file;
    if (const Status s = UserFile::open(file, path, options.databasePath); !s)
        return s.error();
    const qint64 size = file.size();
    const QByteArray head = file.peek(8);
    if (auto st = check(head, size, options); !st)
        return st.error();
    if (isZip(head))
        return XlsxTableReader::read(&file, options);
    const QByteArray bytes = file.readAll();
    if (bytes.size() != size)
        return Error{tr("The file %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), path};
    return CsvTableReader::read(bytes, options);
}

Result<TableData> TableReader::readBytes(const QByteArray& bytes, const TableReadOptions& options)
{
    const QByteArray head = bytes.left(8);
    if (auto st = check(head, bytes.size(), options); !st)
        return st.error();
    if (isZip(head)) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return XlsxTableReader::read(&buffer, options);
    }
    return CsvTableReader::read(bytes, options);
}

Status TableReader::check(const QByteArray& head, qint64 size, const TableReadOptions& options)
{
    if (size > options.maxFileBytes)
        return Error{tr("The file is larger than %1 MiB, the most that can be read.").arg(options.maxFileBytes >> 20),
            QStringLiteral("%1 bytes").arg(size)};
    if (size == 0)
        return Error{tr("The file is empty: it has no header line."), {}};
    if (isOle2(head))
        return Error{tr("This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an "
                        "XLSX workbook without a password, or as CSV, and try again."),
            {}};
    return {};
}

} // namespace sitegov
