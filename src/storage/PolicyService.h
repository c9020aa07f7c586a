#pragma once

#include "core/RepostRules.h"
#include "core/Result.h"
#include "storage/ListQueries.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace sitegov {

struct PolicyItemInput
{
    QString title;
    QString issuer; // 发布机关: 国务院, 国务院办公厅, 省人民政府 ...
    QString sourceUrl; // where it was published (optional)
    QDateTime publishedAt; // office time
};

struct PolicyItemRecord
{
    qint64 id = 0;
    QString title;
    QString titleKey; // RepostRules::normalise(title)
    QString issuer;
    QString sourceUrl;
    QDateTime publishedAt; // office time
    QString state; // open, closed
    QString source; // manual, import
};

// A portal that must repost an item, and what it did.
struct PortalRepost
{
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString unitName;
    qint64 columnId = 0; // its designated repost column, 0: none registered
    QString columnName;
    RepostState state = RepostState::Pending;
    std::optional<int> delayMinutes; // set once reposted
    QDateTime foundAt; // office time
    QString url;
    QString how; // probe, manual
    qint64 fetchId = 0;
    QString matched;
    QString recordedBy;
};

// A portal's quarter: the items published in it, and how many it reposted within 8 and 24 hours.
struct RepostQuarterFigures
{
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    int items = 0;
    int within8 = 0;
    int within24 = 0;
    int reposted = 0;
    std::optional<double> share8() const
    {
        return items > 0 ? std::optional<double>(100.0 * within8 / items) : std::nullopt;
    }
    std::optional<double> share24() const
    {
        return items > 0 ? std::optional<double>(100.0 * within24 / items) : std::nullopt;
    }
};

// Key policy items and their reposts (重要政策信息 8 小时内转载, docs/design/reposts.md). The office
// registers each item of the State Council and the provincial government (by hand or from a table,
// PolicyExchange); every running government portal of a county or above (obligedCondition) must
// repost it in its designated column (a probe column marked as such) within 8 hours. sitegov-probe
// records the first repost it finds (ProbeStore); an account records one by hand with its address.
// Who may act: accounts that may manage rectification (Action::ManageRectification); a hand repost
// of a portal within their jurisdiction. Every change is audited in its transaction.
class PolicyService final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)

public:
    explicit PolicyService(QSqlDatabase db);

    struct FieldProblem
    {
        QString field; // title, issuer, source_url, published_at
        QString message;
    };
    QList<FieldProblem> check(const PolicyItemInput& input);

    Result<qint64> add(
        const Session& session, const PolicyItemInput& input, const QString& source = QStringLiteral("manual"));
    // No longer watched (the probe stops looking; the figures keep it).
    Status close(const Session& session, qint64 id);
    // A repost seen by the inspector: the portal (identifier code), the address, when it appeared.
    Status recordRepost(
        const Session& session, qint64 itemId, const QString& siteCode, const QString& url, const QDateTime& foundAt);
    // Marks the column as its site's designated repost column (the site's former one is unmarked).
    Status designateColumn(const Session& session, qint64 columnId);

    Result<PolicyItemRecord> byId(qint64 id);
    // The item with this title (normalised) published that day, if any.
    Result<std::optional<qint64>> find(const QString& title, const QDate& publishedOn);

    // The obliged portals within `withinUnitId` (0: all) and where each stands with the item at `now`
    // (office time), by the portal's code.
    Result<QList<PortalRepost>> portals(qint64 itemId, const QDateTime& now, qint64 withinUnitId = 0);
    // Per obliged portal within `withinUnitId`: the quarter's items and reposts within 8 and 24 hours.
    Result<QList<RepostQuarterFigures>> quarterFigures(int year, int quarter, qint64 withinUnitId = 0);
    // Open items past their 8 hours with an obliged portal within `withinUnitId` that has not reposted
    // them (the dashboard card; the list's "overdue" filter gives the same items).
    Result<int> overdueCount(const QDateTime& now, qint64 withinUnitId = 0);

    // The running government portals of counties and above, on sites `s` hosted by units `o`.
    static QString obligedCondition();

private:
    QSqlDatabase m_db;
};

struct PolicyFilter
{
    qint64 unitId = 0; // the obliged portals counted: this unit's and below (0: all)
    QString state; // open, closed, overdue, or empty for all
    QString text; // title or issuer contains
    QDateTime now; // office time, for "overdue"
};

class PolicyListQuery final
{
public:
    enum Column
    {
        Title,
        Issuer,
        Published,
        Portals,
        OnTime,
        Late,
        NotYet,
        State,
        ColumnCount
    };
    static constexpr int IdColumn = ColumnCount;
    static constexpr int OverdueColumn = ColumnCount + 1; // 1: open, past 8 h, a portal has not reposted
    static ListQuery build(const PolicyFilter& filter);
};

} // namespace sitegov
