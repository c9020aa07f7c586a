#pragma once

#include "core/OfficeClock.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringModel.h"

#include <QCoreApplication>
#include <QDate>

namespace sitegov::server {

class ServerStore;

// sitegov-server --demo: registers the console demo's running sites (the same sites that
// `sitegovctl demo` builds, from the same seed) and gives each of them monthly assessments for the
// months up to the last full one: most sites score 70 to 95, a few fall below 60, a few months
// carry a veto, some portals earn a bonus, and some department sites have no public services.
// Deterministic for a seed and a date. Only loads into a store without sites.
class DemoLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)

public:
    struct Options
    {
        quint32 seed = 2017;
        QDate today = OfficeClock::today(); // the office's calendar day
        int months = 24;
    };

    struct Summary
    {
        bool loaded = false; // false: the store already held sites and was left as it was
        int sites = 0;
        int assessments = 0;
        Period first;
        Period last;
    };

    static Result<Summary> load(ServerStore& store, const ScoringModel& model, const Options& options);
};

} // namespace sitegov::server
