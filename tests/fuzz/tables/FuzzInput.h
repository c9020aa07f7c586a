#pragma once

// How a fuzz input becomes a TableReader::readBytes call. Shared by the libFuzzer targets and by
// TestTableFuzzCorpus, which replays the committed corpus in every normal build.

#include "TableTestSupport.h"
#include "storage/TableReader.h"

#include <QByteArray>
#include <QList>

namespace sitegov::fuzz {

enum class Target { Csv, Xlsx };

// Separates the parts of an XLSX bundle (see below).
inline const QByteArray kPartSeparator = QByteArrayLiteral("\n--part--\n");

// CSV: the first byte picks the encoding option and, on its bit 2, tight limits (so that the limit
// paths run too); the rest is the file.
// XLSX: an input that starts with "PK" is the file itself. Anything else is a bundle of XML parts
// separated by kPartSeparator, packed into a stored (uncompressed) ZIP in this order, so that the
// fuzzer mutates the XML and not the ZIP framing: workbook, workbook relationships, sheet, shared
// strings, styles, package relationships.
inline QByteArray toFile(Target target, const QByteArray& input, TableReadOptions* options)
{
    if (target == Target::Csv) {
        if (input.isEmpty())
            return input;
        const uchar mode = uchar(input.at(0));
        options->encoding = TableReadOptions::Encoding(mode & 3);
        if (mode & 4) {
            options->maxFieldChars = 16;
            options->maxColumns = 8;
            options->maxCells = 64;
        }
        return input.mid(1);
    }
    options->maxUncompressedBytes = 4 << 20;
    if (input.startsWith("PK"))
        return input;
    static const char* const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml", "xl/styles.xml", "_rels/.rels"};
    test::ZipBuilder zip;
    qsizetype from = 0;
    for (const char* name : names) {
        if (from > input.size())
            break;
        qsizetype to = input.indexOf(kPartSeparator, from);
        if (to < 0)
            to = input.size();
        zip.add(QString::fromLatin1(name), input.mid(from, to - from));
        from = to + kPartSeparator.size();
    }
    return zip.build();
}

inline bool runOne(Target target, const QByteArray& input)
{
    TableReadOptions options;
    const QByteArray file = toFile(target, input, &options);
    const auto result = TableReader::readBytes(file, options);
    if (result.ok()) {
        // Touch everything, so that a bad row shows under the sanitizers.
        qsizetype total = result->header.size();
        for (const TableRow& row : result->rows)
            total += row.cells.size() + row.line;
        return total >= 0;
    }
    return !result.error().message.isEmpty();
}

} // namespace sitegov::fuzz
