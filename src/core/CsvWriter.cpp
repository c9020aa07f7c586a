#include "core/CsvWriter.h"

#include <QStringConverter>
#include <QStringEncoder>

namespace sitegov {

CsvWriter::CsvWriter(QIODevice* device, Encoding encoding)
    : m_device(device)
    , m_encoding(encoding)
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
    if (!field.isEmpty() && (field.at(0) == u'=' || field.at(0) == u'+' || field.at(0) == u'-' || field.at(0) == u'@')) {
        bool numeric = false;
        field.toDouble(&numeric);
        if (!numeric)
            return u'\'' + field;
    }
    return field;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_ok)
        return false;
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << quote(f);
    const QString line = quoted.join(u',') + QStringLiteral("\r\n");
    QByteArray bytes;
    if (!m_started && m_encoding == Encoding::Utf8WithBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    if (m_encoding == Encoding::Gbk) {
        QStringEncoder gbk("GB18030");
        if (!gbk.isValid()) {
            m_ok = false;
            return false;
        }
        bytes += QByteArray(gbk(line));
    } else {
        bytes += line.toUtf8();
    }
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

QString CsvWriter::errorString() const
{
    return m_device->errorString();
}

} // namespace sitegov
