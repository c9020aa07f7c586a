#include "core/CsvWriter.h"

namespace sitegov {

CsvWriter::CsvWriter(QIODevice* device, Encoding encoding)
    : m_device(device)
    , m_encoding(encoding)
    , m_encoder(encoding == Encoding::Gbk ? QStringEncoder("GBK") : QStringEncoder(QStringConverter::Utf8))
{
}

QString CsvWriter::quote(const QString& field)
{
    const bool needs = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
        || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needs)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString CsvWriter::safeCell(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
        bool numeric = false;
        field.toDouble(&numeric);
        if (!numeric)
            return u'\'' + field;
    }
    return field;
}

QString CsvWriter::unguardedCell(const QString& field)
{
    if (field.size() > 1 && field.at(0) == u'\'' && QStringView(u"=+-@\t\r").contains(field.at(1)))
        return field.mid(1);
    return field;
}

QString CsvWriter::notInGbk(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        const QString ch = text.mid(i, len);
        if (text.at(i).unicode() >= 0x80 && !out.contains(ch)) {
            QStringEncoder gbk("GBK");
            const QByteArray bytes = gbk(ch);
            if (gbk.hasError() || bytes.isEmpty())
                out += ch;
        }
        i += len - 1;
    }
    return out;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_ok)
        return false;
    // One pass over each field: whether it needs quotes (as quote() decides) and the line breaks it
    // holds, appended straight to the line (an export writes a hundred thousand rows).
    QString& line = m_lineBuffer;
    line.clear();
    int breaks = 0;
    for (qsizetype n = 0; n < fields.size(); ++n) {
        const QString& f = fields.at(n);
        if (n > 0)
            line += u',';
        const QChar* p = f.constData();
        const qsizetype size = f.size();
        bool needs = size > 0 && (p[0] == u' ' || p[size - 1] == u' ');
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = p[i].unicode();
            if (c == u',' || c == u'"') {
                needs = true;
            } else if (c == u'\n') {
                needs = true;
                ++breaks;
            } else if (c == u'\r') {
                needs = true;
                if (!(i + 1 < size && p[i + 1] == u'\n'))
                    ++breaks;
            }
        }
        if (!needs) {
            line += f;
            continue;
        }
        line += u'"';
        for (qsizetype i = 0; i < size; ++i) {
            if (p[i] == u'"')
                line += u'"';
            line += p[i];
        }
        line += u'"';
    }
    line += QLatin1String("\r\n");
    QByteArray bytes;
    if (!m_started && m_encoding == Encoding::Utf8WithBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    if (!m_encoder.isValid()) {
        m_ok = false;
        m_failure = Failure::Unencodable;
        m_failedLine = m_line;
        m_unencodable = line.trimmed();
        return false;
    }
    bytes += QByteArray(m_encoder(line));
    // UTF-8 represents every character (an unpaired surrogate becomes U+FFFD); GBK does not.
    if (m_encoding == Encoding::Gbk && m_encoder.hasError()) {
        m_ok = false;
        m_failure = Failure::Unencodable;
        m_failedLine = m_line;
        m_unencodable = notInGbk(line);
        return false;
    }
    m_started = true;
    if (m_device->write(bytes) != bytes.size()) {
        m_ok = false;
        m_failure = Failure::Device;
        return false;
    }
    m_line += 1 + breaks;
    return true;
}

QString CsvWriter::errorString() const
{
    if (m_failure == Failure::Unencodable)
        return tr("Line %1 contains characters that GBK cannot represent: %2. Export as UTF-8 instead.")
            .arg(m_failedLine)
            .arg(m_unencodable);
    return m_device->errorString();
}

} // namespace sitegov
