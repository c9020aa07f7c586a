#include "demo/DemoBuilder.h"

#include "core/OfficeClock.h"
#include "storage/ChecklistService.h"
#include "db/Sql.h"
#include "storage/WeeklyReviewService.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace sitegov {

namespace {

struct ReviewUnit
{
    qint64 id = 0;
    QString caretaker; // who writes the review
    QString director;  // who signs it
};

// The reviewer's comments, as an office's caretaker writes them from the week's figures.
ReviewText commentsFor(const WeeklySummary& f, const QHash<QString, QString>& items, QRandomGenerator& rng)
{
    ReviewText t;
    const double coverage = f.coverage() * 100.0;
    const QString pct = QString::number(coverage, 'f', 1);
    QStringList good;
    if (coverage >= 95.0)
        good << QStringLiteral("本周巡查覆盖率%1%，%2个网站每日巡查基本到位。").arg(pct).arg(f.sites);
    else
        good << QStringLiteral("本周完成巡查%1站次，覆盖率%2%。").arg(f.siteDaysInspected).arg(pct);
    if (f.fixedRectifications > 0)
        good << QStringLiteral("按期整改销号%1项，整改闭环情况良好。").arg(f.fixedRectifications);
    if (f.failures == 0)
        good << QStringLiteral("巡查未发现不合格项，网站运行平稳。");
    else if (rng.bounded(2) == 0)
        good << QStringLiteral("重要政策信息均在时限内转载，首页更新及时。");
    else
        good << QStringLiteral("各网站留言办理总体及时，互动回应情况较好。");
    t.highlights = good.join(QString());

    QStringList bad;
    if (coverage < 95.0)
        bad << QStringLiteral("部分网站存在漏巡，%1站次未巡查。").arg(f.siteDaysExpected - f.siteDaysInspected);
    if (!f.failuresByItem.isEmpty()) {
        const auto& [key, count] = f.failuresByItem.constFirst();
        bad << QStringLiteral("不合格项主要集中在“%1”（%2项）。").arg(items.value(key, key)).arg(count);
    }
    if (!f.worst.isEmpty())
        bad << QStringLiteral("%1问题较多，本周发现%2项。").arg(f.worst.constFirst().name).arg(f.worst.constFirst().failures);
    if (f.overdueRectifications > 0)
        bad << QStringLiteral("尚有%1项整改逾期未销号。").arg(f.overdueRectifications);
    t.problems = bad.isEmpty() ? QStringLiteral("本周未发现突出问题。") : bad.join(QString());

    QStringList todo;
    if (f.overdueRectifications > 0)
        todo << QStringLiteral("逾期整改事项由责任单位于下周三前完成并报送整改情况，逾期追究责任。");
    if (coverage < 95.0)
        todo << QStringLiteral("看护人要落实每日一巡查，不得漏巡。");
    if (!f.worst.isEmpty())
        todo << QStringLiteral("请%1对照检查指标逐项自查，限期整改。").arg(f.worst.constFirst().name);
    if (todo.isEmpty())
        todo << QStringLiteral("保持巡查频次，继续做好重要政策信息转载和栏目更新。");
    t.instructions = todo.join(QString());
    return t;
}

} // namespace

Status DemoBuilder::buildReviews(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    // The units hosting running sites, with the caretaker who writes their review and the director
    // (first responsible person) who signs it.
    QList<ReviewUnit> units;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT s.host_org_id, (SELECT p.name FROM assignments a JOIN persons p ON p.id = a.person_id JOIN sites x ON "
                "x.id = a.site_id WHERE x.host_org_id = s.host_org_id AND a.role = 'caretaker' AND a.end_on IS NULL ORDER BY "
                "a.id LIMIT 1), (SELECT p.name FROM assignments a JOIN persons p ON p.id = a.person_id JOIN sites x ON x.id = "
                "a.site_id WHERE x.host_org_id = s.host_org_id AND a.role = 'first_responsible' AND a.end_on IS NULL ORDER BY "
                "a.id LIMIT 1) FROM sites s WHERE s.status IN ('operating', 'migrating') GROUP BY s.host_org_id ORDER BY "
                "s.host_org_id")))
            return Sql::error(q, tr("The demo units could not be read."));
        while (q.next()) {
            ReviewUnit u{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
            if (u.director.isEmpty())
                u.director = u.caretaker;
            if (u.caretaker.isEmpty())
                u.caretaker = u.director;
            units << u;
        }
    }
    QHash<QString, QString> items;
    if (const auto list = ChecklistService(db).current()) {
        for (const ChecklistItem& i : list->items)
            items.insert(i.key, i.nameZh);
    }

    QRandomGenerator rng(seed ^ 0x5eed2017u);
    WeeklyReviewService reviews(db);
    const IsoWeek lastWeek = IsoWeek::of(today).previous();
    const QTimeZone office = OfficeClock::defaultZone();
    constexpr int kWeeks = 12;
    IsoWeek week = lastWeek;
    for (int i = 0; i < kWeeks - 1; ++i)
        week = week.previous();
    for (int n = 0; n < kWeeks; ++n, week = week.next()) {
        const bool last = week == lastWeek;
        for (const ReviewUnit& u : units) {
            if (u.caretaker.isEmpty())
                continue; // nobody takes care of its sites: its review is missing every week
            const int roll = int(rng.bounded(100));
            // Older weeks: nearly all signed; last week: a few drafts waiting to be signed and a few
            // units that have not written theirs.
            const int missing = last ? 4 : 1;
            const int draft = last ? 8 : 2;
            if (roll < missing)
                continue;
            Session writer = Session::system(QStringLiteral("demo"));
            writer.displayName = u.caretaker;
            // Written on the Sunday or the Monday after, signed a little later (never after now).
            const QDateTime now = OfficeClock::nowUtc();
            const QDate writtenOn = week.sunday().addDays(rng.bounded(2));
            const QDateTime written = qMin(now, QDateTime(writtenOn, QTime(15 + int(rng.bounded(3)), int(rng.bounded(60))), office));
            const QDateTime signedAt = qMin(now, written.addSecs(3600 * (1 + int(rng.bounded(40)))));
            const auto review = reviews.open(writer, u.id, week, qMin(today, week.sunday()), written);
            if (!review)
                return review.error();
            const ReviewText text = commentsFor(review->facts, items, rng);
            if (roll < missing + draft) {
                if (const Status s = reviews.save(writer, review->id, text, signedAt); !s)
                    return s;
                continue;
            }
            Session signer = writer;
            signer.displayName = u.director;
            if (const Status s = reviews.sign(signer, review->id, text, signedAt); !s)
                return s;
        }
    }
    return {};
}

} // namespace sitegov
