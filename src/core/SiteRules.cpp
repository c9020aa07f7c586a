#include "core/SiteRules.h"

#include "core/Findings.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace sitegov {

using findings::error;
using findings::warning;

SiteRules::CodeShape SiteRules::codeShape(const QString& code)
{
    static const QRegularExpression local(QStringLiteral("^\\d{10}$"));
    static const QRegularExpression central(QStringLiteral("^bm\\d{8}$"), QRegularExpression::CaseInsensitiveOption);
    if (local.match(code).hasMatch())
        return CodeShape::Local;
    if (central.match(code).hasMatch())
        return CodeShape::Central;
    return CodeShape::Unusual;
}

bool SiteRules::isValidDomainName(const QString& domain)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    return re.match(domain).hasMatch();
}

QString SiteRules::portalLabel(const QString& domain)
{
    static const QRegularExpression re(QStringLiteral(R"(^www\.([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.gov\.cn$)"));
    const auto m = re.match(domain.toLower());
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList SiteRules::departmentLabels(const QString& domain)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.gov\.cn$)"));
    const auto m = re.match(domain.toLower());
    if (!m.hasMatch() || m.captured(1) == u"www")
        return {};
    return {m.captured(1), m.captured(2)};
}

bool SiteRules::mayRunSite(AdminLevel level, OrgKind kind)
{
    if (level == AdminLevel::Township)
        return false;
    if (level == AdminLevel::County && kind == OrgKind::Department)
        return false;
    return true;
}

QList<Finding> SiteRules::validate(const Site& site, const HostContext& host)
{
    QList<Finding> out;
    const QString code = site.code.trimmed();
    const QString domain = site.domain.trimmed().toLower();

    // Identifier code (网站标识码).
    if (code.isEmpty()) {
        out << error("code", tr("Give the site identifier code (网站标识码)."));
    } else {
        switch (codeShape(code)) {
        case CodeShape::Local:
            if (host.known && !host.divisionCode.isEmpty() && code.left(6) != host.divisionCode)
                out << error("code", tr("The identifier code %1 starts with the division code %2, but the host unit's "
                                        "division code is %3.")
                                         .arg(code, code.left(6), host.divisionCode));
            break;
        case CodeShape::Central:
            break;
        case CodeShape::Unusual:
            out << warning("code", tr("The identifier code %1 has an unusual shape: local sites have 10 digits (the "
                                      "division code and a 4-digit serial), central departments \"bm\" and 8 digits.")
                                       .arg(code));
            break;
        }
    }

    if (site.name.trimmed().isEmpty())
        out << error("name", tr("Give the site's name."));
    if (!host.known)
        out << error("host", tr("Choose the host unit (主办单位)."));
    else if (!host.active)
        out << error("host", tr("The host unit is deactivated: choose an active unit."));

    // Domain by kind: portals www.X.gov.cn, department sites Y.X.gov.cn.
    if (domain.isEmpty()) {
        out << error("domain", tr("Give the site's domain, for example www.fujian.gov.cn."));
    } else if (!isValidDomainName(domain)) {
        out << error("domain", tr("\"%1\" is not a valid domain name.").arg(site.domain.trimmed()));
    } else if (!domain.endsWith(QLatin1String(".gov.cn"))) {
        out << warning("domain", tr("Government sites use a .gov.cn domain; %1 does not.").arg(domain));
    } else if (site.kind == SiteKind::Portal) {
        const QString label = portalLabel(domain);
        if (label.isEmpty())
            out << warning("domain", tr("A portal's domain has the form www.X.gov.cn; %1 does not.").arg(domain));
        else if (host.known && !host.domainLabel.isEmpty() && label != host.domainLabel)
            out << warning("domain", tr("The portal's domain %1 does not match the unit's label \"%2\".")
                                         .arg(domain, host.domainLabel));
    } else if (site.kind == SiteKind::Department) {
        if (departmentLabels(domain).isEmpty())
            out << warning("domain", tr("A department site's domain has the form Y.X.gov.cn; %1 does not.").arg(domain));
    }

    // Address.
    const QUrl url(site.url.trimmed(), QUrl::StrictMode);
    if (site.url.trimmed().isEmpty()) {
        out << error("url", tr("Give the site's address, for example https://www.fujian.gov.cn/."));
    } else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        out << error("url", tr("\"%1\" is not a web address starting with http:// or https://.").arg(site.url.trimmed()));
    } else if (!domain.isEmpty() && url.host().toLower() != domain) {
        out << warning("url", tr("The address's host %1 differs from the domain %2.").arg(url.host(), domain));
    }

    // Dates and status.
    if (site.closedOn.isValid() && site.openedOn.isValid() && site.closedOn < site.openedOn)
        out << error("closed_on", tr("The closing date is before the opening date."));
    if (site.status == SiteStatus::Closed && !site.closedOn.isValid())
        out << error("closed_on", tr("Give the date the site was closed."));
    if (site.status != SiteStatus::Closed && site.closedOn.isValid())
        out << error("closed_on", tr("Only a closed site has a closing date."));
    if (site.status == SiteStatus::Operating && !site.openedOn.isValid())
        out << warning("opened_on", tr("The date the site went live is missing."));

    // Filings: an operating site shows its ICP and public-security filing numbers.
    static const QRegularExpression icp(QStringLiteral(R"(ICP备\d{6,10}号)"));
    if (!site.icpFiling.trimmed().isEmpty() && !icp.match(site.icpFiling).hasMatch())
        out << warning("icp_filing", tr("The ICP filing number usually looks like 闽ICP备05012345号."));
    if (site.status == SiteStatus::Operating && site.icpFiling.trimmed().isEmpty())
        out << warning("icp_filing", tr("An operating site shows its ICP filing number."));
    if (site.status == SiteStatus::Operating && site.psbFiling.trimmed().isEmpty())
        out << warning("psb_filing", tr("An operating site shows its public-security filing number."));

    // One site per unit, and who may run one at all.
    if (host.known && site.kind != SiteKind::Special && site.status != SiteStatus::Closed && host.otherOpenSites > 0) {
        if (host.secondSiteFlagged)
            out << warning("host", tr("The host unit already runs a site: both are flagged to be merged (one unit runs at "
                                      "most one site)."));
        else
            out << error("host", tr("The host unit already runs a site: one unit runs at most one site. Merge them, or "
                                    "close the other site first."));
    }
    if (!host.domainTakenBy.isEmpty() && site.status != SiteStatus::Closed)
        out << error("domain", tr("%1 is already the domain of %2: a domain belongs to one site.")
                                   .arg(site.domain.trimmed().toLower(), host.domainTakenBy));
    if (host.known && !mayRunSite(host.level, host.kind) && site.status != SiteStatus::Closed)
        out << warning("host", tr("Townships, streets and county-level departments in principle run no site of their "
                                  "own (原则上不开设): this site is due for migration or closure."));
    return out;
}

bool SiteRules::hasErrors(const QList<Finding>& findings)
{
    for (const Finding& f : findings) {
        if (f.isError())
            return true;
    }
    return false;
}

QString SiteRules::summary(const QList<Finding>& findings, Finding::Severity severity)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.severity == severity)
            out << f.message;
    }
    return out.join(u'\n');
}

} // namespace sitegov
