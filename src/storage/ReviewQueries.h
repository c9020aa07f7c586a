#pragma once

#include "core/Inspection.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

// A unit that owes a signed weekly review (一周一点评) for a week.
struct MissingReview
{
    qint64 unitId = 0;
    QString unitName;
    int operatingSites = 0; // hosted by the unit
    bool hasDraft = false; // a review was started but not signed
};

// Read-side queries over weekly_reviews (migration 0006). A unit owes a review for a week when it
// hosts at least one operating site now; it has one when a review of that week is signed.
// Call these off the GUI thread.
class ReviewQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueries)

public:
    explicit ReviewQueries(QSqlDatabase db);

    // Units under `unitId` (itself included; 0: all units) with operating sites and no signed
    // review for `week`.
    Result<int> missingCount(qint64 unitId, const IsoWeek& week) const;
    // The same units, by name, at most `limit` of them.
    Result<QList<MissingReview>> missing(qint64 unitId, const IsoWeek& week, int limit = 1000) const;
    // Units under `unitId` that owe a review at all (host an operating site).
    Result<int> expectedCount(qint64 unitId) const;

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
