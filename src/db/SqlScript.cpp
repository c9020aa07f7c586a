#include "db/SqlScript.h"

#include <QRegularExpression>

namespace sitegov {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Strips comments so that the statement's first words can be inspected.
QString leadingWords(const QString& statement)
{
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString s = statement;
    s.remove(comments);
    return s.simplified().left(64).toUpper();
}

bool startsTrigger(const QString& statement)
{
    static const QRegularExpression trigger(QStringLiteral(R"(^CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"));
    return trigger.match(leadingWords(statement)).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList out;
    QString current;
    int depth = 0; // BEGIN/CASE nesting inside a trigger body
    const int n = int(script.size());
    int i = 0;

    auto flush = [&]() {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty() && !leadingWords(trimmed).isEmpty())
            out.append(trimmed);
        current.clear();
        depth = 0;
    };

    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const int end = int(script.indexOf(u'\n', i));
            const int stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const int end = int(script.indexOf(QStringLiteral("*/"), i + 2));
            const int stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2; // doubled quote escapes itself
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int stop = j < n ? j + 1 : n;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c.isLetter() && (i == 0 || !isWordChar(script.at(i - 1)))) {
            int j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == u"BEGIN" || word == u"CASE") {
                if (depth > 0 || startsTrigger(current))
                    ++depth;
            } else if (word == u"END" && depth > 0) {
                --depth;
            }
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == u';' && depth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return out;
}

} // namespace sitegov
