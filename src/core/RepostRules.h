#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace sitegov {

// Where a portal stands with a key policy item (docs/design/reposts.md).
enum class RepostState
{
    OnTime, // reposted within 8 hours of the item's publication
    Late, // reposted, after 8 hours
    Pending, // not yet, and 8 hours have not passed
    Missing, // not yet, and 8 hours have passed
};

// The rules of reposting key policies within 8 hours (重要政策信息 8 小时内转载, docs/design/reposts.md):
// the deadlines, how a title is compared, and the delay of a repost.
class RepostRules final
{
    Q_DECLARE_TR_FUNCTIONS(RepostRules)

public:
    static constexpr int kOnTimeMinutes = 8 * 60; // the duty
    static constexpr int kDayMinutes = 24 * 60; // what the national bulletins report
    static constexpr int kWatchDays = 30; // the probe looks for an open item this long
    static constexpr int kCheckMinutes = 60; // and reads a portal's repost column this often
    static constexpr int kMaxTitle = 300;
    static constexpr int kMinTitleKey = 4; // shorter normalised titles match too much

    // The title as compared: full-width forms to half-width (NFKC), lower case, and every
    // punctuation mark, symbol and space left out (《》“”、，。 and their ASCII forms alike).
    static QString normalise(const QString& title);
    // The line of a column holds the title (both normalised).
    static bool lineMatches(const QString& line, const QString& titleKey);

    // Minutes from the publication to the repost, 0 when the repost came first.
    static int delayMinutes(const QDateTime& publishedAt, const QDateTime& foundAt);
    static RepostState state(const QDateTime& publishedAt, std::optional<int> delayMinutes, const QDateTime& now);

    static QString key(RepostState state); // on_time, late, pending, missing
    static QString displayName(RepostState state);
    // "3 h 20 min late": a delay beyond the 8 hours in the reader's language.
    static QString lateness(int delayMinutes);
    // An office time as the user writes it: 2026-12-07 09:30, 2026/12/7 9:30, 2026-12-07T09:30.
    static QDateTime parseTime(const QString& text);
};

} // namespace sitegov
