#include "probe/RobotsTxt.h"

#include <QStringList>
#include <QUrl>

namespace sitegov::probe {

RobotsTxt RobotsTxt::allowAll()
{
    return RobotsTxt{};
}

RobotsTxt RobotsTxt::disallowAll()
{
    RobotsTxt r;
    r.m_disallowAll = true;
    return r;
}

RobotsTxt RobotsTxt::parse(const QByteArray& text, const QString& productToken)
{
    struct Group
    {
        QStringList agents;
        QList<Rule> rules;
    };
    QList<Group> groups;
    bool inAgents = false;
    for (const QByteArray& rawLine : text.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString field = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (field == u"user-agent") {
            if (!inAgents)
                groups.append(Group{});
            groups.last().agents << value.toLower();
            inAgents = true;
        } else if (field == u"allow" || field == u"disallow") {
            if (groups.isEmpty())
                continue;
            inAgents = false;
            if (value.isEmpty())
                continue; // "Disallow:" allows everything
            groups.last().rules.append(Rule{field == u"allow", QUrl::fromPercentEncoding(value.toUtf8())});
        } else {
            inAgents = false;
        }
    }
    const QString token = productToken.toLower();
    RobotsTxt out;
    bool specific = false;
    for (const Group& g : groups) {
        const bool mine = g.agents.contains(token);
        if (mine) {
            if (!specific)
                out.m_rules.clear();
            specific = true;
            out.m_rules << g.rules;
        } else if (!specific && g.agents.contains(QStringLiteral("*"))) {
            out.m_rules << g.rules;
        }
    }
    return out;
}

bool RobotsTxt::matches(const QString& pattern, const QString& path)
{
    // "*" any run of characters, "$" at the end anchors; otherwise a prefix.
    const bool anchored = pattern.endsWith(u'$');
    const QString p = anchored ? pattern.chopped(1) : pattern;
    const QStringList parts = p.split(u'*');
    qsizetype at = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (i == 0) {
            if (!path.startsWith(part))
                return false;
            at = part.size();
            continue;
        }
        if (part.isEmpty())
            continue;
        const qsizetype found = path.indexOf(part, at);
        if (found < 0)
            return false;
        at = found + part.size();
    }
    if (anchored) {
        if (parts.size() > 1 && !parts.last().isEmpty())
            return path.endsWith(parts.last());
        return parts.size() > 1 || at == path.size();
    }
    return true;
}

const RobotsTxt::Rule* RobotsTxt::decide(const QString& path) const
{
    const Rule* best = nullptr;
    for (const Rule& r : m_rules) {
        if (!matches(r.path, path))
            continue;
        if (!best || r.path.size() > best->path.size() || (r.path.size() == best->path.size() && r.allow))
            best = &r;
    }
    return best;
}

bool RobotsTxt::allows(const QString& pathAndQuery) const
{
    const QString path = pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery;
    if (path == u"/robots.txt")
        return true;
    if (m_disallowAll)
        return false;
    const Rule* r = decide(path);
    return !r || r->allow;
}

QString RobotsTxt::ruleFor(const QString& pathAndQuery) const
{
    if (m_disallowAll)
        return QStringLiteral("robots.txt could not be read: nothing is fetched today");
    const Rule* r = decide(pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery);
    if (!r)
        return {};
    return (r->allow ? QStringLiteral("Allow: ") : QStringLiteral("Disallow: ")) + r->path;
}

} // namespace sitegov::probe
