#pragma once

#include "storage/TableData.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sitegov {

// An incremental RFC 4180 parser over decoded text, fed in chunks of any size (a chunk may end in
// the middle of a quoted field or between CR and LF). Quoted fields take doubled quotes, delimiters
// and line breaks; a quote inside an unquoted field is kept literally; text after a closing quote is
// appended to the field. CR, LF and CRLF end records and count as one physical line each.
class CsvRecordParser final
{
public:
    enum class Problem { None, FieldTooLong, TooManyColumns, UnterminatedQuote, NulCharacter };

    CsvRecordParser(QChar delimiter, int maxFieldChars, int maxColumns);

    // Line number of the first character fed (after a skipped "sep=" line, 2).
    void setFirstLine(int line) { m_line = m_recordLine = line; }
    // Parses `text` and appends each completed record to `out`. False on a problem.
    bool feed(QStringView text, QList<TableRow>* out);
    // At the end of input: completes the last record, or reports an unterminated quoted field.
    bool finish(QList<TableRow>* out);

    Problem problem() const { return m_problem; }
    // The line the problem is on (for an unterminated quote, where the quoted field started).
    int problemLine() const { return m_problemLine; }

    // The delimiter used on the first non-empty record: the most frequent of , ; and tab outside
    // quotes (',' when none, and on ties in that order).
    static QChar detectDelimiter(QStringView text);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuote };

    bool append(QStringView part);
    bool endField();
    void endRecord(QList<TableRow>* out);
    bool fail(Problem problem, int line);

    const char16_t m_delimiter;
    const int m_maxFieldChars;
    const int m_maxColumns;
    State m_state = State::FieldStart;
    bool m_pendingCr = false;
    bool m_recordStarted = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
    QString m_field;
    QStringList m_cells;
    Problem m_problem = Problem::None;
    int m_problemLine = 0;
};

} // namespace sitegov
