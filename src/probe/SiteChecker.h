#pragma once

#include "probe/ProbeContext.h"
#include "storage/ProbeRecords.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace sitegov::probe {

class HtmlDocument;

// The daily check of one site (docs/design/probe.md): the homepage's freshness, the foot of the page
// against the registry, the links of the homepage and of the columns' first pages, each registered
// column's newest item (and, in a portal's designated repost column, the open key policy items), and
// the TLS certificate. It fetches, reads and judges; storage keeps the
// result (ProbeStore::recordSiteCheck), opening, renewing and resolving findings.
class SiteChecker final
{
public:
    SiteChecker(Fetcher& fetcher, const ProbeContext& context);

    // `suspected`: the links this site's last checks found failing once (ProbeStore::openSubjects):
    // one that fails again now is dead.
    SiteCheckRecord check(const ProbeTarget& target, const QDateTime& now, const QDate& today,
        const QStringList& suspected);

    // The designated repost column alone, for the open key policy items (between the daily checks).
    SiteCheckRecord checkReposts(const ProbeTarget& target, const QDateTime& now, const QDate& today);

private:
    struct LinkState;
    void checkHomepage(const ProbeTarget& target, const QDate& today, SiteCheckRecord& out,
        QList<QUrl>& pagesLinks, bool& homepageRead);
    void checkFooter(const ProbeTarget& target, const HtmlDocument& page, int fetch, SiteCheckRecord& out);
    void checkColumns(const ProbeTarget& target, const QDate& today, SiteCheckRecord& out, QList<QUrl>& pagesLinks,
        bool robotsReadable);
    // The open key policy items found in the site's designated repost column (docs/design/reposts.md).
    void findReposts(const ProbeTarget& target, const ProbeColumn& column, const HtmlDocument& page,
        const QStringList& items, const QDate& today, int fetch, SiteCheckRecord& out);
    void checkLinks(const ProbeTarget& target, const QList<QUrl>& links, const QStringList& suspected,
        SiteCheckRecord& out);
    void checkTls(const ProbeTarget& target, const QDateTime& now, SiteCheckRecord& out);
    bool allowedByRobots(const ProbeTarget& target, const QUrl& url, QString* rule);
    int addFetch(SiteCheckRecord& out, FetchRecord::Purpose purpose, const QUrl& url, const FetchResult& r,
        const QString& matched = {});

    Fetcher& m_fetcher;
    const ProbeContext& m_context;
};

} // namespace sitegov::probe
