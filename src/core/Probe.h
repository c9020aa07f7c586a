#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// The vocabulary of the probe (sitegov-probe, docs/design/probe.md): how one request ended, the
// kinds of column, and the findings a check leaves on a site. Each has a stable storage key
// (English, lower case: the database, the command line's CSV) and a display name in the user's
// language, like core/Domain.h.

// How one request of the probe ended. Every failure is classified by the first step that failed:
// the name did not resolve, the connection was refused or unreachable, the TLS handshake or the
// certificate failed, the limit (15 s) passed, or the server answered with a status that is not a
// page (anything but 2xx after redirects).
enum class ProbeOutcome { Ok, Dns, Connect, Tls, Timeout, HttpStatus, Robots };

// A registered column's kind, which sets how long it may go without a new item
// [Indicators 2019]: news and dynamics (动态、要闻) 2 weeks, notices and policy documents
// (通知公告、政策文件) 6 months, other columns (人事、规划计划 and the rest) 12 months.
enum class ColumnKind { News, Notice, Other };

// A column's state at its last check.
enum class ColumnState { Unchecked, Fresh, Stale, Blank, Unreachable };

// What a check found on a site. A finding stays open while the checks keep finding it and is
// resolved by the first check that does not.
enum class FindingKind {
    HomepageStale, // the homepage's newest date is older than 2 weeks (veto line)
    HomepageAging, // older than 10 days (early warning)
    HomepageUndated, // no date at all on the homepage: counts as not updated
    ColumnStale, // subject: the column's number
    ColumnBlank,
    ColumnUnreachable,
    DeadLink, // subject: the link's address
    SuspectedLink,
    ErrorEntryMissing, // no 我为政府网站找错 entry
    SiteCodeMissing,
    SiteCodeMismatch,
    IcpMissing,
    IcpMismatch,
    PsbMissing,
    PsbMismatch,
    ConacMissing, // no 党政机关网站标识
    TlsExpiring, // subject: the warning level reached (30, 14, 7)
    TlsExpired,
    TlsInvalid, // the certificate is not trusted or does not match the name
    HttpsUnavailable,
    AccessRefused, // the homepage answers 401 or 403 to the probe
    RobotsBlocked, // robots.txt forbids the probe the page
};

// How heavy a finding is: it crosses a veto line of the indicators, it is an early warning
// before one, it is a deduction item, or it is for information.
enum class Severity { Veto, Warning, Deduction, Notice };

class ProbeVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeVocabulary)

public:
    static QString key(ProbeOutcome v);
    static QString key(ColumnKind v);
    static QString key(ColumnState v);
    static QString key(FindingKind v);
    static QString key(Severity v);

    static QString displayName(ProbeOutcome v);
    static QString displayName(ColumnKind v);
    static QString displayName(ColumnState v);
    static QString displayName(FindingKind v);
    static QString displayName(Severity v);

    static std::optional<ProbeOutcome> probeOutcome(QStringView key);
    // Also reads the Chinese names and a few common words (新闻, 动态, 通知, 政策, 其他).
    static std::optional<ColumnKind> columnKind(QStringView key);
    static std::optional<ColumnState> columnState(QStringView key);
    static std::optional<FindingKind> findingKind(QStringView key);
    static std::optional<Severity> severity(QStringView key);

    static QList<ColumnKind> columnKinds();
    static QList<FindingKind> findingKinds();
};

} // namespace sitegov
