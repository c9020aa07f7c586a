#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sitegov::test {

// Reads the plain subset of YAML that docs/api/openapi.yaml is written in: block mappings and
// sequences by indentation, "- key: value" items, plain, "double" and 'single' quoted scalars,
// [flow, sequences], {} and comments. Mappings become QVariantMap, sequences QVariantList,
// scalars QString. Anything else is reported as an error with its line number.
class MiniYaml final
{
public:
    static QVariant parse(const QString& text, QString* error)
    {
        MiniYaml y;
        const QStringList raw = text.split(u'\n');
        for (int i = 0; i < raw.size(); ++i) {
            QString line = stripComment(raw.at(i));
            while (line.endsWith(u' ') || line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            int indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            if (line.at(indent) == u'\t') {
                *error = QStringLiteral("line %1: tabs are not allowed").arg(i + 1);
                return {};
            }
            y.m_lines.append({indent, line.mid(indent), i + 1});
        }
        if (y.m_lines.isEmpty())
            return QVariantMap();
        const QVariant root = y.block(y.m_lines.first().indent);
        if (y.m_error.isEmpty() && y.m_pos < y.m_lines.size())
            y.m_error = QStringLiteral("line %1: unexpected indentation").arg(y.m_lines.at(y.m_pos).number);
        *error = y.m_error;
        return root;
    }

private:
    struct Line
    {
        int indent;
        QString text;
        int number;
    };

    static QString stripComment(const QString& line)
    {
        QChar quote;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!quote.isNull()) {
                if (c == u'\\' && quote == u'"')
                    ++i;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                if (i == 0 || line.at(i - 1) == u' ' || line.at(i - 1) == u'[' || line.at(i - 1) == u',')
                    quote = c;
            } else if (c == u'#' && (i == 0 || line.at(i - 1) == u' ')) {
                return line.left(i);
            }
        }
        return line;
    }

    static bool isSequenceItem(const QString& text) { return text == u"-" || text.startsWith(QLatin1String("- ")); }

    // Index of the ':' that ends a key (outside quotes, followed by a space or the end), or -1.
    static int keyColon(const QString& text)
    {
        QChar quote;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == u'\\' && quote == u'"')
                    ++i;
                else if (c == quote)
                    quote = QChar();
            } else if ((c == u'"' || c == u'\'') && i == 0) {
                quote = c;
            } else if (c == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ')) {
                return i;
            } else if ((c == u'[' || c == u'{') && i == 0) {
                return -1;
            }
        }
        return -1;
    }

    QString unquote(const QString& s, int number)
    {
        if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"')) {
            QString out;
            for (int i = 1; i < s.size() - 1; ++i) {
                QChar c = s.at(i);
                if (c == u'\\' && i + 1 < s.size() - 1) {
                    c = s.at(++i);
                    if (c == u'n')
                        c = u'\n';
                }
                out.append(c);
            }
            return out;
        }
        if (s.size() >= 2 && s.startsWith(u'\'') && s.endsWith(u'\''))
            return s.mid(1, s.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        if (s.startsWith(u'"') || s.startsWith(u'\'') || s.startsWith(u'|') || s.startsWith(u'>') || s.startsWith(u'&')
            || s.startsWith(u'*') || s.startsWith(u'!'))
            fail(number, QStringLiteral("unsupported scalar %1").arg(s));
        return s;
    }

    QVariant scalar(const QString& s, int number)
    {
        if (s.startsWith(u'[')) {
            if (!s.endsWith(u']')) {
                fail(number, QStringLiteral("a flow sequence must end on its line"));
                return {};
            }
            QVariantList list;
            const QString inner = s.mid(1, s.size() - 2).trimmed();
            if (inner.isEmpty())
                return list;
            const QStringList parts = inner.split(u',');
            for (const QString& p : parts)
                list.append(unquote(p.trimmed(), number));
            return list;
        }
        if (s == u"{}")
            return QVariantMap();
        if (s.startsWith(u'{'))
            fail(number, QStringLiteral("flow mappings are not supported"));
        return unquote(s, number);
    }

    void fail(int number, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("line %1: %2").arg(number).arg(what);
    }

    QVariant block(int indent)
    {
        if (m_pos >= m_lines.size())
            return {};
        return isSequenceItem(m_lines.at(m_pos).text) ? sequence(indent) : mapping(indent);
    }

    QVariant sequence(int indent)
    {
        QVariantList list;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            Line& line = m_lines[m_pos];
            if (line.indent != indent || !isSequenceItem(line.text))
                break;
            const QString rest = line.text.mid(1).trimmed();
            if (rest.isEmpty()) {
                ++m_pos;
                list.append(m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent
                        ? block(m_lines.at(m_pos).indent)
                        : QVariant());
            } else if (keyColon(rest) > 0) {
                // "- key: value": a mapping whose first key sits two columns in.
                line.indent = indent + 2;
                line.text = rest;
                list.append(mapping(indent + 2));
            } else {
                list.append(scalar(rest, line.number));
                ++m_pos;
            }
        }
        return list;
    }

    QVariant mapping(int indent)
    {
        QVariantMap map;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent)
                break;
            if (line.indent > indent) {
                fail(line.number, QStringLiteral("unexpected indentation"));
                break;
            }
            if (isSequenceItem(line.text))
                break;
            const int colon = keyColon(line.text);
            if (colon <= 0) {
                fail(line.number, QStringLiteral("expected \"key: value\""));
                break;
            }
            const QString key = unquote(line.text.left(colon).trimmed(), line.number);
            const QString value = line.text.mid(colon + 1).trimmed();
            if (map.contains(key))
                fail(line.number, QStringLiteral("duplicate key %1").arg(key));
            ++m_pos;
            if (!value.isEmpty()) {
                map.insert(key, scalar(value, line.number));
            } else if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent) {
                map.insert(key, block(m_lines.at(m_pos).indent));
            } else if (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent
                && isSequenceItem(m_lines.at(m_pos).text)) {
                map.insert(key, sequence(indent));
            } else {
                map.insert(key, QVariant());
            }
        }
        return map;
    }

    QList<Line> m_lines;
    int m_pos = 0;
    QString m_error;
};

} // namespace sitegov::test
