#pragma once

#include "core/Result.h"
#include "storage/TableData.h"
#include "storage/TableReader.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sitegov {

// CSV text to a table: detects the encoding (TableEncoding), decodes in slices that end on a line
// break so that the decoded text is never held whole, and parses with CsvRecordParser.
class CsvTableReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    static Result<TableData> read(const QByteArray& bytes, const TableReadOptions& options);
};

} // namespace sitegov
