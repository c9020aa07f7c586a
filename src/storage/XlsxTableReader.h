#pragma once

#include "core/Result.h"
#include "storage/TableData.h"
#include "storage/TableReader.h"

#include <QCoreApplication>

class QIODevice;

namespace sitegov {

// The first worksheet of an XLSX workbook as a table: _rels/.rels -> workbook -> its relationships
// -> the sheet, with shared strings and the cell styles (to tell dates from numbers). Rows keep the
// sheet's row numbers; a row's cells run from the table's first column to its last non-empty cell,
// and at least to the header's width (trailing blank cells are invisible in a spreadsheet).
class XlsxTableReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableReader)

public:
    // `device` must be open and seekable.
    static Result<TableData> read(QIODevice* device, const TableReadOptions& options);
};

} // namespace sitegov
