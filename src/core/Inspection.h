#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace sitegov {

// Daily inspection (每日一巡查): one inspector, one site, one day, a result per checklist item.
enum class ItemResult { Pass, Fail, NotApplicable };

struct ItemOutcome
{
    ItemResult result = ItemResult::Pass;
    QString note; // required when the item failed
};

// key -> outcome, for every item of the checklist the inspection was made with.
using Outcomes = QMap<QString, ItemOutcome>;

// What is wrong with a set of outcomes against a checklist (empty: nothing).
struct OutcomeProblem
{
    QString key; // the item, empty for the inspection as a whole
    QString message;
};

// Whether a change to an existing inspection is a plain edit or an audited correction.
enum class EditKind {
    Edit,       // its author, on the day it is for
    Correction, // anyone else, or a later day: needs a reason and is recorded as a correction
};

class InspectionRules final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRules)

public:
    static constexpr int kMaxNote = 2000;

    // Every item has a result, no unknown items, a failed item has a note, notes are not too long.
    static QList<OutcomeProblem> check(const Checklist& checklist, const Outcomes& outcomes);
    // Only what differs from "passed without a note" is stored: {"key":{"r":"f","n":"…"}}.
    static QString encode(const Outcomes& outcomes);
    // Decodes against the checklist: items not mentioned passed. Unknown keys are kept.
    static Result<Outcomes> decode(const Checklist& checklist, const QString& stored);
    static int failures(const Outcomes& outcomes);

    static EditKind editKind(const QString& author, const QString& editor, const QDate& day, const QDate& today);

    static QString key(ItemResult v);        // pass, fail, na
    static std::optional<ItemResult> itemResult(QStringView key);
    static QString displayName(ItemResult v); // 通过 / 不通过 / 不适用
};

// Rectification (整改): a problem to fix by a deadline, then re-checked and closed.
enum class RectificationStatus { Open, Fixed, Rechecked, Closed };
enum class RectificationSource { Inspection, SpotCheck, ErrorReport, Manual };

class RectificationRules final
{
    Q_DECLARE_TR_FUNCTIONS(RectificationRules)

public:
    // open -> fixed (the unit reports it fixed), fixed -> rechecked (an inspector confirms) or back
    // to open (it is not fixed), open -> rechecked (a later passing inspection shows it fixed),
    // rechecked -> closed, and open or fixed -> closed with a reason (withdrawn, a duplicate).
    static bool canTransition(RectificationStatus from, RectificationStatus to);
    // Overdue from the day after the deadline, while nobody has reported it fixed. Dates are the
    // office's calendar days (see OfficeClock).
    static bool isOverdue(RectificationStatus status, const QDate& deadline, const QDate& today);
    static int daysOverdue(RectificationStatus status, const QDate& deadline, const QDate& today);

    static QString key(RectificationStatus v);
    static QString key(RectificationSource v);
    static std::optional<RectificationStatus> status(QStringView key);
    static std::optional<RectificationSource> source(QStringView key);
    static QString displayName(RectificationStatus v);
    static QString displayName(RectificationSource v);
    static QList<RectificationStatus> statuses();
};

// An ISO 8601 week (Monday to Sunday), the unit of the weekly review.
struct IsoWeek
{
    int year = 0;
    int week = 0;

    static IsoWeek of(const QDate& day);
    static std::optional<IsoWeek> parse(QStringView text); // "2026-W48"
    bool isValid() const { return year > 0 && week >= 1 && week <= 53 && monday().isValid(); }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek previous() const { return of(monday().addDays(-7)); }
    IsoWeek next() const { return of(monday().addDays(7)); }
    QString key() const;         // "2026-W48"
    QString displayName() const; // "2026年第48周" / "Week 48 of 2026"
    bool operator==(const IsoWeek& o) const { return year == o.year && week == o.week; }
    bool operator!=(const IsoWeek& o) const { return !(*this == o); }
    bool operator<(const IsoWeek& o) const { return year != o.year ? year < o.year : week < o.week; }
};

} // namespace sitegov
