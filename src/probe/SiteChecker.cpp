#include "probe/SiteChecker.h"

#include "core/ColumnSelector.h"
#include "core/DateScanner.h"
#include "core/OfficeClock.h"
#include "core/RepostRules.h"
#include "probe/FooterScan.h"
#include "probe/HtmlDocument.h"
#include "probe/RobotsCache.h"

#include <QRegularExpression>
#include <QSet>

namespace sitegov::probe {

namespace {

// The line of `text` around a position: what a date or a code was read from.
QString lineAround(const QString& text, qsizetype position)
{
    const qsizetype start = text.lastIndexOf(u'\n', position) + 1;
    qsizetype end = text.indexOf(u'\n', position);
    if (end < 0)
        end = text.size();
    QString line = text.mid(start, end - start);
    if (line.size() > 200) {
        const qsizetype at = position - start;
        line = line.mid(std::max<qsizetype>(0, at - 80), 200);
    }
    return line.simplified();
}

bool sameSite(const QUrl& link, const ProbeTarget& target)
{
    const QString host = link.host().toLower();
    return host == target.domain.toLower() || host == QUrl(target.url).host().toLower();
}

bool isException(const QString& url, const QStringList& patterns)
{
    for (const QString& p : patterns) {
        if (p.contains(u'*')) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(p,
                QRegularExpression::UnanchoredWildcardConversion));
            if (re.match(url).hasMatch())
                return true;
        } else if (url.startsWith(p)) {
            return true;
        }
    }
    return false;
}

} // namespace

SiteChecker::SiteChecker(Fetcher& fetcher, const ProbeContext& context)
    : m_fetcher(fetcher)
    , m_context(context)
{
}

int SiteChecker::addFetch(SiteCheckRecord& out, FetchRecord::Purpose purpose, const QUrl& url, const FetchResult& r,
    const QString& matched)
{
    FetchRecord f;
    f.purpose = purpose;
    f.at = OfficeClock::nowUtc();
    f.url = url.toString();
    f.outcome = r.outcome;
    f.httpStatus = r.status;
    f.latencyMs = r.latencyMs;
    f.bytes = r.bytes;
    f.sha256 = r.sha256;
    f.matched = matched;
    f.detail = r.detail;
    if (r.finalUrl.isValid() && r.finalUrl != url)
        f.detail = (f.detail + QStringLiteral(" (answered at %1)").arg(r.finalUrl.toString())).trimmed();
    out.fetches.append(f);
    return int(out.fetches.size() - 1);
}

bool SiteChecker::allowedByRobots(const ProbeTarget& target, const QUrl& url, QString* rule)
{
    if (!m_context.robots || target.settings.ignoreRobots)
        return true;
    const RobotsCache::Entry e = m_context.robots->get(m_fetcher, url);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    if (e.rules.allows(path))
        return true;
    if (rule)
        *rule = e.rules.ruleFor(path);
    return false;
}

SiteCheckRecord SiteChecker::check(const ProbeTarget& target, const QDateTime& now, const QDate& today,
    const QStringList& suspected)
{
    SiteCheckRecord out;
    out.siteId = target.siteId;
    out.at = now;
    QList<QUrl> links;
    bool homepageRead = false;
    checkHomepage(target, today, out, links, homepageRead);
    // Robots.txt that cannot be read forbids the pages beyond the homepage for the day.
    bool robotsReadable = true;
    if (m_context.robots && !target.settings.ignoreRobots) {
        robotsReadable = m_context.robots->get(m_fetcher, QUrl(target.url)).state != RobotsCache::State::Unreachable;
    }
    checkColumns(target, today, out, links, robotsReadable);
    if (homepageRead && robotsReadable)
        checkLinks(target, links, suspected, out);
    checkTls(target, now, out);
    return out;
}

void SiteChecker::checkHomepage(const ProbeTarget& target, const QDate& today, SiteCheckRecord& out,
    QList<QUrl>& pageLinks, bool& homepageRead)
{
    const QUrl url(target.url);
    QString rule;
    out.covered << FindingKind::RobotsBlocked;
    if (!allowedByRobots(target, url, &rule)) {
        FetchResult blocked;
        blocked.outcome = ProbeOutcome::Robots;
        blocked.detail = rule;
        const int f = addFetch(out, FetchRecord::Purpose::Robots, url, blocked, rule);
        out.findings.append({FindingKind::RobotsBlocked, QString(), rule, QString(), f});
        return;
    }
    const FetchResult r = m_fetcher.fetch(url);
    out.covered << FindingKind::AccessRefused;
    if (!r.ok()) {
        const int f = addFetch(out, FetchRecord::Purpose::Home, url, r);
        out.homepageFetch = f;
        if (r.outcome == ProbeOutcome::HttpStatus && (r.status == 401 || r.status == 403)) {
            out.findings.append(
                {FindingKind::AccessRefused, QString(), QStringLiteral("HTTP %1").arg(r.status), QString(), f});
        }
        // The page was not read: its freshness and its foot are not judged today.
        return;
    }
    HtmlDocument page = HtmlDocument::parse(r.body, r.contentType, r.finalUrl);
    const QString text = page.text();
    const auto newest = DateScanner::newest(text, today);
    const QString matched = newest ? lineAround(text, text.indexOf(newest->text)) : QString();
    const int f = addFetch(out, FetchRecord::Purpose::Home, url, r, matched);
    out.homepageFetch = f;
    homepageRead = true;
    out.homepageNewest = newest ? newest->date : QDate();
    out.covered << FindingKind::HomepageStale << FindingKind::HomepageAging << FindingKind::HomepageUndated;
    if (const auto finding = ProbeRules::homepage(out.homepageNewest, today)) {
        out.findings.append({*finding, QString(),
            newest ? newest->date.toString(Qt::ISODate) : QString(), QString(), f});
    }
    checkFooter(target, page, f, out);
    for (const HtmlDocument::Link& l : page.links()) {
        if (pageLinks.size() >= m_context.maxLinksPerPage)
            break;
        pageLinks.append(l.url);
    }
}

void SiteChecker::checkFooter(const ProbeTarget& target, const HtmlDocument& page, int fetch, SiteCheckRecord& out)
{
    const FooterFacts facts = FooterScan::scan(page);
    out.covered << FindingKind::ErrorEntryMissing << FindingKind::SiteCodeMissing << FindingKind::SiteCodeMismatch
                << FindingKind::IcpMissing << FindingKind::IcpMismatch << FindingKind::PsbMissing
                << FindingKind::PsbMismatch << FindingKind::ConacMissing;
    QStringList evidence;
    if (!facts.errorEntry)
        out.findings.append({FindingKind::ErrorEntryMissing, QString(), QString(), QString(), fetch});
    else
        evidence << facts.errorEntryEvidence;
    if (facts.siteCode.isEmpty())
        out.findings.append({FindingKind::SiteCodeMissing, QString(), QString(), target.code, fetch});
    else if (!FooterScan::sameSiteCode(facts.siteCode, target.code))
        out.findings.append({FindingKind::SiteCodeMismatch, QString(), facts.siteCodeEvidence, target.code, fetch});
    if (!facts.siteCode.isEmpty())
        evidence << facts.siteCodeEvidence;
    if (facts.icp.isEmpty())
        out.findings.append({FindingKind::IcpMissing, QString(), QString(), target.icpFiling, fetch});
    else if (!target.icpFiling.isEmpty() && !FooterScan::sameIcp(facts.icp, target.icpFiling))
        out.findings.append({FindingKind::IcpMismatch, QString(), facts.icpEvidence, target.icpFiling, fetch});
    if (facts.psb.isEmpty())
        out.findings.append({FindingKind::PsbMissing, QString(), QString(), target.psbFiling, fetch});
    else if (!target.psbFiling.isEmpty() && !FooterScan::samePsb(facts.psb, target.psbFiling))
        out.findings.append({FindingKind::PsbMismatch, QString(), facts.psbEvidence, target.psbFiling, fetch});
    if (!facts.conac)
        out.findings.append({FindingKind::ConacMissing, QString(), QString(), QString(), fetch});
    // The homepage's evidence says what the foot showed, besides the newest date.
    if (fetch >= 0 && fetch < out.fetches.size()) {
        QString& matched = out.fetches[fetch].matched;
        for (const QString& e : {facts.siteCodeEvidence, facts.icpEvidence, facts.psbEvidence}) {
            if (!e.isEmpty())
                matched += (matched.isEmpty() ? QString() : QStringLiteral("\n")) + e;
        }
    }
}

void SiteChecker::checkColumns(const ProbeTarget& target, const QDate& today, SiteCheckRecord& out,
    QList<QUrl>& pageLinks, bool robotsReadable)
{
    out.covered << FindingKind::ColumnStale << FindingKind::ColumnBlank << FindingKind::ColumnUnreachable;
    for (const ProbeColumn& c : target.columns) {
        const QUrl url(c.url);
        const QString subject = QString::number(c.id);
        ColumnObservation obs;
        obs.columnId = c.id;
        QString rule;
        if (!robotsReadable || !allowedByRobots(target, url, &rule)) {
            // Not fetched: the column keeps its findings until it can be read again.
            out.covered.removeAll(FindingKind::ColumnStale);
            out.covered.removeAll(FindingKind::ColumnBlank);
            out.covered.removeAll(FindingKind::ColumnUnreachable);
            continue;
        }
        const FetchResult r = m_fetcher.fetch(url);
        if (!r.ok()) {
            obs.state = ColumnState::Unreachable;
            obs.fetch = addFetch(out, FetchRecord::Purpose::Column, url, r);
            out.columns.append(obs);
            out.findings.append({FindingKind::ColumnUnreachable, subject,
                r.outcome == ProbeOutcome::HttpStatus ? QStringLiteral("HTTP %1").arg(r.status)
                                                      : ProbeVocabulary::key(r.outcome),
                QString(), obs.fetch});
            continue;
        }
        HtmlDocument page = HtmlDocument::parse(r.body, r.contentType, r.finalUrl);
        const auto selector = ColumnSelector::parse(c.selector);
        const QStringList items = page.items(selector ? *selector : ColumnSelector());
        obs.items = int(items.size());
        QString matched;
        std::optional<FoundDate> newest;
        for (const QString& item : items) {
            const auto d = DateScanner::newest(item, today);
            if (d && (!newest || d->date > newest->date)) {
                newest = d;
                matched = item;
            }
        }
        if (items.isEmpty()) {
            obs.state = ColumnState::Blank;
        } else {
            obs.newest = newest ? newest->date : QDate();
            obs.state = ProbeRules::columnStale(c.kind, obs.newest, today) ? ColumnState::Stale : ColumnState::Fresh;
            if (matched.isEmpty())
                matched = items.constFirst();
        }
        obs.fetch = addFetch(out, FetchRecord::Purpose::Column, url, r, matched.left(300));
        out.columns.append(obs);
        if (c.repost)
            findReposts(target, c, page, items, today, obs.fetch, out);
        if (obs.state == ColumnState::Blank)
            out.findings.append({FindingKind::ColumnBlank, subject, QString(), QString(), obs.fetch});
        else if (obs.state == ColumnState::Stale)
            out.findings.append({FindingKind::ColumnStale, subject,
                obs.newest.isValid() ? obs.newest.toString(Qt::ISODate) : QString(),
                ProbeRules::columnDeadline(c.kind, today).toString(Qt::ISODate), obs.fetch});
        // The column's first page: its links are checked with the homepage's.
        int added = 0;
        for (const HtmlDocument::Link& l : page.links()) {
            if (added++ >= m_context.maxLinksPerPage)
                break;
            if (!pageLinks.contains(l.url))
                pageLinks.append(l.url);
        }
    }
}

SiteCheckRecord SiteChecker::checkReposts(const ProbeTarget& target, const QDateTime& now, const QDate& today)
{
    SiteCheckRecord out;
    out.siteId = target.siteId;
    out.at = now;
    out.repostsOnly = true;
    if (target.policies.isEmpty())
        return out;
    for (const ProbeColumn& c : target.columns) {
        if (!c.repost)
            continue;
        const QUrl url(c.url);
        if (!allowedByRobots(target, url, nullptr))
            continue;
        const FetchResult r = m_fetcher.fetch(url);
        if (!r.ok()) {
            addFetch(out, FetchRecord::Purpose::Column, url, r);
            continue;
        }
        const HtmlDocument page = HtmlDocument::parse(r.body, r.contentType, r.finalUrl);
        const auto selector = ColumnSelector::parse(c.selector);
        const QStringList items = page.items(selector ? *selector : ColumnSelector());
        const int fetch = addFetch(out, FetchRecord::Purpose::Column, url, r, items.value(0).left(300));
        findReposts(target, c, page, items, today, fetch, out);
    }
    return out;
}

void SiteChecker::findReposts(const ProbeTarget& target, const ProbeColumn& column, const HtmlDocument& page,
    const QStringList& items, const QDate& today, int fetch, SiteCheckRecord& out)
{
    if (target.policies.isEmpty())
        return;
    const QList<HtmlDocument::Link> links = page.links();
    for (const PolicyWatch& w : target.policies) {
        for (const QString& line : items) {
            if (!RepostRules::lineMatches(line, w.titleKey))
                continue;
            // A line dated before the item's publication is an older piece of the same title.
            const auto d = DateScanner::newest(line, today);
            if (d && d->date < w.publishedAt.date())
                continue;
            RepostObservation o;
            o.itemId = w.itemId;
            o.columnId = column.id;
            o.publishedAt = w.publishedAt;
            o.url = column.url;
            for (const HtmlDocument::Link& l : links) {
                if (RepostRules::lineMatches(l.text, w.titleKey)) {
                    o.url = l.url.toString();
                    break;
                }
            }
            o.matched = line.left(300);
            o.fetch = fetch;
            out.reposts.append(o);
            break;
        }
    }
}

void SiteChecker::checkLinks(const ProbeTarget& target, const QList<QUrl>& links, const QStringList& suspected,
    SiteCheckRecord& out)
{
    out.covered << FindingKind::DeadLink << FindingKind::SuspectedLink;
    const QSet<QString> before(suspected.cbegin(), suspected.cend());
    const QString home = QUrl(target.url).adjusted(QUrl::StripTrailingSlash).toString();
    int checked = 0;
    for (const QUrl& link : links) {
        if (checked >= m_context.maxLinksPerSite)
            break;
        const QString address = link.toString();
        if (isException(address, target.settings.linkExceptions))
            continue;
        const bool inSite = sameSite(link, target);
        if (!inSite && !m_context.checkOffsiteLinks)
            continue;
        if (link.adjusted(QUrl::StripTrailingSlash).toString() == home)
            continue; // the homepage itself: the availability probes measure it
        if (!allowedByRobots(target, link, nullptr))
            continue;
        ++checked;
        // HEAD first; servers that do not answer HEAD properly get a GET.
        FetchResult r = m_fetcher.fetch(link, Fetcher::Method::Head, false);
        if (!r.ok() && r.outcome != ProbeOutcome::Dns && r.status != 404 && r.status != 410)
            r = m_fetcher.fetch(link, Fetcher::Method::Get, false);
        if (r.ok())
            continue;
        ++out.linksFailed;
        const int f = addFetch(out, FetchRecord::Purpose::Link, link, r);
        const QString found = r.outcome == ProbeOutcome::HttpStatus ? QStringLiteral("HTTP %1").arg(r.status)
                                                                    : ProbeVocabulary::key(r.outcome);
        // In-site 404 and 410 are dead at once; any other failure is suspected until it repeats.
        const bool gone = r.outcome == ProbeOutcome::HttpStatus && (r.status == 404 || r.status == 410);
        const bool dead = (inSite && gone) || before.contains(address);
        out.findings.append({dead ? FindingKind::DeadLink : FindingKind::SuspectedLink, address, found, QString(), f});
    }
    out.linksChecked = checked;
}

void SiteChecker::checkTls(const ProbeTarget& target, const QDateTime& now, SiteCheckRecord& out)
{
    // The registered address's own port when it is HTTPS already; else HTTPS on the usual port.
    const QUrl site(target.url);
    const bool https = site.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const QString host = https || target.domain.isEmpty() ? site.host() : target.domain;
    const quint16 port = https ? quint16(site.port(443)) : quint16(443);
    if (host.isEmpty())
        return;
    const FetchResult r = m_fetcher.certificate(host, port);
    out.covered << FindingKind::TlsExpiring << FindingKind::TlsExpired << FindingKind::TlsInvalid
                << FindingKind::HttpsUnavailable;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    if (port != 443)
        url.setPort(port);
    url.setPath(QStringLiteral("/"));
    QString matched;
    if (r.certificateExpires.isValid()) {
        matched = QStringLiteral("CN=%1; expires %2; issuer %3")
                      .arg(r.certificateSubject, r.certificateExpires.toString(Qt::ISODate), r.certificateIssuer);
    }
    const int f = addFetch(out, FetchRecord::Purpose::Tls, url, r, matched);
    out.tlsExpires = r.certificateExpires;
    if (r.outcome == ProbeOutcome::Dns || r.outcome == ProbeOutcome::Connect) {
        out.findings.append({FindingKind::HttpsUnavailable, QString(), ProbeVocabulary::key(r.outcome), QString(), f});
        return;
    }
    if (r.certificateExpires.isValid() && r.certificateExpires <= now) {
        out.findings.append({FindingKind::TlsExpired, QString(), r.certificateExpires.toString(Qt::ISODate), QString(), f});
        return;
    }
    if (!r.ok()) {
        out.findings.append({r.certificateExpires.isValid() ? FindingKind::TlsInvalid : FindingKind::HttpsUnavailable,
            QString(), r.detail.left(300), QString(), f});
        if (!r.certificateExpires.isValid())
            return;
    }
    const int daysLeft = int(now.secsTo(r.certificateExpires) / 86400);
    const int level = ProbeRules::tlsLevel(daysLeft);
    if (level > 0) {
        out.findings.append({FindingKind::TlsExpiring, QString::number(level),
            QStringLiteral("%1 days (%2)").arg(daysLeft).arg(r.certificateExpires.toString(Qt::ISODate)), QString(), f});
    }
}

} // namespace sitegov::probe
