#include "core/Probe.h"

#include "core/KeyTable.h"

namespace sitegov {

namespace {

constexpr KeyTable<ProbeOutcome, 7> kOutcomes{{
    {ProbeOutcome::Ok, "ok"},
    {ProbeOutcome::Dns, "dns"},
    {ProbeOutcome::Connect, "connect"},
    {ProbeOutcome::Tls, "tls"},
    {ProbeOutcome::Timeout, "timeout"},
    {ProbeOutcome::HttpStatus, "http"},
    {ProbeOutcome::Robots, "robots"},
}};
constexpr KeyTable<ColumnKind, 3> kColumnKinds{{
    {ColumnKind::News, "news"},
    {ColumnKind::Notice, "notice"},
    {ColumnKind::Other, "other"},
}};
constexpr KeyTable<ColumnState, 5> kColumnStates{{
    {ColumnState::Unchecked, "unchecked"},
    {ColumnState::Fresh, "fresh"},
    {ColumnState::Stale, "stale"},
    {ColumnState::Blank, "blank"},
    {ColumnState::Unreachable, "unreachable"},
}};
constexpr KeyTable<FindingKind, 22> kFindings{{
    {FindingKind::HomepageStale, "homepage_stale"},
    {FindingKind::HomepageAging, "homepage_aging"},
    {FindingKind::HomepageUndated, "homepage_undated"},
    {FindingKind::ColumnStale, "column_stale"},
    {FindingKind::ColumnBlank, "column_blank"},
    {FindingKind::ColumnUnreachable, "column_unreachable"},
    {FindingKind::DeadLink, "dead_link"},
    {FindingKind::SuspectedLink, "suspected_link"},
    {FindingKind::ErrorEntryMissing, "error_entry_missing"},
    {FindingKind::SiteCodeMissing, "site_code_missing"},
    {FindingKind::SiteCodeMismatch, "site_code_mismatch"},
    {FindingKind::IcpMissing, "icp_missing"},
    {FindingKind::IcpMismatch, "icp_mismatch"},
    {FindingKind::PsbMissing, "psb_missing"},
    {FindingKind::PsbMismatch, "psb_mismatch"},
    {FindingKind::ConacMissing, "conac_missing"},
    {FindingKind::TlsExpiring, "tls_expiring"},
    {FindingKind::TlsExpired, "tls_expired"},
    {FindingKind::TlsInvalid, "tls_invalid"},
    {FindingKind::HttpsUnavailable, "https_unavailable"},
    {FindingKind::AccessRefused, "access_refused"},
    {FindingKind::RobotsBlocked, "robots_blocked"},
}};
constexpr KeyTable<Severity, 4> kSeverities{{
    {Severity::Veto, "veto"},
    {Severity::Warning, "warning"},
    {Severity::Deduction, "deduction"},
    {Severity::Notice, "notice"},
}};

} // namespace

QString ProbeVocabulary::key(ProbeOutcome v) { return keyOf(kOutcomes, v); }
QString ProbeVocabulary::key(ColumnKind v) { return keyOf(kColumnKinds, v); }
QString ProbeVocabulary::key(ColumnState v) { return keyOf(kColumnStates, v); }
QString ProbeVocabulary::key(FindingKind v) { return keyOf(kFindings, v); }
QString ProbeVocabulary::key(Severity v) { return keyOf(kSeverities, v); }

std::optional<ProbeOutcome> ProbeVocabulary::probeOutcome(QStringView key) { return fromKey(kOutcomes, key); }
std::optional<ColumnState> ProbeVocabulary::columnState(QStringView key) { return fromKey(kColumnStates, key); }
std::optional<FindingKind> ProbeVocabulary::findingKind(QStringView key) { return fromKey(kFindings, key); }
std::optional<Severity> ProbeVocabulary::severity(QStringView key) { return fromKey(kSeverities, key); }

std::optional<ColumnKind> ProbeVocabulary::columnKind(QStringView key)
{
    if (const auto k = fromKey(kColumnKinds, key))
        return k;
    const QStringView t = key.trimmed();
    for (ColumnKind k : columnKinds()) {
        if (t == displayName(k))
            return k;
    }
    // The words a unit's own list of columns uses.
    static const QList<std::pair<const char16_t*, ColumnKind>> words{
        {u"新闻", ColumnKind::News}, {u"动态", ColumnKind::News}, {u"要闻", ColumnKind::News},
        {u"通知", ColumnKind::Notice}, {u"公告", ColumnKind::Notice}, {u"政策", ColumnKind::Notice},
        {u"文件", ColumnKind::Notice}, {u"其他", ColumnKind::Other}, {u"其它", ColumnKind::Other}};
    for (const auto& [word, kind] : words) {
        if (t.contains(QStringView(word)))
            return kind;
    }
    return std::nullopt;
}

QList<ColumnKind> ProbeVocabulary::columnKinds()
{
    return valuesOf(kColumnKinds);
}

QList<FindingKind> ProbeVocabulary::findingKinds()
{
    return valuesOf(kFindings);
}

QString ProbeVocabulary::displayName(ProbeOutcome v)
{
    switch (v) {
    case ProbeOutcome::Ok:
        return tr("answered");
    case ProbeOutcome::Dns:
        return tr("name not resolved (DNS)");
    case ProbeOutcome::Connect:
        return tr("cannot connect");
    case ProbeOutcome::Tls:
        return tr("TLS failed");
    case ProbeOutcome::Timeout:
        return tr("timed out");
    case ProbeOutcome::HttpStatus:
        return tr("HTTP error status");
    case ProbeOutcome::Robots:
        return tr("forbidden by robots.txt");
    }
    return {};
}

QString ProbeVocabulary::displayName(ColumnKind v)
{
    switch (v) {
    case ColumnKind::News:
        return tr("News and dynamics");
    case ColumnKind::Notice:
        return tr("Notices and policy documents");
    case ColumnKind::Other:
        return tr("Other");
    }
    return {};
}

QString ProbeVocabulary::displayName(ColumnState v)
{
    switch (v) {
    case ColumnState::Unchecked:
        return tr("not checked yet");
    case ColumnState::Fresh:
        return tr("up to date");
    case ColumnState::Stale:
        return tr("not updated");
    case ColumnState::Blank:
        return tr("blank");
    case ColumnState::Unreachable:
        return tr("cannot be opened");
    }
    return {};
}

QString ProbeVocabulary::displayName(FindingKind v)
{
    switch (v) {
    case FindingKind::HomepageStale:
        return tr("Homepage not updated for over 2 weeks");
    case FindingKind::HomepageAging:
        return tr("Homepage not updated for 10 days");
    case FindingKind::HomepageUndated:
        return tr("No date found on the homepage");
    case FindingKind::ColumnStale:
        return tr("Column not updated");
    case FindingKind::ColumnBlank:
        return tr("Blank column");
    case FindingKind::ColumnUnreachable:
        return tr("Column cannot be opened");
    case FindingKind::DeadLink:
        return tr("Dead link");
    case FindingKind::SuspectedLink:
        return tr("Suspected dead link");
    case FindingKind::ErrorEntryMissing:
        return tr("No \"I find errors\" entry");
    case FindingKind::SiteCodeMissing:
        return tr("Identifier code not shown");
    case FindingKind::SiteCodeMismatch:
        return tr("Identifier code differs from the registry");
    case FindingKind::IcpMissing:
        return tr("ICP filing not shown");
    case FindingKind::IcpMismatch:
        return tr("ICP filing differs from the registry");
    case FindingKind::PsbMissing:
        return tr("Public-security filing not shown");
    case FindingKind::PsbMismatch:
        return tr("Public-security filing differs from the registry");
    case FindingKind::ConacMissing:
        return tr("No party and government website mark");
    case FindingKind::TlsExpiring:
        return tr("TLS certificate expires soon");
    case FindingKind::TlsExpired:
        return tr("TLS certificate expired");
    case FindingKind::TlsInvalid:
        return tr("TLS certificate not valid");
    case FindingKind::HttpsUnavailable:
        return tr("HTTPS not available");
    case FindingKind::AccessRefused:
        return tr("Homepage refuses the probe");
    case FindingKind::RobotsBlocked:
        return tr("robots.txt forbids the probe");
    }
    return {};
}

QString ProbeVocabulary::displayName(Severity v)
{
    switch (v) {
    case Severity::Veto:
        return tr("veto");
    case Severity::Warning:
        return tr("early warning");
    case Severity::Deduction:
        return tr("deduction");
    case Severity::Notice:
        return tr("notice");
    }
    return {};
}

} // namespace sitegov
