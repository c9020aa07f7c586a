#pragma once

#include "core/Probe.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitegov {

// The numbers the probe measures against (docs/design/domain.md, "Probing sites"; each one's source
// is marked there). Kept together so that a change of the indicators is one place.
struct ProbeThresholds
{
    // Availability [Indicators 2019]: at least 20 probes a day over the week, 15 s per probe, a site
    // whose failed probes reach 5% of the week's is vetoed; the early warning at 3% [SiteGov].
    int minProbesPerDay = 20;
    int limitSeconds = 15;
    double vetoShare = 0.05;
    double warningShare = 0.03;
    // Freshness [Indicators 2019]: the homepage and news columns 2 weeks, notices and policy
    // documents 6 months, other columns 12 months; 5 stale or 5 blank columns veto a site. Early
    // warnings [SiteGov]: the homepage at 10 days, 3 columns stale or blank together.
    int homepageStaleDays = 14;
    int homepageWarningDays = 10;
    int newsStaleDays = 14;
    int noticeStaleMonths = 6;
    int otherStaleMonths = 12;
    int columnsVeto = 5;
    int columnsWarning = 3;
    // TLS certificates [SiteGov, after common monitors]: warnings 30, 14 and 7 days before expiry.
    QList<int> tlsWarningDays{30, 14, 7};
    // Probe intervals [SiteGov]: every running site hourly (24 a day, above the 20 the rule needs,
    // so that a missed slot does not drop a day under it), key portals every 15 minutes.
    int defaultIntervalMinutes = 60;
    int keyPortalIntervalMinutes = 15;
};

enum class Verdict { Pass, Warning, Veto };

// A site's availability over one ISO week, as the veto rule counts it.
struct WeekAvailability
{
    int probes = 0; // probes made (a retried probe counts once)
    int failures = 0; // probes that failed, their retry included
    int blips = 0; // probes whose first try failed and whose retry got the page (recorded, not failures)
    int daysUnderMinimum = 0; // days of the week with fewer probes than the rule needs
    double share() const { return probes == 0 ? 0.0 : double(failures) / double(probes); }
};

// The probe's rules: verdicts from measurements, and which findings serve which checklist item.
class ProbeRules final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeRules)

public:
    static const ProbeThresholds& thresholds();

    // Veto at 5% of the week's probes failed, early warning at 3%.
    static Verdict availability(const WeekAvailability& week, const ProbeThresholds& t = thresholds());
    // The homepage's newest date against today: HomepageStale beyond 2 weeks, HomepageAging from
    // 10 days, HomepageUndated without any date; nothing when it is fresh.
    static std::optional<FindingKind> homepage(const QDate& newest, const QDate& today,
        const ProbeThresholds& t = thresholds());
    // Whether a column whose newest item is dated `newest` (invalid: no item has a date, which
    // counts as not updated) is stale on `today`.
    static bool columnStale(ColumnKind kind, const QDate& newest, const QDate& today,
        const ProbeThresholds& t = thresholds());
    // The oldest newest-item date a column of `kind` may have on `today` without being stale.
    static QDate columnDeadline(ColumnKind kind, const QDate& today, const ProbeThresholds& t = thresholds());
    // 5 stale or 5 blank columns veto; 3 stale and blank together warn.
    static Verdict columns(int stale, int blank, const ProbeThresholds& t = thresholds());
    static Verdict homepageVerdict(const QDate& newest, const QDate& today, const ProbeThresholds& t = thresholds());
    // The TLS warning level reached `daysLeft` days before expiry: 30, 14 or 7; 0 when none; -1 when expired.
    static int tlsLevel(int daysLeft, const ProbeThresholds& t = thresholds());

    static Severity severity(FindingKind kind);

    // How often a site is probed: key portals (the portals of the province's and the cities'
    // governments) every 15 minutes, the others every hour, unless the site has its own interval.
    static int intervalMinutes(bool keyPortal, int ownMinutes, const ProbeThresholds& t = thresholds());

    // The daily checklist's items (resources/checklist/daily.json) the probe measures, and the
    // findings that fail each one. "homepage_reachable" is measured by the availability probes.
    static QStringList measuredItems();
    static QList<FindingKind> findingsOf(const QString& itemKey);

    static QString displayName(Verdict v);
    static QString key(Verdict v); // pass, warning, veto
};

} // namespace sitegov
