#pragma once

#include "core/Domain.h"
#include "core/Period.h"

#include <QList>
#include <QString>

namespace sitegov {

// The monthly draw of a spot-check plan (docs/design/domain.md, "Spot checks"): a reproducible,
// stratified sample of an office's running sites that prefers the sites not checked longest.
//
// - Strata: the sites are grouped by their host unit's level and their kind (the province's portal,
//   city departments, county portals, ...). Each stratum gives ceil(share × its size) sites, so that
//   every kind and level is in the plan and the plan holds at least ceil(share × all sites).
// - Rotation: within a stratum, the sites this office never checked come first, then those checked
//   longest ago; with a share of at least a third, every site comes up at least once in any three
//   consecutive months (and in general within ceil(size / drawn) months).
// - Reproducibility: ties are broken by a hash of the seed, the month and the site's code, which
//   is the same on every machine; the same candidates, month and seed give the same sample, in
//   whatever order the candidates come.
class SpotCheckSampler final
{
public:
    struct Candidate
    {
        qint64 siteId = 0;
        QString code;
        AdminLevel level = AdminLevel::Province; // of the host unit
        SiteKind kind = SiteKind::Portal;
        int lastCheckedMonth = -1; // Period::firstMonthIndex() of the office's last plan that held it; -1: never
    };

    struct Stratum
    {
        AdminLevel level = AdminLevel::Province;
        SiteKind kind = SiteKind::Portal;
        int size = 0;
        int drawn = 0;
    };

    struct Sample
    {
        QList<qint64> siteIds; // stratum by stratum, each in the order of preference
        QList<Stratum> strata; // by level, then kind
        int population = 0; // distinct candidates
        int required = 0; // ceil(share × population)
    };

    // The least number of sites a plan of `sharePercent` holds out of `population`.
    static int required(int population, int sharePercent);
    static Sample draw(const QList<Candidate>& candidates, const Period& month, int sharePercent, quint32 seed);
    // The tie-breaking rank of a site in a draw (a 64-bit hash, the same everywhere).
    static quint64 tieBreak(quint32 seed, const Period& month, const QString& code);
};

} // namespace sitegov
