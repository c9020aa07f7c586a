#pragma once

#include "probe/ProbeContext.h"
#include "storage/ProbeRecords.h"

#include <QDateTime>

namespace sitegov::probe {

// One availability probe of a site's homepage as the veto rule counts it: the page within the limit
// (15 s), or a failure classified by the step that failed. A failed first try is retried once after
// a short pause (ProbeContext::retryDelayMs): the probe's outcome is the retry's and the first try
// stays in the record beside it, so that a blip is seen, not hidden, and not counted as a failure.
// A homepage that the site's robots.txt forbids is not fetched (outcome Robots; not a probe).
class AvailabilityProber final
{
public:
    AvailabilityProber(Fetcher& fetcher, const ProbeContext& context);

    // `at`: the moment the probe counts for (the office clock's now).
    AvailabilityRecord probe(const ProbeTarget& target, const QDateTime& at);

private:
    Fetcher& m_fetcher;
    const ProbeContext& m_context;
};

} // namespace sitegov::probe
