#include "storage/TableWriter.h"

#include "db/DatabaseFiles.h"

#include "core/CsvWriter.h"
#include "storage/XlsxCellFormat.h"
#include "storage/XlsxPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <filesystem>
#include <limits>
#include <system_error>

namespace sitegov {

namespace {

constexpr int kXlsxMaxRows = 1048576;
constexpr int kXlsxMaxColumns = 16384;
constexpr int kXlsxMaxCellChars = 32767;

// Columns a character takes in a spreadsheet: two for East Asian wide characters.
int displayWidth(const QString& text)
{
    int width = 0;
    int longest = 0;
    for (QChar c : text) {
        if (c == u'\n') {
            longest = qMax(longest, width);
            width = 0;
            continue;
        }
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                                     || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                                     || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
            ? 2
            : 1;
    }
    return qMax(longest, width);
}

QString cleanSheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    name = name.trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.size() > 31)
        name.truncate(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

} // namespace

struct TableWriter::Impl
{
    QString path;
    TableWriteOptions options;
    Error error;
    bool failed = false;
    bool finished = false;
    int rows = 0;

    // CSV
    std::unique_ptr<QSaveFile> saveFile;
    std::unique_ptr<CsvWriter> csv;

    // XLSX
    QString tempPath;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* headerFormat = nullptr;
    lxw_format* textFormat = nullptr;
    int nextRow = 0;
    QList<int> widths;

    bool fail(const QString& message, const QString& detail = {})
    {
        if (!failed) {
            failed = true;
            error = Error{message, detail};
        }
        return false;
    }

    Status verifyXlsxRows() const
    {
        QFile file(tempPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString(), {}};
        TableReadOptions limits;
        limits.maxUncompressedBytes = std::numeric_limits<qint64>::max();
        auto package = XlsxPackage::open(&file, limits);
        if (!package)
            return package.error();
        qint64 found = 0;
        const Status parsed = (*package)->parseXml(QStringLiteral("xl/worksheets/sheet1.xml"), [&found](QXmlStreamReader& xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"row")
                    ++found;
            }
            return Status();
        });
        if (!parsed)
            return parsed;
        if (found != qint64(nextRow))
            return Error{TableWriter::tr("the file holds %1 of %2 rows (is the disk full?)").arg(found).arg(nextRow), {}};
        return {};
    }

    void discard()
    {
        if (workbook) {
            lxw_workbook_free(workbook);
            workbook = nullptr;
        }
        if (!tempPath.isEmpty()) {
            QFile::remove(tempPath);
            tempPath.clear();
        }
        if (saveFile) {
            saveFile->cancelWriting();
            csv.reset();
            saveFile.reset();
        }
    }

    bool writeXlsxRow(const QStringList& cells, bool header)
    {
        if (nextRow >= kXlsxMaxRows)
            return fail(TableWriter::tr("More than %1 rows do not fit on one XLSX sheet: export as CSV instead.")
                            .arg(kXlsxMaxRows));
        if (cells.size() > kXlsxMaxColumns)
            return fail(TableWriter::tr("Row %1 has more than %2 columns, the most an XLSX sheet can hold.")
                            .arg(nextRow + 1)
                            .arg(kXlsxMaxColumns));
        if (widths.size() < cells.size())
            widths.resize(cells.size());
        for (qsizetype col = 0; col < cells.size(); ++col) {
            const QString& cell = cells.at(col);
            if (cell.isEmpty())
                continue;
            if (cell.size() > kXlsxMaxCellChars)
                return fail(TableWriter::tr("Row %1 has a cell longer than %2 characters, the most an XLSX cell can "
                                            "hold: export as CSV instead.")
                                .arg(nextRow + 1)
                                .arg(kXlsxMaxCellChars));
            widths[col] = qMax(widths.at(col), displayWidth(cell));
            const QByteArray utf8 = XlsxCellFormat::escape(cell).toUtf8();
            const lxw_error e = worksheet_write_string(sheet, lxw_row_t(nextRow), lxw_col_t(col), utf8.constData(),
                header ? headerFormat : textFormat);
            if (e != LXW_NO_ERROR)
                return fail(TableWriter::tr("Row %1 cannot be written to the XLSX file.").arg(nextRow + 1),
                    QString::fromUtf8(lxw_strerror(e)));
        }
        ++nextRow;
        return true;
    }

    // One line of the file (the header, or a row): on a CSV file with the formula guard, each cell
    // made safe first (an XLSX cell is written as text: it runs nothing).
    bool writeLine(const QStringList& cells, bool header)
    {
        if (failed || finished)
            return false;
        if (!csv)
            return writeXlsxRow(cells, header);
        // The list is copied only when a cell must be guarded (a guarded cell gains a leading quote).
        QStringList safe;
        bool guarded = false;
        if (options.neutraliseFormulas) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                QString c = CsvWriter::safeCell(cells.at(i));
                if (c.size() == cells.at(i).size())
                    continue;
                if (!guarded)
                    safe = cells;
                guarded = true;
                safe[i] = c;
            }
        }
        if (!csv->writeRow(guarded ? safe : cells))
            return fail(
                TableWriter::tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), csv->errorString()));
        return true;
    }
};

TableWriter::TableWriter(const QString& path, const TableWriteOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    Impl& d = *m_impl;
    d.path = path;
    d.options = options;
    const QString name = QFileInfo(path).fileName();
    // The file is written beside the target and renamed over it: a device, pipe or folder there would
    // be replaced by a regular file.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        d.fail(tr("%1 cannot be written: it is not a regular file.").arg(QDir::toNativeSeparators(path)), path);
        return;
    }
    // Renaming a file over the database (or its -wal, -shm) would destroy it under the programs using it.
    if (const Status s = DatabaseFiles::refuse(path, options.databasePath); !s) {
        d.fail(s.error().message, path);
        return;
    }
    if (options.format == TableWriteOptions::Format::Csv) {
        d.saveFile = std::make_unique<QSaveFile>(path);
        if (!d.saveFile->open(QIODevice::WriteOnly)) {
            d.fail(tr("%1 cannot be written: %2").arg(name, d.saveFile->errorString()), path);
            d.saveFile.reset();
            return;
        }
        const auto enc = options.csvEncoding == TableWriteOptions::CsvEncoding::Gbk ? CsvWriter::Encoding::Gbk
            : options.csvEncoding == TableWriteOptions::CsvEncoding::Utf8           ? CsvWriter::Encoding::Utf8
                                                                                    : CsvWriter::Encoding::Utf8WithBom;
        d.csv = std::make_unique<CsvWriter>(d.saveFile.get(), enc);
        return;
    }

    // libxlsxwriter writes the whole file on workbook_close(); it goes to a temporary file in the
    // target's folder, renamed over the target when complete.
    QTemporaryFile temp(QFileInfo(path).absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(name)));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        d.fail(tr("%1 cannot be written: %2").arg(name, temp.errorString()), path);
        return;
    }
    d.tempPath = temp.fileName();
    temp.close();
    lxw_workbook_options wo = {};
    wo.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(d.tempPath);
    d.workbook = workbook_new_opt(file.constData(), &wo);
    const QByteArray sheetName = cleanSheetName(options.sheetName).toUtf8();
    d.sheet = d.workbook ? workbook_add_worksheet(d.workbook, sheetName.constData()) : nullptr;
    if (!d.workbook || !d.sheet) {
        d.fail(tr("%1 cannot be written: the XLSX writer could not start.").arg(name), path);
        d.discard();
        return;
    }
    d.headerFormat = workbook_add_format(d.workbook);
    format_set_bold(d.headerFormat);
    format_set_num_format(d.headerFormat, "@");
    d.textFormat = workbook_add_format(d.workbook);
    format_set_num_format(d.textFormat, "@");
}

TableWriter::~TableWriter()
{
    if (!m_impl->finished)
        m_impl->discard();
}

bool TableWriter::ok() const
{
    return !m_impl->failed;
}

int TableWriter::rowsWritten() const
{
    return m_impl->rows;
}

TableWriteOptions::Format TableWriter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? TableWriteOptions::Format::Xlsx
                                                                      : TableWriteOptions::Format::Csv;
}

bool TableWriter::writeHeader(const QStringList& cells)
{
    Impl& d = *m_impl;
    if (!d.writeLine(cells, true))
        return false;
    if (!d.csv)
        worksheet_freeze_panes(d.sheet, 1, 0);
    return true;
}

bool TableWriter::writeRow(const QStringList& cells)
{
    Impl& d = *m_impl;
    if (!d.writeLine(cells, false))
        return false;
    ++d.rows;
    return true;
}

void TableWriter::cancel()
{
    Impl& d = *m_impl;
    d.fail(tr("The export was cancelled."));
    d.discard();
}

Status TableWriter::finish()
{
    Impl& d = *m_impl;
    if (d.finished)
        return d.failed ? Status(d.error) : Status();
    d.finished = true;
    const QString name = QFileInfo(d.path).fileName();
    if (d.failed) {
        d.discard();
        return d.error;
    }
    if (d.csv) {
        // QSaveFile::commit() does not report a failure of its last buffered write (a full disk):
        // flush first and check.
        if (!d.saveFile->flush() || d.saveFile->error() != QFileDevice::NoError) {
            d.fail(tr("%1 cannot be written: %2").arg(name, d.saveFile->errorString()), d.path);
            d.discard();
            return d.error;
        }
        if (!d.saveFile->commit()) {
            d.fail(tr("%1 cannot be written: %2").arg(name, d.saveFile->errorString()), d.path);
            d.discard();
            return d.error;
        }
        d.csv.reset();
        d.saveFile.reset();
        return {};
    }
    for (qsizetype col = 0; col < d.widths.size(); ++col) {
        const double width = qBound(8, d.widths.at(col) + 2, 60);
        worksheet_set_column(d.sheet, lxw_col_t(col), lxw_col_t(col), width, d.textFormat);
    }
    const lxw_error closed = workbook_close(d.workbook);
    d.workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        d.fail(tr("%1 cannot be written: the XLSX file could not be completed.").arg(name),
            QString::fromUtf8(lxw_strerror(closed)));
        d.discard();
        return d.error;
    }
    // libxlsxwriter does not check its writes to the row data it keeps in temporary files: on a
    // full disk it completes a workbook with rows missing. Count the rows the file really holds.
    if (const Status s = d.verifyXlsxRows(); !s) {
        d.fail(tr("%1 cannot be written: %2").arg(name, s.error().message), s.error().detail);
        d.discard();
        return d.error;
    }
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(d.tempPath.toStdU16String()), std::filesystem::path(d.path.toStdU16String()), ec);
    if (ec) {
        d.fail(tr("%1 cannot be written: %2").arg(name, QString::fromLocal8Bit(ec.message())), d.path);
        d.discard();
        return d.error;
    }
    d.tempPath.clear();
    return {};
}

} // namespace sitegov
