#include "storage/CsvTableReader.h"

#include "storage/CsvRecordParser.h"
#include "storage/TableEncoding.h"

#include <QStringDecoder>

namespace sitegov {

namespace {

constexpr qsizetype kSlice = qsizetype(1) << 20;

bool isEmptyRecord(const QStringList& cells)
{
    for (const QString& c : cells) {
        if (!c.isEmpty())
            return false;
    }
    return true;
}

// Excel's "sep=;" first line names the delimiter and is not part of the table.
bool sepLine(QStringView text, QChar* delimiter, qsizetype* length)
{
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return false;
    qsizetype end = 5;
    if (text.size() > end && text.at(end) != u'\r' && text.at(end) != u'\n')
        return false;
    if (text.size() > end && text.at(end) == u'\r')
        ++end;
    if (text.size() > end && text.at(end) == u'\n')
        ++end;
    const QChar d = text.at(4);
    if (d != u',' && d != u';' && d != u'\t' && d != u'|')
        return false;
    *delimiter = d;
    *length = end;
    return true;
}

} // namespace

Result<TableData> CsvTableReader::read(const QByteArray& bytes, const TableReadOptions& options)
{
    auto detected = TableEncoding::detect(bytes, options.encoding);
    if (!detected)
        return detected.error();
    const TableEncoding::Detected enc = *detected;
    const bool utf16 = enc.kind == TableEncoding::Kind::Utf16LE || enc.kind == TableEncoding::Kind::Utf16BE;

    QStringDecoder decoder;
    if (enc.kind == TableEncoding::Kind::Gb18030) {
        decoder = QStringDecoder("GB18030");
        if (!decoder.isValid())
            return Error{tr("This system cannot decode GBK text."), QStringLiteral("no GB18030 codec")};
    } else if (utf16) {
        decoder = QStringDecoder(enc.kind == TableEncoding::Kind::Utf16LE ? QStringDecoder::Utf16LE
                                                                           : QStringDecoder::Utf16BE);
    }

    TableData data;
    data.format = QStringLiteral("CSV");
    data.encoding = enc.name;

    std::optional<CsvRecordParser> parser;
    QList<TableRow> records;
    qint64 cells = 0;
    bool haveHeader = false;
    char16_t pendingHigh = 0; // a UTF-16 high surrogate at the end of the previous slice
    int line = 1;             // for UTF-16 surrogate errors

    auto take = [&](QList<TableRow>& recs) -> Status {
        for (TableRow& r : recs) {
            if (isEmptyRecord(r.cells))
                continue;
            cells += r.cells.size();
            if (cells > options.maxCells)
                return Error{tr("The file has more than %1 cells, the most that can be read.").arg(options.maxCells),
                    QStringLiteral("line %1").arg(r.line)};
            if (!haveHeader) {
                data.header = std::move(r.cells);
                data.headerLine = r.line;
                haveHeader = true;
            } else {
                data.rows.append(std::move(r));
            }
        }
        recs.clear();
        return {};
    };
    auto parseProblem = [&](const CsvRecordParser& p) -> Error {
        const int at = p.problemLine();
        switch (p.problem()) {
        case CsvRecordParser::Problem::FieldTooLong:
            return Error{tr("Line %1 has a field longer than %2 characters, the most that can be read.")
                             .arg(at)
                             .arg(options.maxFieldChars),
                {}};
        case CsvRecordParser::Problem::TooManyColumns:
            return Error{
                tr("Line %1 has more than %2 columns, the most that can be read.").arg(at).arg(options.maxColumns), {}};
        case CsvRecordParser::Problem::UnterminatedQuote:
            return Error{tr("The quoted field that starts on line %1 is never closed.").arg(at), {}};
        case CsvRecordParser::Problem::NulCharacter:
            return Error{tr("Line %1 contains a NUL character: this is not a text file.").arg(at), {}};
        case CsvRecordParser::Problem::None:
            break;
        }
        return Error{tr("The file cannot be read."), {}};
    };

    qsizetype pos = enc.bomLength;
    const qsizetype n = bytes.size();
    while (pos < n) {
        qsizetype end = qMin(n, pos + kSlice);
        if (end < n) {
            if (utf16) {
                end -= (end - pos) % 2;
            } else {
                // End the slice after a line feed: no multi-byte sequence of UTF-8 or GB18030
                // contains one, so every slice decodes on its own.
                const qsizetype lf = bytes.indexOf('\n', end);
                end = lf < 0 ? n : lf + 1;
            }
        }
        const QByteArrayView slice(bytes.constData() + pos, end - pos);
        QString text = decoder.isValid() ? decoder.decode(slice) : QString::fromUtf8(slice);
        if (utf16) {
            // Qt passes unpaired surrogates through; a text file must not have them.
            for (qsizetype i = 0; i < text.size(); ++i) {
                const char16_t c = text.at(i).unicode();
                if (c == u'\n' || (c == u'\r' && !(i + 1 < text.size() && text.at(i + 1) == u'\n')))
                    ++line;
                if (pendingHigh) {
                    pendingHigh = 0;
                    if (QChar::isLowSurrogate(c))
                        continue;
                    return Error{tr("The file is not valid UTF-16: line %1 cannot be decoded.").arg(line), {}};
                }
                if (QChar::isHighSurrogate(c))
                    pendingHigh = c;
                else if (QChar::isLowSurrogate(c))
                    return Error{tr("The file is not valid UTF-16: line %1 cannot be decoded.").arg(line), {}};
            }
        }
        QStringView view(text);
        if (!parser) {
            QChar delimiter;
            qsizetype skip = 0;
            if (sepLine(view, &delimiter, &skip)) {
                view = view.sliced(skip);
                parser.emplace(delimiter, options.maxFieldChars, options.maxColumns);
                parser->setFirstLine(2);
            } else {
                delimiter = CsvRecordParser::detectDelimiter(view);
                parser.emplace(delimiter, options.maxFieldChars, options.maxColumns);
            }
            data.delimiter = delimiter;
        }
        if (!parser->feed(view, &records))
            return parseProblem(*parser);
        if (auto st = take(records); !st)
            return st.error();
        pos = end;
    }
    if (pendingHigh)
        return Error{tr("The file is not valid UTF-16: line %1 cannot be decoded.").arg(line), {}};
    if (parser) {
        if (!parser->finish(&records))
            return parseProblem(*parser);
        if (auto st = take(records); !st)
            return st.error();
    }
    if (!haveHeader)
        return Error{tr("The file is empty: it has no header line."), {}};
    return data;
}

} // namespace sitegov
