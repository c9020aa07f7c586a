#pragma once

#include "core/Domain.h"
#include "core/Probe.h"
#include "core/ProbeRules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitegov {

// The records of the probe (docs/design/probe.md), as storage reads and writes them
// (resources/migrations/sqlite/0012_probe.sql).

// A column (栏目) registered for the freshness check, with the state of its last check.
struct ProbeColumn
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString url;
    ColumnKind kind = ColumnKind::News;
    QString selector; // empty: the default rule (docs/design/probe.md, "Selector rules")
    bool active = true;
    bool repost = false; // the site's designated column for reposting key policies (docs/design/reposts.md)
    ColumnState state = ColumnState::Unchecked;
    QDateTime checkedAt;
    QDate newestOn;
    int items = -1; // -1: not checked
    qint64 fetchId = 0;
};

// The probe's settings of one site; a site without settings is probed with the defaults.
struct ProbeSiteSettings
{
    qint64 siteId = 0;
    int intervalMinutes = 0; // 0: the default (ProbeRules::intervalMinutes)
    bool ignoreRobots = false; // the office's own sites only
    QDateTime maintenanceUntil; // not probed before it
    QStringList linkExceptions; // address prefixes or * patterns of links not checked
};

// An open key policy item the probe looks for in a portal's designated repost column.
struct PolicyWatch
{
    qint64 itemId = 0;
    QString title;
    QString titleKey; // RepostRules::normalise(title)
    QDateTime publishedAt; // office time
};

// A running site as the probe sees it: where to look and what the registry says the footer shows.
struct ProbeTarget
{
    qint64 siteId = 0;
    QString code;
    QString name;
    QString url;
    QString domain;
    SiteKind kind = SiteKind::Portal;
    bool keyPortal = false; // the portal of the province's or a city's government
    QString icpFiling;
    QString psbFiling;
    ProbeSiteSettings settings;
    QList<ProbeColumn> columns; // the active ones
    // For a portal that must repost key policies (PolicyService::obligedCondition) with a designated
    // column: the open items it has not reposted yet.
    QList<PolicyWatch> policies;
};

// One availability probe: the first try and, when it failed, the retry (whose outcome is the probe's).
struct AvailabilityRecord
{
    qint64 siteId = 0;
    QDateTime at;
    QString url;
    ProbeOutcome outcome = ProbeOutcome::Ok;
    int httpStatus = 0;
    int latencyMs = 0;
    qint64 bytes = 0;
    QString sha256;
    std::optional<ProbeOutcome> firstOutcome; // set when the first try failed and the probe was retried
    int firstStatus = 0;
    int firstLatencyMs = 0;
    QString detail;

    bool failed() const { return outcome != ProbeOutcome::Ok; }
    bool blip() const { return firstOutcome.has_value() && outcome == ProbeOutcome::Ok; }
};

// A page (or a handshake) a daily check fetched: the evidence of what it found.
struct FetchRecord
{
    enum class Purpose { Home, Column, Link, Tls, Robots };

    qint64 id = 0; // once stored
    Purpose purpose = Purpose::Home;
    QDateTime at;
    QString url;
    ProbeOutcome outcome = ProbeOutcome::Ok;
    int httpStatus = 0;
    int latencyMs = 0;
    qint64 bytes = 0;
    QString sha256;
    QString matched; // the text the verdict rests on
    QString detail;

    static QString key(Purpose p);
    static std::optional<Purpose> purposeOf(QStringView key);
};

// What one daily check observed.
struct FindingObservation
{
    FindingKind kind = FindingKind::DeadLink;
    QString subject; // the column's number, the link, the TLS level
    QString found;
    QString expected;
    int fetch = -1; // index into SiteCheckRecord::fetches, -1: none
};

// An open key policy item found in a portal's designated repost column.
struct RepostObservation
{
    qint64 itemId = 0;
    qint64 columnId = 0;
    QDateTime publishedAt; // the item's, office time
    QString url; // the repost's page when the matching line links to it, else the column's page
    QString matched; // the column's line
    int fetch = -1; // index into SiteCheckRecord::fetches
};

struct ColumnObservation
{
    qint64 columnId = 0;
    ColumnState state = ColumnState::Unchecked;
    QDate newest;
    int items = 0;
    int fetch = -1;
};

// The daily check of one site: pages fetched, columns measured, findings. Open findings of the
// kinds in `covered` that this check did not observe are resolved.
struct SiteCheckRecord
{
    qint64 siteId = 0;
    QDateTime at;
    QList<FetchRecord> fetches;
    QList<FindingObservation> findings;
    QList<ColumnObservation> columns;
    QList<RepostObservation> reposts;
    // A check of the designated repost column alone (SiteChecker::checkReposts): its fetch and the
    // reposts found are written; findings, columns and the site's last check are left as they are.
    bool repostsOnly = false;
    QList<FindingKind> covered;
    QDate homepageNewest;
    int homepageFetch = -1;
    QDateTime tlsExpires;
    int linksChecked = 0;
    int linksFailed = 0;
};

// A finding as the console, the command line and the spot-check form show it.
struct FindingView
{
    qint64 id = 0;
    qint64 siteId = 0;
    FindingKind kind = FindingKind::DeadLink;
    Severity severity = Severity::Notice;
    QString subject;
    QString subjectName; // the column's name for column findings
    QString found;
    QString expected;
    QDateTime firstAt;
    QDateTime lastAt;
    QDateTime resolvedAt; // invalid while open
    int timesSeen = 0;
    std::optional<FetchRecord> evidence; // the last fetch that showed it

    bool isOpen() const { return !resolvedAt.isValid(); }
};

// A day of availability probes of one site.
struct ProbeDay
{
    QDate day;
    int probes = 0;
    int failures = 0;
    int blips = 0;
};

} // namespace sitegov
