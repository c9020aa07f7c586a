#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// The registry's headline figures for the dashboard, within a unit's jurisdiction (the sites its
// units and those under them host; 0: everywhere). Computed in SQL; call it off the GUI thread.
struct RegistryFigures
{
    int units = 0;
    int sitesTotal = 0;
    int operating = 0;
    int migrating = 0;
    int planned = 0;
    int closed = 0;
    int onUnifiedPlatform = 0; // of the sites not closed
    int flaggedForConsolidation = 0; // township/street or county-department sites not yet closed

    int notClosed() const { return sitesTotal - closed; }
    // Share of sites not closed that run on the unified platform, 0..100.
    double consolidationPercent() const { return notClosed() == 0 ? 100.0 : 100.0 * onUnifiedPlatform / notClosed(); }
};

class RegistryStats final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryStats)

public:
    static Result<RegistryFigures> compute(const QSqlDatabase& db, qint64 withinUnitId = 0);
};

} // namespace sitegov
