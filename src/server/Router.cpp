#include "server/Router.h"

#include <QUrl>

namespace sitegov::server {

void Router::add(const QString& method, const QString& pattern, std::optional<AccessToken::Scope> scope, bool takesBody,
    Handler handler, bool memoryOnly)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    r.scope = scope;
    r.takesBody = takesBody;
    r.memoryOnly = memoryOnly;
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

bool Router::matches(const Route& route, const QStringList& segments, QStringList* params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (int i = 0; i < segments.size(); ++i) {
        const QString& want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}

Router::Match Router::match(const QString& method, const QString& path) const
{
    Match m;
    if (!path.startsWith(u'/'))
        return m;
    // Split the raw path, then decode each segment (so that %2F stays inside its segment); keep
    // empty segments (other than the leading one) so that "/api/v1/sites/" does not match.
    QStringList segments = path.mid(1).split(u'/');
    for (QString& s : segments)
        s = QUrl::fromPercentEncoding(s.toUtf8());
    const QString wanted = method == u"HEAD" ? QStringLiteral("GET") : method;
    for (const Route& r : m_routes) {
        QStringList params;
        if (!matches(r, segments, &params))
            continue;
        if (r.method == wanted) {
            m.route = &r;
            m.params = params;
            m.allowed.clear();
            return m;
        }
        if (!m.allowed.contains(r.method))
            m.allowed.append(r.method);
        if (r.method == u"GET" && !m.allowed.contains(QStringLiteral("HEAD")))
            m.allowed.append(QStringLiteral("HEAD"));
    }
    return m;
}

} // namespace sitegov::server
