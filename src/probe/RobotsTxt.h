#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sitegov::probe {

// A site's robots.txt (RFC 9309), as the probe respects it unless the office turns that off for one
// of its own sites: the group for the probe's product token ("SiteGov-Probe"), else the group for
// "*"; the longest matching Allow or Disallow rule decides (Allow on a tie), with "*" and "$" in
// paths. No robots.txt (404, or any 4xx) allows everything; a server error or no answer at all
// allows nothing for the day, as the RFC asks.
class RobotsTxt final
{
public:
    static RobotsTxt parse(const QByteArray& text, const QString& productToken);
    static RobotsTxt allowAll();
    static RobotsTxt disallowAll();

    // Whether the path (with its query) may be fetched.
    bool allows(const QString& pathAndQuery) const;
    // The rule that decided the last allows() (for the evidence), empty when none did.
    QString ruleFor(const QString& pathAndQuery) const;

private:
    struct Rule
    {
        bool allow = false;
        QString path;
    };
    static bool matches(const QString& pattern, const QString& path);
    const Rule* decide(const QString& path) const;

    QList<Rule> m_rules;
    bool m_disallowAll = false;
};

} // namespace sitegov::probe
