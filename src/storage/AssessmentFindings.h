#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringRules.h"
#include "storage/ProbeQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>

namespace sitegov {

// A problem already on record for a site in a period, shown in the assessment form beside the veto
// item or indicator it concerns.
struct SiteFinding
{
    enum class Source
    {
        Inspection,
        Rectification
    };
    Source source = Source::Inspection;
    QString checklistItem; // the daily checklist's item it concerns (inspections, rectifications)
    QString text; // in the user's language
    QDate day; // the latest day it was seen
    int count = 1;
    qint64 rectificationId = 0;
};

// What the period's records already say about a site, for the checker: failed items of the daily
// inspections of the period and unresolved rectification items opened by its end, placed through the
// rule set's checklist mapping (resources/scoring/rules-2019.json).
class AssessmentFindings final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentFindings)

public:
    explicit AssessmentFindings(QSqlDatabase db);

    Result<QList<SiteFinding>> inspections(qint64 siteId, const Period& period);

    // The findings by the evidence key of the veto items and indicators they concern (one finding may
    // concern several: "key columns up to date" bears on a veto item and an indicator).
    static QMap<QString, QList<SiteFinding>> byEvidenceKey(
        const ScoringRules& rules, const QList<SiteFinding>& findings);

    // What sitegov-probe measured over the period (ProbeQueries::evidence) that bears on a veto item,
    // in words, by the item's evidence key: the availability probes and each failed one for
    // "veto:unreachable", the homepage's freshness for "veto:homepage_stale", stale and blank
    // columns for "veto:columns_stale". Empty where the probe measured nothing.
    static QMap<QString, QStringList> probeByEvidenceKey(const ProbeEvidence& evidence);
    // At most this many failed probes are listed one by one.
    static constexpr int kMaxProbesListed = 5;

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
