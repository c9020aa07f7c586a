#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sitegov::probe {

// Addresses given instead of DNS, like curl's --resolve: "HOST:PORT:ADDRESS" sends connections to
// HOST on PORT to ADDRESS (the TLS name and the Host header stay HOST). HOST may be "*" for every
// name, and PORT "*" for every port, so that a test or a staging machine points every site at
// itself. IPv6 addresses are written in brackets: "www.example.gov.cn:443:[::1]".
class ResolveMap final
{
    Q_DECLARE_TR_FUNCTIONS(ResolveMap)

public:
    Status add(const QString& rule);
    static Result<ResolveMap> parse(const QStringList& rules);

    // The address to use for `host`:`port`, or empty when DNS decides.
    QString lookup(const QString& host, quint16 port) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QHash<QString, QString> m_rules; // "host:port" (lower case, * allowed) -> address
};

} // namespace sitegov::probe
