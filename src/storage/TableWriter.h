#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace sitegov {

struct TableWriteOptions
{
    enum class Format { Csv, Xlsx };
    // CSV: UTF-8 with a byte-order mark (what Excel in China opens correctly), UTF-8, or GBK.
    enum class CsvEncoding { Utf8WithBom, Utf8, Gbk };

    Format format = Format::Csv;
    CsvEncoding csvEncoding = CsvEncoding::Utf8WithBom;
    // CSV: prefix a cell that a spreadsheet would run as a formula (=, +, -, @ ...) with an
    // apostrophe, which the imports take off again. An XLSX cell is written as text and runs nothing.
    bool neutraliseFormulas = true;
    // XLSX: the sheet's name ("Sheet1" when empty; shortened and cleaned to what Excel allows).
    QString sheetName;
    // The database the caller works on: refused as the file to write, and so are its working files
    // and any database this process has open (DatabaseFiles), even before it is open.
    QString databasePath;
};

// Writes a table to a CSV or XLSX file as it goes, for exports of any size: XLSX in libxlsxwriter's
// constant-memory mode, every cell as text so that codes keep their digits ("0350" stays "0350"),
// bold frozen header, column widths from the content. The file appears only when finish() succeeds:
// until then the writer works on a temporary file beside the target, and a failed or abandoned
// export leaves no file and an existing one untouched.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    explicit TableWriter(const QString& path, const TableWriteOptions& options = {});
    ~TableWriter(); // without a successful finish(), discards everything
    TableWriter(const TableWriter&) = delete;
    TableWriter& operator=(const TableWriter&) = delete;

    // Each returns false once the writer has failed; finish() then says why.
    bool writeHeader(const QStringList& cells);
    bool writeRow(const QStringList& cells);
    Status finish();
    // Gives up: removes the temporary file. finish() afterwards fails.
    void cancel();

    bool ok() const;
    int rowsWritten() const; // data rows, without the header

    // XLSX for a path ending in .xlsx (any case), otherwise CSV.
    static TableWriteOptions::Format formatForPath(const QString& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sitegov
