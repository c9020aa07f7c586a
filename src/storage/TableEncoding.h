#pragma once

#include "core/Result.h"
#include "storage/TableReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sitegov {

// Finds out how a CSV file's bytes are encoded, strictly: a file is only taken as UTF-8 or GB18030
// when every byte of it decodes, and a file that mixes UTF-8 lines with lines in another encoding is
// refused with the first line that is not UTF-8.
class TableEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(TableEncoding)

public:
    enum class Kind { Utf8, Utf16LE, Utf16BE, Gb18030 };

    struct Detected
    {
        Kind kind = Kind::Utf8;
        int bomLength = 0;
        QString name; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    };

    static Result<Detected> detect(QByteArrayView bytes, TableReadOptions::Encoding wanted);

    // Offset of the first byte that does not belong to a well-formed sequence, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    static qsizetype firstInvalidGb18030(QByteArrayView bytes);
    // The 1-based physical line holding `offset`; CR, LF and CRLF each end a line.
    static int lineAt(QByteArrayView bytes, qsizetype offset);

private:
    static bool looksLikeUtf8Text(QByteArrayView line);
    static qsizetype firstUtf8Line(QByteArrayView bytes);
    static QString hexAround(QByteArrayView bytes, qsizetype offset);
};

} // namespace sitegov
