#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

// A unit as a tree or a picker shows it.
struct UnitEntry
{
    Organisation org;
    int childCount = 0;
    int openSites = 0;
    QString label() const; // "晋江市人民政府 (350582)"
};

struct Choice
{
    qint64 id = 0;
    QString text;
};

// Consolidation (集约化) of one city (or the province's own units) at one level.
// The consolidation of the sites of a city's units of one level (docs/design/glossary.md).
struct ConsolidationRow
{
    QString city; // empty: units of the province itself
    qint64 cityOrgId = 0;
    QString level; // AdminLevel key of the host units
    int unified = 0;    // open sites on the unified platform, migrating ones included
    int migrating = 0;  // open sites moving platform (of either column above or below)
    int standalone = 0; // open sites not on the unified platform
    int closed = 0;
    int open() const { return unified + standalone; }
    int total() const { return open() + closed; }
    // Consolidation progress: open sites on the unified platform ÷ open sites, 0..100.
    double progress() const { return open() == 0 ? 100.0 : 100.0 * unified / open(); }
};

// Read-side queries of the registry for pages, pickers and reports.
class RegistryQueries final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryQueries)

public:
    explicit RegistryQueries(QSqlDatabase db);

    // Children of a unit (0: the top), with their own child and open-site counts.
    Result<QList<UnitEntry>> children(qint64 parentId, bool includeInactive = true);
    // Active units within the session's jurisdiction, by division code, for pickers.
    Result<QList<Choice>> unitChoices(const Session& session);
    // Active persons of the units within the session's jurisdiction, "name (unit)".
    Result<QList<Choice>> personChoices(const Session& session);
    // Sites hosted by the unit or the units under it, "name (code)"; with `withAbove`, also the
    // sites of the governments above it (the portals a site can merge into). Closed sites are left
    // out unless `includeClosed`.
    Result<QList<Choice>> siteChoices(qint64 unitId, bool withAbove = false, bool includeClosed = false);
    // The sites that are not closed within the session's jurisdiction (every one for a system
    // actor), by code, each as "name (code) · domain" so that a picker finds it by any of the three.
    Result<QList<Choice>> siteChoicesWithin(const Session& session);
    // City-level governments, for the city filter.
    Result<QList<Choice>> cities();
    // The unit named `name`; an error when there is none or more than one.
    Result<qint64> unitByName(const QString& name);
    // The same unit's whole row (what OrganisationRepository reads), with the same errors.
    Result<Organisation> unitRowByName(const QString& name);
    // The units a person means by `text`: its number, a 6-digit division code (the government of
    // that division, not a township's) or an exact name. Empty when none fits; more than one when
    // units share the name (the caller says so and lists them, it does not pick one).
    Result<QList<Organisation>> unitsMatching(const QString& text);
    // By city and level, within a unit's jurisdiction (0: everywhere).
    Result<QList<ConsolidationRow>> consolidation(qint64 withinUnitId = 0);
    // The division code and the next 4-digit serial not yet used under it: "3505820007".
    Result<QString> nextSiteCode(const QString& divisionCode);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
