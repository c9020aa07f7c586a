#include "storage/CsvRecordParser.h"

namespace sitegov {

CsvRecordParser::CsvRecordParser(QChar delimiter, int maxFieldChars, int maxColumns)
    : m_delimiter(delimiter.unicode())
    , m_maxFieldChars(maxFieldChars)
    , m_maxColumns(maxColumns)
{
}

bool CsvRecordParser::fail(Problem problem, int line)
{
    m_problem = problem;
    m_problemLine = line;
    return false;
}

bool CsvRecordParser::append(QStringView part)
{
    if (m_field.size() + part.size() > m_maxFieldChars)
        return fail(Problem::FieldTooLong, m_recordLine);
    m_field.append(part);
    return true;
}

bool CsvRecordParser::endField()
{
    if (m_cells.size() >= m_maxColumns)
        return fail(Problem::TooManyColumns, m_recordLine);
    m_cells.append(m_field);
    m_field.clear();
    return true;
}

void CsvRecordParser::endRecord(QList<TableRow>* out)
{
    out->append(TableRow{m_recordLine, m_cells});
    m_cells.clear();
    m_recordStarted = false;
}

bool CsvRecordParser::feed(QStringView text, QList<TableRow>* out)
{
    if (m_problem != Problem::None)
        return false;
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == u'\n') {
                if (m_state == State::Quoted && !append(u"\n"))
                    return false;
                ++i;
                continue;
            }
        }
        if (c == 0)
            return fail(Problem::NulCharacter, m_line);
        if (!m_recordStarted) {
            m_recordStarted = true;
            m_recordLine = m_line;
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                ++i;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuote: {
            if (c == m_delimiter) {
                if (!endField())
                    return false;
                m_state = State::FieldStart;
                ++i;
            } else if (c == u'\r' || c == u'\n') {
                if (!endField())
                    return false;
                endRecord(out);
                ++m_line;
                m_pendingCr = c == u'\r';
                m_state = State::FieldStart;
                ++i;
            } else {
                qsizetype j = i + 1;
                while (j < n && p[j] != m_delimiter && p[j] != u'\r' && p[j] != u'\n' && p[j] != 0)
                    ++j;
                if (!append(text.sliced(i, j - i)))
                    return false;
                i = j;
            }
            break;
        }
        case State::Quoted: {
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
                ++i;
            } else if (c == u'\r' || c == u'\n') {
                if (!append(text.sliced(i, 1)))
                    return false;
                ++m_line;
                m_pendingCr = c == u'\r';
                ++i;
            } else {
                qsizetype j = i + 1;
                while (j < n && p[j] != u'"' && p[j] != u'\r' && p[j] != u'\n' && p[j] != 0)
                    ++j;
                if (!append(text.sliced(i, j - i)))
                    return false;
                i = j;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (c == u'"') {
                if (!append(u"\""))
                    return false;
                m_state = State::Quoted;
                ++i;
            } else {
                // The quote closed the field; what follows is handled like the rest of a field.
                m_state = State::AfterQuote;
            }
            break;
        }
    }
    return true;
}

bool CsvRecordParser::finish(QList<TableRow>* out)
{
    if (m_problem != Problem::None)
        return false;
    if (m_state == State::Quoted)
        return fail(Problem::UnterminatedQuote, m_quoteLine);
    if (m_recordStarted) {
        if (!endField())
            return false;
        endRecord(out);
    }
    m_state = State::FieldStart;
    return true;
}

QChar CsvRecordParser::detectDelimiter(QStringView text)
{
    // Counts on the first line with something besides delimiters and spaces (line breaks inside
    // quotes do not end it).
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    bool content = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (quoted) {
            if (c == u'"')
                quoted = false; // a doubled quote re-opens at once, which counts the same
            continue;
        }
        if (c == u'"') {
            quoted = true;
            content = true;
        } else if (c == u'\r' || c == u'\n') {
            if (content)
                break;
            comma = semicolon = tab = 0;
        } else if (c == u',') {
            ++comma;
        } else if (c == u';') {
            ++semicolon;
        } else if (c == u'\t') {
            ++tab;
        } else if (c != u' ') {
            content = true;
        }
    }
    if (comma >= semicolon && comma >= tab)
        return u',';
    if (semicolon >= tab)
        return u';';
    return u'\t';
}

} // namespace sitegov
