#pragma once

#include "core/Inspection.h"
#include "storage/InspectionQueries.h"
#include "storage/ListQueries.h"
#include "storage/Session.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sitegov {

enum class ReviewStatus
{
    Draft,
    Signed
};

// A unit's weekly review (一周一点评) for one ISO week: the week's figures as they stood when the
// review was written (refreshed on request while it is a draft), and the reviewer's highlights,
// problems and instructions. Signing locks it.
struct WeeklyReview
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitName;
    IsoWeek week;
    QString author;
    qint64 authorId = 0;
    WeeklySummary facts;
    QString highlights;
    QString problems;
    QString instructions;
    ReviewStatus status = ReviewStatus::Draft;
    QDateTime signedAt; // UTC
    QString signedBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSigned() const { return status == ReviewStatus::Signed; }
};

struct ReviewText
{
    QString highlights; // 亮点
    QString problems; // 问题
    QString instructions; // 工作要求
};

// A unit with running sites that has no signed review for a week.
struct MissingReview
{
    qint64 unitId = 0;
    QString unitName;
    qint64 reviewId = 0; // a draft, if one was started
    int sites = 0; // running sites it hosts
};

// Who may write and sign: a director (SignReview) whose jurisdiction holds the unit, an account that
// may write reviews (WriteReview) within its jurisdiction, and the caretaker (看护人) of one of the
// unit's running sites, as the responsible person linked to the account ("each site's caretaker
// inspects daily and comments weekly"). Signing needs a director or the unit's caretaker.
// Every change writes an audit record in the same transaction; a signed review refuses changes
// here and, for any other writer, in the database (trigger weekly_reviews_locked).
class WeeklyReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReviewService)

public:
    static constexpr int kMaxText = 4000;

    explicit WeeklyReviewService(QSqlDatabase db);

    // The unit's review of the week: the existing one, or a new draft pre-filled with the week's
    // figures (weeklySummary as of `today`). A week still to come is refused.
    // A system actor (the demo, reviews signed on paper and entered later) may give the time it was
    // written (`at`); everyone else writes now.
    Result<WeeklyReview> open(
        const Session& session, qint64 unitId, const IsoWeek& week, const QDate& today, const QDateTime& at = {});
    Result<WeeklyReview> byId(qint64 id);
    // The review of a unit and week, or one with id 0 when there is none.
    Result<WeeklyReview> find(qint64 unitId, const IsoWeek& week);

    Status save(const Session& session, qint64 id, const ReviewText& text, const QDateTime& at = {});
    // Takes the week's figures again (a draft written while the week was still running).
    Status refreshFacts(const Session& session, qint64 id, const QDate& today);
    // Saves the text and signs: the review is locked from then on.
    Status sign(const Session& session, qint64 id, const ReviewText& text, const QDateTime& at = {});

    // Whether the session may write (draft) or sign the unit's review; the refusal says why.
    Status mayWrite(const Session& session, qint64 unitId);
    Status maySign(const Session& session, qint64 unitId);
    // True when the account is linked to a person who takes care of a running site of the unit.
    Result<bool> isCaretaker(const Session& session, qint64 unitId);

    // Units hosting running sites (operating or migrating) with no signed review for the week,
    // within `withinUnitId` (0: everywhere), by name.
    Result<QList<MissingReview>> missingForWeek(const IsoWeek& week, qint64 withinUnitId = 0);
    Result<int> missingCount(const IsoWeek& week, qint64 withinUnitId = 0);
    // Of those, the units whose review of the week is a draft, not yet signed.
    Result<int> draftCount(const IsoWeek& week, qint64 withinUnitId = 0);
    // Units that owe the week's review (docs/design/glossary.md: they host a running site that had
    // started by the week's Sunday), within `withinUnitId` (0: everywhere).
    Result<int> owingCount(const IsoWeek& week, qint64 withinUnitId = 0);

    // The checklist items' names in the interface language (the list in force), by key.
    QHash<QString, QString> itemNames();

    static QString key(ReviewStatus status); // draft, signed
    static QString displayName(ReviewStatus status);
    static QString missingName(); // "missing", for the lists' units without a review

private:
    // Units with running sites and no signed review for the week (with a draft of it, when asked).
    Result<int> unsignedUnits(const IsoWeek& week, qint64 withinUnitId, bool draftsOnly);
    // {} when the session may `action` on the unit's review by its role, or as the caretaker of one
    // of the unit's sites; otherwise `refusal`, or the role's refusal when it is empty.
    Status mayAct(const Session& session, qint64 unitId, Action action, const QString& refusal = {});
    Result<WeeklyReview> readOne(const QString& where, const QVariantList& binds);
    static WeeklyReview fromRecord(const QSqlQuery& q);
    Status checkText(const ReviewText& text) const;
    Status writeText(
        const Session& session, const WeeklyReview& before, const ReviewText& text, bool signing, const QDateTime& at);
    static QString timestamp(const Session& session, const QDateTime& at);

    QSqlDatabase m_db;
};

// The weekly reviews' list. With a week: every unit with running sites within the scope, its
// review of that week or none ("missing"); without: every review written.
struct ReviewFilter
{
    qint64 unitId = 0; // the unit and everything under it (0: everywhere)
    QString week; // "2026-W47", or empty for every week
    QString status; // draft, signed, missing (only with a week), unsigned (draft or missing), or empty
    QString text; // unit or author contains
    QString previousWeek; // flags units without a signed review of this week (normally last week)
};

class WeeklyReviewListQuery final
{
public:
    enum Column
    {
        Week,
        Unit,
        Status,
        Author,
        Coverage,
        SignedAt,
        Updated,
        ColumnCount
    };
    static constexpr int IdColumn = ColumnCount; // 0: no review
    static constexpr int UnitIdColumn = ColumnCount + 1;
    static constexpr int MissingLastWeekColumn = ColumnCount + 2; // 1 when flagged
    static ListQuery build(const ReviewFilter& filter);
};

} // namespace sitegov
