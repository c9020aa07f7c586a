#include "storage/ScoreQueries.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "storage/ScoreCache.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace sitegov {

namespace {

// "WHERE"-clause parts for a scope over score_cache c, with their binds.
void addScope(const ScoreScope& scope, QStringList& where, QVariantList& binds)
{
    if (!scope.cityRegion.isEmpty()) {
        where << QStringLiteral("c.city_region = ?");
        binds << scope.cityRegion;
    }
    if (scope.level) {
        where << QStringLiteral("c.level = ?");
        binds << Vocabulary::key(*scope.level);
    }
    if (!scope.regionPrefix.isEmpty()) {
        where << QStringLiteral("substr(c.region, 1, ?) = ?");
        binds << int(scope.regionPrefix.size()) << scope.regionPrefix;
    }
}

// A statement on the score cache (ScoreCache::qualified names its tables) with its values.
db::Query cached(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    db::Query q(db, ScoreCache::qualified(sql));
    q.bindAll(binds);
    return q;
}

QString unreadable()
{
    return ScoreQueries::tr("The cached scores could not be read.");
}

// total, deduction_score, bonus, passed, vetoes, rank, rank_of from column `first` on.
void readFigures(SiteScore& s, const QSqlQuery& q, int first)
{
    s.total = q.value(first).toDouble();
    s.deductionScore = q.value(first + 1).toDouble();
    s.bonus = q.value(first + 2).toDouble();
    s.passed = q.value(first + 3).toInt() != 0;
    const QString vetoes = q.value(first + 4).toString();
    if (!vetoes.isEmpty())
        s.vetoes = vetoes.split(u',');
    s.rank = q.value(first + 5).toInt();
    s.rankOf = q.value(first + 6).toInt();
}

// "福州市人民政府" -> "福州市": the place, as charts and pickers name it.
QString shortName(const QString& government)
{
    for (const QString& suffix : {QStringLiteral("人民政府"), QStringLiteral("管理委员会")}) {
        if (government.endsWith(suffix) && government.size() > suffix.size())
            return government.left(government.size() - suffix.size());
    }
    return government;
}

bool isProvinceCode(const QString& code)
{
    return code.size() == 6 && code.endsWith(QStringLiteral("0000"));
}

} // namespace

ScoreQueries::ScoreQueries(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<ScoreRow>> ScoreQueries::scores(const Period& period, const ScoreScope& scope) const
{
    QStringList where{QStringLiteral("c.period = ?")};
    QVariantList binds{period.toString()};
    addScope(scope, where, binds);
    return cached(m_db,
        QStringLiteral(
            "SELECT c.site_code, c.site_name, c.level, c.kind, c.region, c.city_region, c.total, "
            "c.deduction_score, c.bonus, c.passed, c.vetoes, c.rank, c.rank_of, c.assessments, c.updated_at, "
            "s.id FROM score_cache c LEFT JOIN sites s ON s.code = c.site_code WHERE %1 "
            "ORDER BY c.passed DESC, c.total DESC, c.site_code")
            .arg(where.join(QStringLiteral(" AND "))),
        binds)
        .rows(unreadable(), [&period](const QSqlQuery& q) {
            ScoreRow r;
            SiteScore& s = r.score;
            db::RowReader in(q);
            in.into(s.siteCode, s.siteName);
            s.level = Vocabulary::adminLevel(in.next().toString()).value_or(AdminLevel::Province);
            s.kind = Vocabulary::siteKind(in.next().toString()).value_or(SiteKind::Portal);
            in.into(s.region, r.cityRegion);
            s.period = period;
            readFigures(s, q, 6);
            s.assessments = q.value(13).toInt();
            s.updatedAt = q.value(14).toString();
            r.siteId = q.value(15).toLongLong();
            return r;
        });
}

Result<QList<RegionName>> ScoreQueries::regions() const
{
    QList<RegionName> out;
    const Status read = cached(m_db,
        QStringLiteral(
            "SELECT r.city_region, (SELECT o.name FROM organisations o WHERE o.division_code = r.city_region AND "
            "o.kind = "
            "'government' AND o.level IN ('province', 'city') ORDER BY o.id LIMIT 1) FROM (SELECT DISTINCT city_region "
            "FROM score_cache) r ORDER BY r.city_region"))
                            .forEach(unreadable(), [&out](const QSqlQuery& q) {
                                RegionName r;
                                r.code = q.value(0).toString();
                                if (isProvinceCode(r.code))
                                    r.name = tr("Province level");
                                else
                                    r.name = q.value(1).isNull() ? r.code : shortName(q.value(1).toString());
                                if (isProvinceCode(r.code))
                                    out.prepend(r);
                                else
                                    out.append(r);
                                return true;
                            });
    if (!read)
        return read.error();
    return out;
}

Result<QList<LevelRate>> ScoreQueries::levelRates(const Period& period, const ScoreScope& scope) const
{
    QStringList where{QStringLiteral("c.period = ?")};
    QVariantList binds{period.toString()};
    addScope(scope, where, binds);
    QMap<int, LevelRate> byLevel;
    const Status read = cached(m_db,
        QStringLiteral(
            "SELECT c.level, count(*), sum(c.passed), avg(c.total) FROM score_cache c WHERE %1 GROUP BY c.level")
            .arg(where.join(QStringLiteral(" AND "))),
        binds)
                            .forEach(unreadable(), [&byLevel](const QSqlQuery& q) {
                                const auto level = Vocabulary::adminLevel(q.value(0).toString());
                                if (!level)
                                    return true;
                                LevelRate r;
                                r.level = *level;
                                r.count = q.value(1).toInt();
                                r.passed = q.value(2).toInt();
                                r.mean = q.value(3).toDouble();
                                byLevel.insert(int(*level), r);
                                return true;
                            });
    if (!read)
        return read.error();
    return byLevel.values();
}

Result<ScoreSummary> ScoreQueries::summary(const Period& period, const ScoreScope& scope) const
{
    QStringList where{QStringLiteral("c.period = ?")};
    QVariantList binds{period.toString()};
    addScope(scope, where, binds);
    return cached(m_db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(c.passed), 0), coalesce(avg(c.total), 0) FROM score_cache c WHERE %1")
            .arg(where.join(QStringLiteral(" AND "))),
        binds)
        .single(unreadable(), unreadable(), [&period](const QSqlQuery& q) {
            ScoreSummary s;
            s.period = period;
            s.count = q.value(0).toInt();
            s.passed = q.value(1).toInt();
            s.mean = q.value(2).toDouble();
            return s;
        });
}

Result<QList<Period>> ScoreQueries::latest(Period::Kind kind, int count) const
{
    return periods(QStringLiteral("kind = ?"), {Period::kindKey(kind), count}, false);
}

Result<QList<Period>> ScoreQueries::periodsUpTo(const Period& upTo, int count) const
{
    return periods(
        QStringLiteral("kind = ? AND first_month <= ?"), {upTo.kindKey(), upTo.firstMonthIndex(), count}, true);
}

Result<QList<Period>> ScoreQueries::periods(const QString& where, const QVariantList& binds, bool oldestFirst) const
{
    const auto keys = cached(m_db,
        QStringLiteral("SELECT period FROM score_periods WHERE %1 ORDER BY first_month DESC LIMIT ?").arg(where), binds)
                          .column<QString>(unreadable());
    if (!keys)
        return keys.error();
    QList<Period> out;
    for (const QString& key : *keys) {
        if (const auto p = Period::parse(key))
            oldestFirst ? out.prepend(*p) : out.append(*p);
    }
    return out;
}

Result<QList<TrendLine>> ScoreQueries::groupTrend(const Period& upTo, int count, const ScoreScope& scope) const
{
    const auto periods = periodsUpTo(upTo, count);
    if (!periods)
        return periods.error();
    if (periods->isEmpty())
        return QList<TrendLine>();
    const bool byRegion = scope.cityRegion.isEmpty();
    QStringList where{QStringLiteral("p.kind = ?"), QStringLiteral("p.first_month BETWEEN ? AND ?")};
    QVariantList binds{upTo.kindKey(), periods->constFirst().firstMonthIndex(), upTo.firstMonthIndex()};
    addScope(scope, where, binds);
    const QString group = byRegion ? QStringLiteral("c.city_region") : QStringLiteral("c.level");
    // group -> period -> (count, sum)
    QMap<QString, QHash<QString, std::pair<int, double>>> sums;
    QHash<QString, std::pair<int, double>> overall;
    const Status read = cached(m_db,
        QStringLiteral("SELECT c.period, %1, count(*), sum(c.total) FROM score_cache c JOIN score_periods p ON "
                       "p.period = c.period WHERE %2 GROUP BY c.period, %1")
            .arg(group, where.join(QStringLiteral(" AND "))),
        binds)
                            .forEach(unreadable(), [&sums, &overall](const QSqlQuery& q) {
                                const QString period = q.value(0).toString();
                                const int n = q.value(2).toInt();
                                const double sum = q.value(3).toDouble();
                                sums[q.value(1).toString()][period] = {n, sum};
                                auto& o = overall[period];
                                o.first += n;
                                o.second += sum;
                                return true;
                            });
    if (!read)
        return read.error();
    auto line = [&](const QString& key, const QString& label, const QHash<QString, std::pair<int, double>>& data) {
        TrendLine l;
        l.key = key;
        l.label = label;
        for (const Period& p : *periods) {
            const auto it = data.constFind(p.toString());
            if (it == data.constEnd() || it->first == 0)
                continue;
            l.periods.append(p);
            l.values.append(it->second / it->first);
        }
        return l;
    };
    QList<TrendLine> out;
    // The first line averages the whole scope: a region chosen, the account's jurisdiction, or the province.
    const QString average = !scope.cityRegion.isEmpty() ? tr("Average of the region")
        : !scope.regionPrefix.isEmpty()                 ? tr("Average of the jurisdiction")
                                                        : tr("Province average");
    out.append(line(QString(), average, overall));
    if (byRegion) {
        const auto names = regions();
        if (!names)
            return names.error();
        for (const RegionName& r : *names) {
            if (sums.contains(r.code))
                out.append(line(r.code, r.name, sums.value(r.code)));
        }
    } else {
        for (AdminLevel level : Vocabulary::adminLevels()) {
            const QString key = Vocabulary::key(level);
            if (sums.contains(key))
                out.append(line(key, Vocabulary::displayName(level), sums.value(key)));
        }
    }
    return out;
}

Result<QList<TrendLine>> ScoreQueries::siteTrend(const QStringList& siteCodes, const Period& upTo, int count) const
{
    if (siteCodes.isEmpty())
        return QList<TrendLine>();
    const auto periods = periodsUpTo(upTo, count);
    if (!periods)
        return periods.error();
    if (periods->isEmpty())
        return QList<TrendLine>();
    QStringList marks;
    QVariantList binds{upTo.kindKey(), periods->constFirst().firstMonthIndex(), upTo.firstMonthIndex()};
    for (const QString& code : siteCodes) {
        marks << QStringLiteral("?");
        binds << code;
    }
    QMap<QString, TrendLine> lines;
    const Status read = cached(m_db,
        QStringLiteral("SELECT c.site_code, c.site_name, c.period, c.total FROM score_cache c JOIN score_periods p ON "
                       "p.period = c.period WHERE p.kind = ? AND p.first_month BETWEEN ? AND ? AND c.site_code IN (%1) "
                       "ORDER BY p.first_month")
            .arg(marks.join(u',')),
        binds)
                            .forEach(unreadable(), [&lines](const QSqlQuery& q) {
                                TrendLine& l = lines[q.value(0).toString()];
                                l.key = q.value(0).toString();
                                l.label = q.value(1).toString();
                                if (const auto p = Period::parse(q.value(2).toString())) {
                                    l.periods.append(*p);
                                    l.values.append(q.value(3).toDouble());
                                }
                                return true;
                            });
    if (!read)
        return read.error();
    QList<TrendLine> out;
    for (const QString& code : siteCodes) {
        if (lines.contains(code))
            out.append(lines.value(code));
    }
    return out;
}

Result<QList<SiteScore>> ScoreQueries::siteSeries(const QString& siteCode, Period::Kind kind, int count) const
{
    QList<SiteScore> out;
    const Status read = cached(m_db,
        QStringLiteral("SELECT c.period, c.site_name, c.total, c.deduction_score, c.bonus, c.passed, c.vetoes, c.rank, "
                       "c.rank_of FROM score_cache c JOIN score_periods p ON p.period = c.period WHERE c.site_code = ? "
                       "AND p.kind = ? ORDER BY p.first_month DESC LIMIT ?"),
        {siteCode, Period::kindKey(kind), count})
                            .forEach(unreadable(), [&out, &siteCode](const QSqlQuery& q) {
                                const auto p = Period::parse(q.value(0).toString());
                                if (!p)
                                    return true;
                                SiteScore s;
                                s.siteCode = siteCode;
                                s.period = *p;
                                s.siteName = q.value(1).toString();
                                readFigures(s, q, 2);
                                out.prepend(s);
                                return true;
                            });
    if (!read)
        return read.error();
    return out;
}

} // namespace sitegov
