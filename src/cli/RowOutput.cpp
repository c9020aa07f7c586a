#include "cli/RowOutput.h"

#include <QDir>
#include <QJsonDocument>

namespace sitegov {

RowOutput::RowOutput(CliIo& io, Mode mode)
    : m_io(io)
    , m_mode(mode)
{ }

RowOutput::~RowOutput() = default;

void RowOutput::declare(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("json"), tr("Print the rows as a JSON array of objects.")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the rows to this CSV or XLSX file instead."), tr("FILE")});
    p.addOption(
        {QStringLiteral("format"), tr("With --output: csv or xlsx (default: from the file name)."), tr("FORMAT")});
    p.addOption({QStringLiteral("encoding"),
        tr("With --output, a CSV file's encoding: utf-8-bom (default), utf-8 or "
           "gbk."),
        tr("ENCODING")});
}

std::unique_ptr<RowOutput> RowOutput::start(const QCommandLineParser& p, CliIo& io, const QStringList& headers)
{
    const bool toFile = p.isSet(QStringLiteral("output")) || p.isSet(QStringLiteral("format"));
    if (p.isSet(QStringLiteral("json")) && toFile) {
        io.err << tr("--json prints the rows; --output and --format write them to a file: give one or the other.")
               << Qt::endl;
        return nullptr;
    }
    if (p.isSet(QStringLiteral("json")))
        return std::unique_ptr<RowOutput>(new RowOutput(io, Mode::Json));
    if (!toFile) {
        io.out << headers.join(u'\t') << Qt::endl;
        return std::unique_ptr<RowOutput>(new RowOutput(io, Mode::Text));
    }
    const QString output = p.value(QStringLiteral("output"));
    const auto options = Cli::tableWriteOptions(p, output, io);
    if (!options)
        return nullptr;
    std::unique_ptr<RowOutput> out(new RowOutput(io, Mode::File));
    out->m_output = output;
    out->m_writer = std::make_unique<TableWriter>(output, *options);
    out->m_writer->writeHeader(headers);
    return out;
}

void RowOutput::row(const QJsonObject& object, const QStringList& cells)
{
    switch (m_mode) {
    case Mode::Json:
        m_rows.append(object);
        break;
    case Mode::File:
        m_writer->writeRow(cells);
        break;
    case Mode::Text: {
        // One line per row: tabs and line breaks inside a cell would break the columns.
        QStringList line;
        for (QString cell : cells)
            line << cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        m_io.out << line.join(u'\t') << Qt::endl;
        break;
    }
    }
}

int RowOutput::finish()
{
    if (m_mode == Mode::Json)
        m_io.out << QJsonDocument(m_rows).toJson(QJsonDocument::Indented);
    if (m_mode != Mode::File)
        return 0;
    if (const Status s = m_writer->finish(); !s) {
        m_io.err << s.error().fullText() << Qt::endl;
        return 1;
    }
    m_io.out << tr("Wrote %n row(s) to %1.", nullptr, m_writer->rowsWritten()).arg(QDir::toNativeSeparators(m_output))
             << Qt::endl;
    return 0;
}

} // namespace sitegov
