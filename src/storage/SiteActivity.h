#pragma once

#include "core/Result.h"
#include "core/SiteScore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

// What happened around one site, for the site detail (the hub of one site): its newest requests,
// inspections and open rectification items, each list with its full count, and its score trend
// from the score cache. Per-site indexed lookups; call it off the GUI thread.
struct SiteActivity
{
    struct RequestLine
    {
        qint64 id = 0;
        QString type; // key
        QString state; // key
        QString title;
        QString updatedAt;
    };
    struct InspectionLine
    {
        qint64 id = 0;
        QDate day;
        QString inspector;
        int failed = 0;
    };
    struct RectificationLine
    {
        qint64 id = 0;
        QString problem;
        QDate deadline;
        QString status; // key
        bool overdue = false;
    };

    qint64 siteId = 0;
    QString siteCode;
    QList<RequestLine> requests;
    int requestCount = 0;
    QList<InspectionLine> inspections;
    int inspectionCount = 0;
    QList<RectificationLine> rectifications; // open or fixed
    int rectificationCount = 0;
    QList<SiteScore> scores; // monthly, oldest first
};

class SiteActivityQueries final
{
    Q_DECLARE_TR_FUNCTIONS(SiteActivityQueries)

public:
    static constexpr int kLines = 5;
    static constexpr int kScoreMonths = 12;

    static Result<SiteActivity> load(const QSqlDatabase& db, qint64 siteId, const QDate& today);
};

} // namespace sitegov
