#include "core/ProbeRules.h"

#include <algorithm>

namespace sitegov {

const ProbeThresholds& ProbeRules::thresholds()
{
    static const ProbeThresholds t;
    return t;
}

Verdict ProbeRules::availability(const WeekAvailability& week, const ProbeThresholds& t)
{
    if (week.probes == 0)
        return Verdict::Pass;
    // Compared in whole probes, so that 5 of 100 is exactly the veto line whatever the rounding.
    if (double(week.failures) >= t.vetoShare * double(week.probes) - 1e-9)
        return Verdict::Veto;
    if (double(week.failures) >= t.warningShare * double(week.probes) - 1e-9)
        return Verdict::Warning;
    return Verdict::Pass;
}

std::optional<FindingKind> ProbeRules::homepage(const QDate& newest, const QDate& today, const ProbeThresholds& t)
{
    if (!newest.isValid())
        return FindingKind::HomepageUndated;
    const qint64 days = newest.daysTo(today);
    if (days > t.homepageStaleDays)
        return FindingKind::HomepageStale;
    if (days >= t.homepageWarningDays)
        return FindingKind::HomepageAging;
    return std::nullopt;
}

Verdict ProbeRules::homepageVerdict(const QDate& newest, const QDate& today, const ProbeThresholds& t)
{
    const auto finding = homepage(newest, today, t);
    if (!finding)
        return Verdict::Pass;
    return *finding == FindingKind::HomepageAging ? Verdict::Warning : Verdict::Veto;
}

QDate ProbeRules::columnDeadline(ColumnKind kind, const QDate& today, const ProbeThresholds& t)
{
    switch (kind) {
    case ColumnKind::News:
        return today.addDays(-t.newsStaleDays);
    case ColumnKind::Notice:
        return today.addMonths(-t.noticeStaleMonths);
    case ColumnKind::Other:
        return today.addMonths(-t.otherStaleMonths);
    }
    return today;
}

bool ProbeRules::columnStale(ColumnKind kind, const QDate& newest, const QDate& today, const ProbeThresholds& t)
{
    if (!newest.isValid())
        return true;
    return newest < columnDeadline(kind, today, t);
}

Verdict ProbeRules::columns(int stale, int blank, const ProbeThresholds& t)
{
    if (stale >= t.columnsVeto || blank >= t.columnsVeto)
        return Verdict::Veto;
    if (stale + blank >= t.columnsWarning)
        return Verdict::Warning;
    return Verdict::Pass;
}

int ProbeRules::tlsLevel(int daysLeft, const ProbeThresholds& t)
{
    if (daysLeft < 0)
        return -1;
    int level = 0;
    for (int d : t.tlsWarningDays) {
        if (daysLeft <= d && (level == 0 || d < level))
            level = d;
    }
    return level;
}

Severity ProbeRules::severity(FindingKind kind)
{
    switch (kind) {
    case FindingKind::HomepageStale:
    case FindingKind::HomepageUndated:
        return Severity::Veto;
    case FindingKind::HomepageAging:
    case FindingKind::TlsExpiring:
    case FindingKind::AccessRefused:
        return Severity::Warning;
    case FindingKind::ColumnStale:
    case FindingKind::ColumnBlank:
    case FindingKind::ColumnUnreachable:
    case FindingKind::DeadLink:
    case FindingKind::ErrorEntryMissing:
    case FindingKind::SiteCodeMissing:
    case FindingKind::SiteCodeMismatch:
    case FindingKind::IcpMissing:
    case FindingKind::IcpMismatch:
    case FindingKind::PsbMissing:
    case FindingKind::PsbMismatch:
    case FindingKind::ConacMissing:
    case FindingKind::TlsExpired:
    case FindingKind::TlsInvalid:
        return Severity::Deduction;
    case FindingKind::SuspectedLink:
    case FindingKind::HttpsUnavailable:
    case FindingKind::RobotsBlocked:
        return Severity::Notice;
    }
    return Severity::Notice;
}

int ProbeRules::intervalMinutes(bool keyPortal, int ownMinutes, const ProbeThresholds& t)
{
    if (ownMinutes > 0)
        return std::clamp(ownMinutes, 1, 24 * 60 / t.minProbesPerDay);
    return keyPortal ? t.keyPortalIntervalMinutes : t.defaultIntervalMinutes;
}

QStringList ProbeRules::measuredItems()
{
    return {QStringLiteral("homepage_reachable"), QStringLiteral("homepage_updated"), QStringLiteral("columns_fresh"),
        QStringLiteral("no_blank_columns"), QStringLiteral("error_entry"), QStringLiteral("identifiers_shown"),
        QStringLiteral("no_dead_links")};
}

QList<FindingKind> ProbeRules::findingsOf(const QString& itemKey)
{
    if (itemKey == u"homepage_updated")
        return {FindingKind::HomepageStale, FindingKind::HomepageUndated};
    if (itemKey == u"columns_fresh")
        return {FindingKind::ColumnStale};
    if (itemKey == u"no_blank_columns")
        return {FindingKind::ColumnBlank};
    if (itemKey == u"error_entry")
        return {FindingKind::ErrorEntryMissing};
    if (itemKey == u"identifiers_shown")
        return {FindingKind::SiteCodeMissing, FindingKind::SiteCodeMismatch, FindingKind::IcpMissing,
            FindingKind::IcpMismatch, FindingKind::PsbMissing, FindingKind::PsbMismatch};
    if (itemKey == u"no_dead_links")
        return {FindingKind::DeadLink};
    return {};
}

QString ProbeRules::key(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Veto:
        return QStringLiteral("veto");
    }
    return {};
}

QString ProbeRules::displayName(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return tr("pass");
    case Verdict::Warning:
        return tr("early warning");
    case Verdict::Veto:
        return tr("veto");
    }
    return {};
}

} // namespace sitegov
