#pragma once

#include "core/OfficeClock.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringModel.h"

#include <QDate>

namespace sitegov::server {

class ServerStore;

// sitegov-server --demo: registers the console demo's running sites (the same sites that
// `sitegovctl demo` builds, from the same seed) and stores their monthly assessments for the months
// up to the last full one, scored with the server's model. The data comes from the demo library
// (DemoAssessments, src/demo), which needs no database. Deterministic for a seed and a date. Only
// loads into a store without sites.
class DemoLoader final
{
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
