#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace sitegov {

// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, lines
// end with CRLF. UTF-8 with a byte-order mark by default (what Excel in China opens correctly),
// or GBK.
class CsvWriter final
{
public:
    enum class Encoding { Utf8WithBom, Utf8, Gbk };

    explicit CsvWriter(QIODevice* device, Encoding encoding = Encoding::Utf8WithBom);
    bool writeRow(const QStringList& fields);
    bool ok() const { return m_ok; }
    QString errorString() const;

    static QString quote(const QString& field);
    // Neutralises a leading = + - @ so that spreadsheet programs do not run a cell as a formula.
    static QString safeCell(const QString& field);

private:
    QIODevice* m_device;
    Encoding m_encoding;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace sitegov
