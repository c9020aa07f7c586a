#include "server/QueryParams.h"

#include <QUrl>

namespace sitegov::server {

std::optional<FieldError> QueryParams::parse(const QByteArray& rawQuery, QueryParams* out)
{
    QueryParams params;
    if (rawQuery.size() > 4096)
        return FieldError{QStringLiteral("query"), tr("the query string is too long")};
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString name = QUrl::fromPercentEncoding(rawName);
        const QString value = QUrl::fromPercentEncoding(QByteArray(rawValue).replace('+', ' '));
        const QString shown = name.left(64);
        if (name.isEmpty())
            return FieldError{QStringLiteral("query"), tr("a parameter has no name")};
        if (params.m_values.contains(name))
            return FieldError{shown, tr("is given more than once")};
        params.m_values.insert(name, value);
    }
    *out = std::move(params);
    return std::nullopt;
}

std::optional<FieldError> QueryParams::allowOnly(const QStringList& names) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!names.contains(it.key())) {
            QString shown;
            for (const QChar c : it.key().left(64))
                shown.append(c.isPrint() ? c : QChar(u'?'));
            return FieldError{shown,
                names.isEmpty() ? tr("unknown parameter: this endpoint takes none")
                                : tr("unknown parameter (known: %1)").arg(names.join(QStringLiteral(", ")))};
        }
    }
    return std::nullopt;
}

std::optional<FieldError> QueryParams::period(const QString& name, bool required, Period* out) const
{
    if (!has(name)) {
        if (required)
            return FieldError{name, tr("is required (YYYY-MM, YYYY-Qn or YYYY)")};
        *out = Period();
        return std::nullopt;
    }
    const auto p = Period::parse(value(name));
    if (!p)
        return FieldError{name, p.error().message};
    *out = *p;
    return std::nullopt;
}

std::optional<FieldError> QueryParams::integer(const QString& name, int min, int max, int* out) const
{
    if (!has(name))
        return std::nullopt;
    const QString text = value(name);
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max || text.startsWith(u'+') || text.trimmed() != text)
        return FieldError{name, tr("must be a whole number from %1 to %2").arg(min).arg(max)};
    *out = v;
    return std::nullopt;
}

} // namespace sitegov::server
