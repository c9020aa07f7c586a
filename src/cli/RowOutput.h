#pragma once

#include "cli/Cli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace sitegov {

// Where a list command writes its rows, as its options say: tab-separated text with a header line
// (the default), a JSON array of objects (--json; one stable shape per object, docs/cli.md), or a
// CSV or XLSX file through TableWriter (--output FILE, --format csv|xlsx, --encoding).
class RowOutput final
{
    Q_DECLARE_TR_FUNCTIONS(RowOutput)

public:
    // Adds --json, --output, --format and --encoding.
    static void declare(QCommandLineParser& parser);
    // Nothing, after saying why on the error stream, when the options do not fit (exit code 2).
    static std::unique_ptr<RowOutput> start(const QCommandLineParser& parser, CliIo& io, const QStringList& headers);
    ~RowOutput();

    bool json() const { return m_mode == Mode::Json; }
    // One row: `object` for JSON, `cells` (in the headers' order, as a person reads them) otherwise.
    void row(const QJsonObject& object, const QStringList& cells);
    // Writes what is pending (the JSON array, the file); the command's exit code.
    int finish();

private:
    enum class Mode
    {
        Text,
        Json,
        File
    };
    RowOutput(CliIo& io, Mode mode);

    CliIo& m_io;
    Mode m_mode;
    QJsonArray m_rows;
    QString m_output;
    std::unique_ptr<TableWriter> m_writer;
};

} // namespace sitegov
