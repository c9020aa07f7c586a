#include "probe/ResolveMap.h"

#include <Poco/Net/IPAddress.h>

namespace sitegov::probe {

Status ResolveMap::add(const QString& given)
{
    const QString rule = given.trimmed();
    // HOST:PORT:ADDRESS, the address possibly in brackets (IPv6).
    const qsizetype first = rule.indexOf(u':');
    const qsizetype second = first < 0 ? -1 : rule.indexOf(u':', first + 1);
    const auto bad = [&rule] {
        return Error{tr("\"%1\" is not a --resolve rule: write HOST:PORT:ADDRESS, for example "
                        "www.example.gov.cn:443:127.0.0.1 (or *:*:127.0.0.1 for every site).")
                         .arg(rule),
            {}};
    };
    if (first <= 0 || second <= first + 1)
        return bad();
    const QString host = rule.left(first).toLower();
    const QString port = rule.mid(first + 1, second - first - 1);
    QString address = rule.mid(second + 1);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    bool ok = port == u"*";
    if (!ok) {
        const int p = port.toInt(&ok);
        ok = ok && p > 0 && p < 65536;
    }
    Poco::Net::IPAddress check;
    if (!ok || !Poco::Net::IPAddress::tryParse(address.toStdString(), check))
        return bad();
    m_rules.insert(host + u':' + port, address);
    return {};
}

Result<ResolveMap> ResolveMap::parse(const QStringList& rules)
{
    ResolveMap map;
    for (const QString& r : rules) {
        if (const Status s = map.add(r); !s)
            return s.error();
    }
    return map;
}

QString ResolveMap::lookup(const QString& host, quint16 port) const
{
    if (m_rules.isEmpty())
        return {};
    const QString h = host.toLower();
    const QString p = QString::number(port);
    for (const QString& key : {h + u':' + p, h + QStringLiteral(":*"), QStringLiteral("*:") + p, QStringLiteral("*:*")}) {
        const auto it = m_rules.constFind(key);
        if (it != m_rules.constEnd())
            return *it;
    }
    return {};
}

} // namespace sitegov::probe
