#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "server/ServerStore.h"
#include "server/ServerStoreConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <limits>

namespace sitegov::server {

// ServerStore's sites and their assessments (the connections, the data version and the tokens are
// in ServerStore.cpp).

namespace {

constexpr auto kScoreColumns = "a.site_code, s.name, s.level, s.kind, s.division_code, a.period, a.rules_id, "
                               "a.deduction_score, a.bonus_claimed, a.bonus, a.total, a.passed, a.scaled, a.vetoes, "
                               "a.category_scores, a.updated_at";

QString vetoesJson(const QStringList& vetoes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(vetoes)).toJson(QJsonDocument::Compact));
}

QString categoriesJson(const QList<ScoreCard::CategoryScore>& categories)
{
    QJsonArray out;
    for (const auto& c : categories)
        out.append(QJsonObject{
            {QStringLiteral("key"), c.key}, {QStringLiteral("score"), c.score}, {QStringLiteral("max"), c.max}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QStringList vetoesFromJson(const QString& text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QList<ScoreCard::CategoryScore> categoriesFromJson(const QString& text)
{
    QList<ScoreCard::CategoryScore> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("score")).toDouble(),
            o.value(QLatin1String("max")).toDouble()});
    }
    return out;
}

// The facts of a site that the sites and the scores both select first: code, name, level, kind,
// division code.
void readSiteFacts(
    db::RowReader& in, QString& code, QString& name, AdminLevel& level, SiteKind& kind, QString& divisionCode)
{
    in.into(code, name);
    level = Vocabulary::adminLevel(in.next().toString()).value_or(AdminLevel::Province);
    kind = Vocabulary::siteKind(in.next().toString()).value_or(SiteKind::Portal);
    in.into(divisionCode);
}

ServerStore::Site siteFromQuery(const QSqlQuery& q)
{
    ServerStore::Site s;
    db::RowReader in(q);
    readSiteFacts(in, s.code, s.name, s.level, s.kind, s.divisionCode);
    s.publicServices = in.next().toInt() != 0;
    in.into(s.createdAt, s.updatedAt);
    return s;
}

constexpr auto kSiteColumns = "code, name, level, kind, division_code, public_services, created_at, updated_at";

ServerStore::ScoreRow scoreRowFromQuery(const QSqlQuery& q)
{
    ServerStore::ScoreRow r;
    db::RowReader in(q);
    readSiteFacts(in, r.siteCode, r.siteName, r.level, r.kind, r.divisionCode);
    const auto period = Period::parse(in.next().toString());
    r.period = period ? *period : Period();
    in.into(r.card.rulesId, r.card.deductionScore, r.card.bonusClaimed, r.card.bonus, r.card.total);
    r.card.passed = in.next().toInt() != 0;
    r.card.scaled = in.next().toInt() != 0;
    r.card.vetoes = vetoesFromJson(in.next().toString());
    r.card.categories = categoriesFromJson(in.next().toString());
    in.into(r.updatedAt);
    return r;
}

FieldError fieldErrorOf(const Error& e)
{
    QString message = e.message;
    const QString prefix = e.detail + QStringLiteral(": ");
    if (!e.detail.isEmpty() && message.startsWith(prefix))
        message = message.mid(prefix.size());
    return FieldError{e.detail, message};
}

void bindPeriod(db::Query& q, const Period& p)
{
    q.bindNamed(QStringLiteral(":period"), p.toString());
    q.bindNamed(QStringLiteral(":period_kind"), p.kindKey());
    q.bindNamed(QStringLiteral(":period_year"), p.yearNumber());
    q.bindNamed(QStringLiteral(":period_quarter"),
        p.kind() == Period::Kind::Year ? QVariant(QMetaType::fromType<int>()) : QVariant(p.quarterNumber()));
    q.bindNamed(QStringLiteral(":first_month"), p.firstMonthIndex());
    q.bindNamed(QStringLiteral(":last_month"), p.lastMonthIndex());
}

void bindCard(db::Query& q, const ScoreCard& card)
{
    q.bindNamed(QStringLiteral(":rules_id"), card.rulesId);
    q.bindNamed(QStringLiteral(":deduction_score"), card.deductionScore);
    q.bindNamed(QStringLiteral(":bonus_claimed"), card.bonusClaimed);
    q.bindNamed(QStringLiteral(":bonus"), card.bonus);
    q.bindNamed(QStringLiteral(":total"), card.total);
    q.bindNamed(QStringLiteral(":passed"), card.passed ? 1 : 0);
    q.bindNamed(QStringLiteral(":scaled"), card.scaled ? 1 : 0);
    q.bindNamed(QStringLiteral(":vetoes"), vetoesJson(card.vetoes));
    q.bindNamed(QStringLiteral(":category_scores"), categoriesJson(card.categories));
}

const QString kInsertAssessment = QStringLiteral(
    "INSERT INTO assessments (site_code, period, period_kind, period_year, period_quarter, first_month, last_month, "
    "inputs, rules_id, deduction_score, bonus_claimed, bonus, total, passed, scaled, vetoes, category_scores, "
    "created_at, updated_at) VALUES (:site_code, :period, :period_kind, :period_year, :period_quarter, :first_month, "
    ":last_month, :inputs, :rules_id, :deduction_score, :bonus_claimed, :bonus, :total, :passed, :scaled, :vetoes, "
    ":category_scores, :now, :now)");

const QString kInsertSite
    = QStringLiteral("INSERT INTO sites (code, name, level, kind, division_code, public_services, created_at, "
                     "updated_at) VALUES (:code, :name, :level, :kind, :division, :services, :now, :now)");

void bindSite(db::Query& q, const ServerStore::Site& site, const QString& now)
{
    q.bindNamed(QStringLiteral(":code"), site.code)
        .bindNamed(QStringLiteral(":name"), site.name)
        .bindNamed(QStringLiteral(":level"), Vocabulary::key(site.level))
        .bindNamed(QStringLiteral(":kind"), Vocabulary::key(site.kind))
        .bindNamed(QStringLiteral(":division"), site.divisionCode)
        .bindNamed(QStringLiteral(":services"), site.publicServices ? 1 : 0)
        .bindNamed(QStringLiteral(":now"), now);
}

} // namespace

Result<std::optional<ServerStore::Site>> ServerStore::site(const QString& code)
{
    auto c = connection();
    if (!c)
        return c.error();
    return storedSite((*c)->db, code);
}

Result<std::optional<ServerStore::Site>> ServerStore::storedSite(const QSqlDatabase& db, const QString& code)
{
    return db::Query(db, QStringLiteral("SELECT %1 FROM sites WHERE code = ?").arg(QLatin1String(kSiteColumns)))
        .bind(code)
        .first(tr("The store could not be read."), &siteFromQuery);
}

Result<QList<ServerStore::Site>> ServerStore::sites(const SiteQuery& query)
{
    auto c = connection();
    if (!c)
        return c.error();
    QString sql = QStringLiteral("SELECT %1 FROM sites WHERE 1 = 1").arg(QLatin1String(kSiteColumns));
    QVariantList binds;
    if (!query.afterCode.isEmpty()) {
        sql += QStringLiteral(" AND code > ?");
        binds << query.afterCode;
    }
    if (query.level) {
        sql += QStringLiteral(" AND level = ?");
        binds << Vocabulary::key(*query.level);
    }
    if (query.kind) {
        sql += QStringLiteral(" AND kind = ?");
        binds << Vocabulary::key(*query.kind);
    }
    if (!query.region.isEmpty()) {
        sql += QStringLiteral(" AND division_code LIKE ?");
        binds << query.region + u'%';
    }
    sql += QStringLiteral(" ORDER BY code LIMIT ?");
    binds << query.limit;
    return db::Query((*c)->db, sql).bindAll(binds).rows(tr("The store could not be read."), &siteFromQuery);
}

Result<int> ServerStore::siteCount()
{
    auto c = connection();
    if (!c)
        return c.error();
    return db::Query((*c)->db, QStringLiteral("SELECT count(*) FROM sites"))
        .value<int>(tr("The store could not be read."));
}

Result<ServerStore::WriteOutcome> ServerStore::putSite(const Site& site, const Scorer& rescore)
{
    return write([&](QSqlDatabase& db) -> Result<WriteOutcome> {
        WriteOutcome outcome;
        const auto existing = storedSite(db, site.code);
        if (!existing)
            return existing.error();
        outcome.created = !existing->has_value();
        const QString now = Sql::nowUtc();

        if (*existing && ((*existing)->kind != site.kind || (*existing)->publicServices != site.publicServices)) {
            struct Stored
            {
                QVariant id;
                QString period;
                QByteArray inputs;
            };
            const auto stored
                = db::Query(db, QStringLiteral("SELECT id, period, inputs FROM assessments WHERE site_code = ?"))
                      .bind(site.code)
                      .rows(tr("The store could not be read."), [](const QSqlQuery& q) {
                          return Stored{q.value(0), q.value(1).toString(), q.value(2).toByteArray()};
                      });
            if (!stored)
                return stored.error();
            db::Query update(db,
                QStringLiteral("UPDATE assessments SET rules_id = :rules_id, deduction_score = :deduction_score, "
                               "bonus_claimed = :bonus_claimed, bonus = :bonus, total = :total, passed = :passed, "
                               "scaled = :scaled, vetoes = :vetoes, category_scores = :category_scores, "
                               "updated_at = :now WHERE id = :id"));
            for (const Stored& assessment : *stored) {
                const auto card = rescore(site, assessment.inputs);
                if (!card) {
                    const FieldError cause = fieldErrorOf(card.error());
                    const QString field
                        = (*existing)->kind != site.kind ? QStringLiteral("kind") : QStringLiteral("public_services");
                    outcome.rejected = FieldError{field,
                        tr("the stored assessment for %1 would no longer score (%2)")
                            .arg(assessment.period, cause.text())};
                    return outcome; // the transaction rolls back
                }
                bindCard(update, *card);
                update.bindNamed(QStringLiteral(":now"), now).bindNamed(QStringLiteral(":id"), assessment.id);
                if (const Status s = update.exec(tr("The store could not be written.")); !s)
                    return s.error();
            }
        }

        db::Query write(db,
            *existing ? QStringLiteral(
                "UPDATE sites SET name = :name, level = :level, kind = :kind, division_code = :division, "
                "public_services = :services, updated_at = :now WHERE code = :code")
                      : kInsertSite);
        bindSite(write, site, now);
        if (const Status s = write.exec(tr("The site could not be stored.")); !s)
            return s.error();
        return outcome;
    });
}

Status ServerStore::import(const QList<Site>& sites, const QList<ScoreRow>& rows, const QList<QByteArray>& inputs)
{
    const auto written = write([&](QSqlDatabase& db) -> Result<WriteOutcome> {
        const QString now = Sql::nowUtc();
        db::Query insertSite(db, kInsertSite);
        for (const Site& site : sites) {
            bindSite(insertSite, site, now);
            if (const Status s = insertSite.exec(tr("The site could not be stored.")); !s)
                return s.error();
        }
        db::Query insertAssessment(db, kInsertAssessment);
        for (int i = 0; i < rows.size(); ++i) {
            insertAssessment.bindNamed(QStringLiteral(":site_code"), rows.at(i).siteCode);
            bindPeriod(insertAssessment, rows.at(i).period);
            insertAssessment.bindNamed(QStringLiteral(":inputs"), QString::fromUtf8(inputs.value(i)));
            bindCard(insertAssessment, rows.at(i).card);
            insertAssessment.bindNamed(QStringLiteral(":now"), now);
            if (const Status s = insertAssessment.exec(tr("The assessment could not be stored.")); !s)
                return s.error();
        }
        return WriteOutcome{};
    });
    if (!written)
        return written.error();
    return {};
}

Result<ServerStore::WriteOutcome> ServerStore::putAssessment(
    const QString& siteCode, const Period& period, const QByteArray& inputs, const Scorer& score)
{
    return write([&](QSqlDatabase& db) -> Result<WriteOutcome> {
        WriteOutcome outcome;
        const auto site = storedSite(db, siteCode);
        if (!site)
            return site.error();
        if (!*site) {
            outcome.siteFound = false;
            return outcome;
        }
        const auto card = score(**site, inputs);
        if (!card) {
            outcome.rejected = fieldErrorOf(card.error());
            return outcome;
        }
        outcome.card = *card;

        const auto id = db::Query(db, QStringLiteral("SELECT id FROM assessments WHERE site_code = ? AND period = ?"))
                            .bind(siteCode, period.toString())
                            .first(tr("The store could not be read."), [](const QSqlQuery& q) { return q.value(0); });
        if (!id)
            return id.error();
        outcome.created = !id->has_value();

        db::Query write(db,
            *id ? QStringLiteral("UPDATE assessments SET inputs = :inputs, rules_id = :rules_id, "
                                 "deduction_score = :deduction_score, bonus_claimed = :bonus_claimed, bonus = :bonus, "
                                 "total = :total, passed = :passed, scaled = :scaled, vetoes = :vetoes, "
                                 "category_scores = :category_scores, updated_at = :now WHERE id = :id")
                : kInsertAssessment);
        if (*id) {
            write.bindNamed(QStringLiteral(":id"), **id);
        } else {
            write.bindNamed(QStringLiteral(":site_code"), siteCode);
            bindPeriod(write, period);
        }
        write.bindNamed(QStringLiteral(":inputs"), QString::fromUtf8(inputs));
        bindCard(write, *card);
        write.bindNamed(QStringLiteral(":now"), Sql::nowUtc());
        if (const Status s = write.exec(tr("The assessment could not be stored.")); !s)
            return s.error();
        return outcome;
    });
}

Result<ServerStore::WriteOutcome> ServerStore::write(const Writer& work)
{
    auto c = connection();
    if (!c)
        return c.error();
    Transaction tx((*c)->db);
    if (!tx.isActive())
        return tx.beginError();
    const auto outcome = work((*c)->db);
    if (!outcome || !outcome->siteFound || outcome->rejected)
        return outcome; // nothing written: the transaction rolls back
    const auto version = bumpVersion(**c);
    if (!version)
        return version.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    noteVersion(*version);
    return outcome;
}

Result<QList<ServerStore::ScoreRow>> ServerStore::scoreRows(const Period& period)
{
    auto c = connection();
    if (!c)
        return c.error();
    QString where;
    QVariantList binds{period.toString()};
    switch (period.kind()) {
    case Period::Kind::Month:
        where = QStringLiteral("a.period = ?");
        break;
    case Period::Kind::Quarter:
        where = QStringLiteral(
            "a.period = ? OR (a.period_kind = 'month' AND a.period_year = ? AND a.period_quarter = ?)");
        binds << period.yearNumber() << period.quarterNumber();
        break;
    case Period::Kind::Year:
        where = QStringLiteral("a.period = ? OR (a.period_kind = 'month' AND a.period_year = ?)");
        binds << period.yearNumber();
        break;
    }
    return db::Query((*c)->db,
        QStringLiteral("SELECT %1 FROM assessments a JOIN sites s ON s.code = a.site_code WHERE %2")
            .arg(QLatin1String(kScoreColumns), where))
        .bindAll(binds)
        .rows(tr("The store could not be read."), &scoreRowFromQuery);
}

Result<QList<ServerStore::ScoreRow>> ServerStore::siteSeries(const QString& code, const Period& from, const Period& to)
{
    auto c = connection();
    if (!c)
        return c.error();
    return db::Query((*c)->db,
        QStringLiteral("SELECT %1 FROM assessments a JOIN sites s ON s.code = a.site_code WHERE a.site_code = ? "
                       "AND a.first_month >= ? AND a.last_month <= ? ORDER BY a.first_month, a.last_month DESC")
            .arg(QLatin1String(kScoreColumns)))
        .bind(code, from.isValid() ? from.firstMonthIndex() : 0,
            to.isValid() ? to.lastMonthIndex() : std::numeric_limits<int>::max())
        .rows(tr("The store could not be read."), &scoreRowFromQuery);
}

Result<QList<ServerStore::PeriodCount>> ServerStore::periods()
{
    auto c = connection();
    if (!c)
        return c.error();
    QMap<Period, int> counts;
    // Adds what `sql` counts per period: the period read from a row by `periodOf`, the count in its
    // last column, `countColumn`.
    const auto countPerPeriod
        = [&](const QString& sql, int countColumn, Period (*periodOf)(const QSqlQuery&)) -> Status {
        return db::Query((*c)->db, sql).forEach(tr("The store could not be read."), [&](const QSqlQuery& q) {
            const Period p = periodOf(q);
            if (p.isValid())
                counts.insert(p, q.value(countColumn).toInt());
            return true;
        });
    };
    // Months as stored; quarters and years from what is stored for them and the months inside them,
    // as the score endpoints count them.
    if (const Status s = countPerPeriod(
            QStringLiteral("SELECT period, count(*) FROM assessments WHERE period_kind = 'month' GROUP BY period"), 1,
            [](const QSqlQuery& q) {
                const auto p = Period::parse(q.value(0).toString());
                return p ? *p : Period();
            });
        !s)
        return s.error();
    if (const Status s = countPerPeriod(
            QStringLiteral("SELECT period_year, period_quarter, count(DISTINCT site_code) FROM assessments "
                           "WHERE period_kind IN ('month', 'quarter') GROUP BY period_year, period_quarter"),
            2, [](const QSqlQuery& q) { return Period::quarter(q.value(0).toInt(), q.value(1).toInt()); });
        !s)
        return s.error();
    if (const Status s = countPerPeriod(QStringLiteral("SELECT period_year, count(DISTINCT site_code) FROM assessments "
                                                       "WHERE period_kind IN ('month', 'year') GROUP BY period_year"),
            1, [](const QSqlQuery& q) { return Period::year(q.value(0).toInt()); });
        !s)
        return s.error();
    QList<PeriodCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace sitegov::server
