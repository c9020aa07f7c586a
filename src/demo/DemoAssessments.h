#pragma once

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoreInput.h"
#include "core/ScoringRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sitegov {

// The demo's monthly performance assessments (绩效考核) of the console demo's running sites, as
// sitegov-server --demo stores them: most sites score 70 to 95, a few fall below 60, a few months
// carry a veto, some portals earn a bonus, and some department sites have no public services.
// Deterministic for a seed and a date; only the domain's types (no database).
class DemoAssessments final
{
    Q_DECLARE_TR_FUNCTIONS(DemoAssessments)

public:
    struct Options
    {
        quint32 seed = 2017;
        QDate today = OfficeClock::today(); // the office's calendar day
        int months = 24;
    };

    struct AssessedSite
    {
        QString code;
        QString name;
        AdminLevel level = AdminLevel::Province; // of its host unit
        SiteKind kind = SiteKind::Portal;
        QString divisionCode; // of its host unit
        bool publicServices = true;
    };

    struct Assessment
    {
        QString siteCode;
        Period period;
        ScoreInput input;
    };

    QList<AssessedSite> sites; // the operating and migrating sites of the demo registry, by code
    QList<Period> months;      // the months up to the last full one, oldest first
    QList<Assessment> assessments; // site by site, month by month

    static Result<DemoAssessments> generate(const ScoringRules& rules, const Options& options);
    // The sites of generate() with their public services, as it draws them for `seed`: the demo
    // console's spot checks assess those sites with the same facts, so that the demo backend takes
    // and scores their assessments as the console does.
    static Result<QList<AssessedSite>> assessedSites(quint32 seed);
};

} // namespace sitegov
