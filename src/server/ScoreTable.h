#pragma once

#include "core/Period.h"
#include "server/ServerStore.h"

#include <QHash>
#include <QList>

namespace sitegov::server {

// The scores of one period, one entry per site, ranked within each administrative level.
//
// A site's score for a period is its assessment stored for that period when there is one;
// otherwise (for a quarter or a year) the mean of its monthly assessments inside the period:
// deduction score, counted bonus, total and category scores are the means (two decimals), the veto
// items are every month's together, and it passes when no month had a veto and the mean deduction
// score reaches the pass mark.
//
// Ranks are within the level (province, city, county, township): passing sites first, then by total,
// highest first; equal sites share a rank (1, 2, 2, 4). Entries are ordered by (rank, site code),
// the order the API pages through.
class ScoreTable final
{
public:
    struct Entry
    {
        ServerStore::ScoreRow row; // site facts and the (possibly averaged) score card
        int assessments = 0; // stored assessments behind the score
        int rank = 0;
        int rankOf = 0; // sites ranked in the level
    };

    static ScoreTable build(const Period& period, const QList<ServerStore::ScoreRow>& rows, double passMark);

    const Period& period() const { return m_period; }
    const QList<Entry>& entries() const { return m_entries; }
    // A digest of every entry as served (hex): it changes whenever any score, rank or site fact of
    // the period changes. Pages carry it, so that the first page's ETag stands for all the pages.
    const QByteArray& digest() const { return m_digest; }
    const Entry* find(const QString& siteCode) const;

private:
    Period m_period;
    QList<Entry> m_entries;
    QHash<QString, int> m_bySite;
    QByteArray m_digest;
};

} // namespace sitegov::server
