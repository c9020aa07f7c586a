#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace sitegov {

// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, lines
// end with CRLF. UTF-8 with a byte-order mark by default (what Excel in China opens correctly),
// UTF-8, or GBK (code page 936, what Excel in China writes). A row with a character that GBK cannot
// represent (an emoji, a rare ideograph) is not written: the writer stops, and errorString() names
// the line and the characters, rather than writing '?' in their place.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class Encoding { Utf8WithBom, Utf8, Gbk };
    enum class Failure { None, Device, Unencodable };

    explicit CsvWriter(QIODevice* device, Encoding encoding = Encoding::Utf8WithBom);
    bool writeRow(const QStringList& fields);
    bool ok() const { return m_ok; }
    Failure failure() const { return m_failure; }
    // The physical line where the next row starts (rows with line breaks in a field take several).
    int line() const { return m_line; }
    // After Failure::Unencodable: the line of the row that was refused, and its characters.
    int failedLine() const { return m_failedLine; }
    QString unencodable() const { return m_unencodable; }
    QString errorString() const;

    static QString quote(const QString& field);
    // Neutralises a leading = + - @ (and tab or carriage return) so that spreadsheet programs do not
    // run a cell as a formula; numbers such as -5 stay as they are.
    static QString safeCell(const QString& field);
    // The reverse, for an import: a cell that safeCell() guarded comes back as it was.
    static QString unguardedCell(const QString& field);
    // The characters of `text` that GBK cannot represent, each once.
    static QString notInGbk(const QString& text);

private:
    QIODevice* m_device;
    Encoding m_encoding;
    QStringEncoder m_encoder;
    bool m_started = false;
    bool m_ok = true;
    Failure m_failure = Failure::None;
    int m_line = 1;
    int m_failedLine = 0;
    QString m_unencodable;
    QString m_lineBuffer; // the line being written, kept so that each row does not allocate anew
};

} // namespace sitegov
