#pragma once

#include "core/FieldError.h"
#include "core/Period.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sitegov::server {

// The query string of a request: percent-decoded, each name at most once, only the names an
// endpoint knows. Problems come back as FieldErrors naming the parameter.
class QueryParams final
{
    Q_DECLARE_TR_FUNCTIONS(QueryParams)

public:
    static std::optional<FieldError> parse(const QByteArray& rawQuery, QueryParams* out);

    std::optional<FieldError> allowOnly(const QStringList& names) const;
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    bool isEmpty() const { return m_values.isEmpty(); }

    std::optional<FieldError> period(const QString& name, bool required, Period* out) const;
    std::optional<FieldError> integer(const QString& name, int min, int max, int* out) const;

private:
    QMap<QString, QString> m_values;
};

} // namespace sitegov::server
