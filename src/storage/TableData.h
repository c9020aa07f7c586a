#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitegov {

// One record of a table file, exactly as parsed: cells are neither padded nor truncated, so that an
// importer can report "wrong number of columns" on the line a user sees.
struct TableRow
{
    // 1-based: for CSV the physical line where the record starts (a quoted field with line breaks
    // makes later records start further down), for XLSX the sheet's row number.
    int line = 0;
    QStringList cells;
};

// A whole table read from a CSV or XLSX file. Completely empty records are skipped (numbering stays
// right); the header is the first non-empty record and is not repeated in `rows`.
struct TableData
{
    QStringList header;
    int headerLine = 0;
    QList<TableRow> rows;
    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "GB18030" for CSV; empty for XLSX.
    QString encoding;
    // "CSV" or "XLSX".
    QString format;
    // CSV only: the delimiter found on the header line (',' ';' or tab).
    QChar delimiter;
    // XLSX only: the name of the sheet read (the workbook's first).
    QString sheetName;
};

} // namespace sitegov
