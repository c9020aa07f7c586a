#include "storage/ScoreCache.h"

#include "core/DivisionCode.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace sitegov {

namespace {

QDateTime instant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// The sync's own instants carry milliseconds: a success and a failure within one second stay ordered.
QString nowMs()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kPeriodColumns = QStringLiteral("period, backend_url, etag, sites, fetched_at, checked_at");

CachedPeriod periodFrom(const QSqlQuery& q)
{
    CachedPeriod p;
    p.period = Period::parse(q.value(0).toString()).value();
    p.backendUrl = q.value(1).toString();
    p.etag = q.value(2).toString().toUtf8();
    p.sites = q.value(3).toInt();
    p.fetchedAt = instant(q.value(4));
    p.checkedAt = instant(q.value(5));
    return p;
}

} // namespace

ScoreCache::ScoreCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<CachedPeriod>> ScoreCache::periods() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM score_periods ORDER BY first_month DESC, last_month").arg(kPeriodColumns)))
        return Sql::error(q, tr("The cached scores could not be read."));
    QList<CachedPeriod> out;
    while (q.next()) {
        if (Period::parse(q.value(0).toString()))
            out.append(periodFrom(q));
    }
    return out;
}

Result<std::optional<CachedPeriod>> ScoreCache::period(const Period& period) const
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT %1 FROM score_periods WHERE period = ?").arg(kPeriodColumns), &e))
        return e;
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, tr("The cached scores could not be read.")))
        return e;
    if (!q.next())
        return std::optional<CachedPeriod>();
    return std::optional<CachedPeriod>(periodFrom(q));
}

Result<qint64> ScoreCache::rowCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM score_cache")) || !q.next())
        return Sql::error(q, tr("The cached scores could not be read."));
    return q.value(0).toLongLong();
}

Status ScoreCache::replacePeriod(
    const QString& backendUrl, const Period& period, const QByteArray& etag, const QList<SiteScore>& rows)
{
    const QString what = tr("The scores of %1 could not be stored in the cache.").arg(period.toString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = Sql::nowUtc();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("INSERT INTO score_periods (period, kind, first_month, last_month, backend_url, etag, sites, "
                           "fetched_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(period) DO UPDATE SET "
                           "backend_url = excluded.backend_url, etag = excluded.etag, sites = excluded.sites, "
                           "fetched_at = excluded.fetched_at, checked_at = excluded.checked_at"),
            &e))
        return e;
    q.addBindValue(period.toString());
    q.addBindValue(period.kindKey());
    q.addBindValue(period.firstMonthIndex());
    q.addBindValue(period.lastMonthIndex());
    q.addBindValue(backendUrl);
    q.addBindValue(etag.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(etag)));
    q.addBindValue(int(rows.size()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, &e, what))
        return e;

    if (!Sql::prepare(q, QStringLiteral("DELETE FROM score_cache WHERE period = ?"), &e))
        return e;
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, what))
        return e;

    // Rows go in by statements of kBatch rows (one exec per batch instead of per row: the
    // driver's per-statement cost dominates otherwise), the remainder one by one.
    constexpr int kBatch = 50; // 16 columns: 800 parameters, under SQLite's oldest limit of 999
    const QString columns = QStringLiteral(
        "INSERT INTO score_cache (period, site_code, site_name, level, kind, region, city_region, total, "
        "deduction_score, bonus, passed, vetoes, rank, rank_of, assessments, updated_at) VALUES ");
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList tuples;
    for (int i = 0; i < kBatch; ++i)
        tuples << tuple;
    QSqlQuery batch(m_db);
    QSqlQuery single(m_db);
    if (!Sql::prepare(batch, columns + tuples.join(QStringLiteral(", ")), &e) || !Sql::prepare(single, columns + tuple, &e))
        return e;
    const QString periodText = period.toString();
    auto bind = [&periodText](QSqlQuery& query, const SiteScore& s) {
        query.addBindValue(periodText);
        query.addBindValue(s.siteCode);
        query.addBindValue(Sql::text(s.siteName));
        query.addBindValue(Vocabulary::key(s.level));
        query.addBindValue(Vocabulary::key(s.kind));
        query.addBindValue(Sql::text(s.region));
        const QString city = DivisionCode::cityRegion(s.region);
        query.addBindValue(Sql::text(city.isEmpty() ? s.region : city));
        query.addBindValue(s.total);
        query.addBindValue(s.deductionScore);
        query.addBindValue(s.bonus);
        query.addBindValue(s.passed ? 1 : 0);
        query.addBindValue(Sql::text(s.vetoes.join(u',')));
        query.addBindValue(s.rank);
        query.addBindValue(s.rankOf);
        query.addBindValue(s.assessments);
        query.addBindValue(Sql::nullIfEmpty(s.updatedAt));
    };
    qsizetype i = 0;
    for (; i + kBatch <= rows.size(); i += kBatch) {
        for (qsizetype j = i; j < i + kBatch; ++j)
            bind(batch, rows.at(j));
        if (!Sql::exec(batch, &e, what)) {
            e.detail = rows.at(i).siteCode + QStringLiteral("…: ") + e.detail;
            return e;
        }
    }
    for (; i < rows.size(); ++i) {
        bind(single, rows.at(i));
        if (!Sql::exec(single, &e, what)) {
            e.detail = rows.at(i).siteCode + QStringLiteral(": ") + e.detail;
            return e;
        }
    }
    return tx.commit();
}

Status ScoreCache::confirmPeriod(const Period& period)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("UPDATE score_periods SET checked_at = ? WHERE period = ?"), &e))
        return e;
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, tr("The score cache could not be updated.")))
        return e;
    return {};
}

Status ScoreCache::keepOnly(const QList<Period>& keep)
{
    const auto cached = periods();
    if (!cached)
        return cached.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM score_periods WHERE period = ?"), &e))
        return e;
    for (const CachedPeriod& p : *cached) {
        if (keep.contains(p.period))
            continue;
        q.addBindValue(p.period.toString());
        if (!Sql::exec(q, &e, tr("The score cache could not be updated.")))
            return e;
    }
    return tx.commit();
}

Result<ScoreSyncState> ScoreCache::state() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT backend_url, last_attempt_at, last_success_at, last_failure_at, last_error, "
                               "last_error_detail, last_error_code FROM score_sync WHERE id = 1")))
        return Sql::error(q, tr("The state of the score sync could not be read."));
    ScoreSyncState s;
    if (!q.next())
        return s;
    s.backendUrl = q.value(0).toString();
    s.lastAttemptAt = instant(q.value(1));
    s.lastSuccessAt = instant(q.value(2));
    s.lastFailureAt = instant(q.value(3));
    s.lastError = Error{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return s;
}

Status ScoreCache::updateState(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, sql, &e))
        return e;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!Sql::exec(q, &e, tr("The state of the score sync could not be saved.")))
        return e;
    return {};
}

Status ScoreCache::recordAttempt(const QString& backendUrl)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_attempt_at = ? WHERE id = 1"),
        {backendUrl, nowMs()});
}

Status ScoreCache::recordSuccess(const QString& backendUrl)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_success_at = ? WHERE id = 1"),
        {backendUrl, nowMs()});
}

Status ScoreCache::recordFailure(const QString& backendUrl, const Error& error)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_failure_at = ?, last_error = ?, "
                                      "last_error_detail = ?, last_error_code = ? WHERE id = 1"),
        {backendUrl, nowMs(), error.message, error.detail, error.code});
}

} // namespace sitegov
