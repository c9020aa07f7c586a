#pragma once

#include "probe/Fetcher.h"

#include <QString>

namespace sitegov::probe {

class RobotsCache;

// What the checks of one probe process share: the fetch settings (addresses, User-Agent, trust,
// limits, the politeness gate), the robots.txt cache and the link checker's bounds.
struct ProbeContext
{
    FetchSettings fetch;
    RobotsCache* robots = nullptr; // none: robots.txt is not read (tests of one check)
    int retryDelayMs = 5000; // before the retry of a failed availability probe [SiteGov]
    int maxLinksPerPage = 200; // links checked on one page [SiteGov]
    int maxLinksPerSite = 400; // and on one site in one daily check
    bool checkOffsiteLinks = true;
};

} // namespace sitegov::probe
