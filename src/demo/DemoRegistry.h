#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QRandomGenerator;

namespace sitegov {

// A unit of the demo registry, before it has a number in any database.
struct DemoUnit
{
    int parent = -1; // index in DemoRegistry::units; -1: none (the province)
    QString name;
    AdminLevel level = AdminLevel::Province;
    OrgKind kind = OrgKind::Government;
    QString divisionCode;
    QString domainLabel;
};

// A site of the demo registry. `site` has no numbers: its host and supervisor are units of the plan.
struct DemoSite
{
    Site site;
    int host = -1;       // index in DemoRegistry::units
    int supervisor = -1; // index in DemoRegistry::units; -1: none
    int afterUnit = -1;  // registered right after this unit (the order the registry is built in)
    bool duplicate = false; // a second site of its unit, registered as such (flagged for merging)
};

// The Fujian demo registry as data: the province, its nine cities and Pingtan, their counties with
// real division codes (resources/demo/fujian.json), departments at every level, townships, and a few
// hundred sites across levels, kinds, statuses and platforms, as the consolidation of 2017 left
// them. The same seed gives the same registry.
//
// Only the domain's types: the console's demo (DemoBuilder) registers it through the audited
// services, and sitegov-server --demo (DemoAssessments) scores its running sites, without a
// database.
class DemoRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegistry)

public:
    struct City
    {
        QString name;   // 福州
        QString code;   // 350100
        QString pinyin; // fuzhou: the demo account approver-fuzhou
    };

    QList<DemoUnit> units; // in the order they are registered, parents first
    QList<DemoSite> sites; // in the order they are registered
    QList<City> cities;

    // Draws from `rng` in a fixed order: the caller may go on drawing from it for what it builds next.
    static Result<DemoRegistry> plan(QRandomGenerator& rng);

    // The index of the government of `divisionCode` (a city or county code), -1 when there is none.
    int governmentOf(const QString& divisionCode) const;
};

} // namespace sitegov
