#include "storage/BulletinQueries.h"

#include "core/ScoringModel.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "storage/OrganisationRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace sitegov {

namespace {

// The confirmed checks of the quarter's months of sites hosted in the jurisdiction of the first bind.
const char* const kChecks
    = "FROM assessments a JOIN sites s ON s.id = a.site_id JOIN org_ancestors x ON x.org_id = "
      "s.host_org_id AND x.ancestor_id = ? WHERE a.status = 'confirmed' AND a.period IN (?, ?, ?)";

} // namespace

int BulletinFigures::accountabilityTotal() const
{
    int n = 0;
    for (const int v : accountability)
        n += v;
    return n;
}

QString BulletinQueries::ownLevelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return tr("Province level");
    case AdminLevel::City:
        return tr("City level");
    case AdminLevel::County:
        return tr("County level");
    case AdminLevel::Township:
        return tr("Township level");
    }
    return {};
}

QString BulletinQueries::headOf(const QString& governmentName)
{
    const QString people = QStringLiteral("人民政府");
    if (governmentName.endsWith(QStringLiteral("管理委员会")))
        return tr("Director of %1").arg(governmentName);
    if (governmentName.endsWith(people)) {
        const QString place = governmentName.chopped(people.size());
        if (place.endsWith(u'市'))
            return tr("Mayor of %1").arg(governmentName);
        if (place.endsWith(u'县'))
            return tr("County head of %1").arg(governmentName);
        if (place.endsWith(u'区'))
            return tr("District head of %1").arg(governmentName);
    }
    return tr("Head of %1").arg(governmentName);
}

Result<BulletinFigures> BulletinQueries::compute(const QSqlDatabase& db, qint64 orgId, const Period& quarter)
{
    if (!quarter.isValid() || quarter.kind() != Period::Kind::Quarter)
        return Error{tr("A bulletin is for one quarter, written as 2026-Q3."), {}};
    QSqlDatabase conn = db;
    const auto org = OrganisationRepository(conn).byId(orgId);
    if (!org)
        return org.error();
    BulletinFigures f;
    f.orgId = orgId;
    f.orgName = org->name;
    f.orgLevel = org->level;
    f.quarter = quarter;
    QVariantList scope{orgId};
    for (const Period& m : quarter.months())
        scope << m.toString();
    const QString what = tr("The figures of the bulletin could not be read.");

    // Running sites by the host's level.
    {
        QMap<int, int> byLevel;
        const Status s = db::Query(db,
            QStringLiteral("SELECT o.level, count(*) FROM sites s JOIN organisations o ON o.id = s.host_org_id JOIN "
                           "org_ancestors x ON x.org_id = s.host_org_id AND x.ancestor_id = ? WHERE s.status IN "
                           "('operating', 'migrating') GROUP BY o.level"))
                             .bind(orgId)
                             .forEach(what, [&byLevel](const QSqlQuery& q) {
                                 if (const auto level = Vocabulary::adminLevel(q.value(0).toString()))
                                     byLevel.insert(int(*level), q.value(1).toInt());
                                 return true;
                             });
        if (!s)
            return s.error();
        for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it) {
            f.runningByLevel.append({AdminLevel(it.key()), it.value()});
            f.runningSites += it.value();
        }
    }
    // Plans of the quarter by offices in the jurisdiction.
    {
        const auto n = db::Query(db,
            QStringLiteral(
                "SELECT count(*) FROM spot_check_plans p WHERE p.org_id IN (SELECT org_id FROM org_ancestors "
                "WHERE ancestor_id = ?) AND p.month IN (?, ?, ?)"))
                           .bindAll(scope)
                           .value<int>(what);
        if (!n)
            return n.error();
        f.plans = *n;
    }
    // Checks, sites checked, sites failing.
    {
        const Status s = db::Query(db,
            QStringLiteral(
                "SELECT count(*), count(DISTINCT a.site_id), count(DISTINCT CASE WHEN a.passed = 0 THEN a.site_id "
                "END) ")
                + QLatin1String(kChecks))
                             .bindAll(scope)
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 f.checks = q.value(0).toInt();
                                 f.sitesChecked = q.value(1).toInt();
                                 f.sitesFailing = q.value(2).toInt();
                                 return false;
                             });
        if (!s)
            return s.error();
    }
    // By the government one level below the office (0: the office's own level).
    QHash<qint64, QString> groupNames;
    {
        QVariantList binds{orgId};
        binds += scope;
        const Status s = db::Query(db,
            QStringLiteral(
                "SELECT t.grp, coalesce(g.name, ''), count(DISTINCT t.site_id), count(DISTINCT CASE WHEN t.passed = "
                "0 THEN t.site_id END) FROM (SELECT a.site_id, a.passed, coalesce((SELECT y.ancestor_id FROM "
                "org_ancestors y JOIN organisations u ON u.id = y.ancestor_id WHERE y.org_id = s.host_org_id AND "
                "u.parent_id = ? AND u.kind = 'government'), 0) AS grp ")
                + QLatin1String(kChecks)
                + QStringLiteral(
                    ") t LEFT JOIN organisations g ON g.id = t.grp GROUP BY t.grp, g.name, g.division_code ORDER "
                    "BY t.grp <> 0, g.division_code, t.grp"))
                             .bindAll(binds)
                             .forEach(what, [&](const QSqlQuery& q) {
                                 BulletinFigures::Group g;
                                 g.unitId = q.value(0).toLongLong();
                                 g.name = g.unitId == 0 ? ownLevelName(org->level) : q.value(1).toString();
                                 g.checked = q.value(2).toInt();
                                 g.failing = q.value(3).toInt();
                                 groupNames.insert(g.unitId, q.value(1).toString());
                                 f.groups.append(g);
                                 return true;
                             });
        if (!s)
            return s.error();
    }
    // The failing sites, each with its latest failing check.
    {
        QVariantList binds{orgId, orgId};
        for (const Period& m : quarter.months())
            binds << m.toString();
        for (const Period& m : quarter.months())
            binds << m.toString();
        auto rules = ScoringRules::builtin();
        QList<std::pair<qint64, BulletinFigures::FailingSite>> rows;
        const Status st = db::Query(db,
            QStringLiteral(
                "SELECT a.id, s.code, s.name, h.name, a.period, a.total, a.kind, a.public_services, a.vetoes, "
                "a.deductions, a.bonus_claimed, r.deadline, coalesce((SELECT y.ancestor_id FROM org_ancestors y "
                "JOIN organisations u ON u.id = y.ancestor_id WHERE y.org_id = s.host_org_id AND u.parent_id = ? AND "
                "u.kind = 'government'), 0), a.deduction_score FROM assessments a JOIN sites s ON s.id = a.site_id "
                "JOIN organisations h ON h.id = s.host_org_id JOIN org_ancestors x ON x.org_id = s.host_org_id AND "
                "x.ancestor_id = ? LEFT JOIN rectifications r ON r.id = a.rectification_id WHERE a.status = "
                "'confirmed' AND a.period IN (?, ?, ?) AND a.passed = 0 AND NOT EXISTS (SELECT 1 FROM assessments b "
                "WHERE b.site_id = a.site_id AND b.status = 'confirmed' AND b.passed = 0 AND b.period IN (?, ?, ?) "
                "AND (b.period > a.period OR (b.period = a.period AND b.id > a.id))) ORDER BY s.code"))
                              .bindAll(binds)
                              .forEach(what, [&](const QSqlQuery& q) {
                                  BulletinFigures::FailingSite s;
                                  s.assessmentId = q.value(0).toLongLong();
                                  s.siteCode = q.value(1).toString();
                                  s.siteName = q.value(2).toString();
                                  s.unit = q.value(3).toString();
                                  s.month = Period::parse(q.value(4).toString()).value();
                                  s.total = q.value(5).toDouble();
                                  ScoreInput input;
                                  input.kind = Vocabulary::siteKind(q.value(6).toString()).value_or(SiteKind::Portal);
                                  input.hasPublicServices = q.value(7).toInt() != 0;
                                  input.vetoes = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
                                  const QJsonObject d
                                      = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
                                  for (auto it = d.begin(); it != d.end(); ++it)
                                      input.deductions.insert(it.key(), it.value().toDouble());
                                  input.bonus = q.value(10).toDouble();
                                  s.deadline = Sql::toDate(q.value(11));
                                  const qint64 group = q.value(12).toLongLong();
                                  s.group = group == 0 ? s.unit : groupNames.value(group);
                                  ScoreCard card;
                                  card.vetoes = input.vetoes;
                                  card.deductionScore = q.value(13).toDouble();
                                  s.problems
                                      = rules ? SpotCheckRules::problems(*rules, input, card) : input.vetoes.join(u',');
                                  rows.append({group, s});
                                  return true;
                              });
        if (!st)
            return st.error();
        // By group as the pass-rate table orders them, then by code.
        QHash<qint64, int> order;
        for (int i = 0; i < f.groups.size(); ++i)
            order.insert(f.groups.at(i).unitId, i);
        std::stable_sort(rows.begin(), rows.end(),
            [&order](const auto& a, const auto& b) { return order.value(a.first) < order.value(b.first); });
        for (const auto& row : std::as_const(rows))
            f.failing.append(row.second);
    }
    // Accountability for the quarter's failing checks.
    {
        for (AccountabilityMeasure m : SpotCheckRules::measures())
            f.accountability.insert(m, 0);
        const Status s = db::Query(db,
            QStringLiteral(
                "SELECT r.measure, count(*) FROM accountability_records r WHERE r.rectification_id IN (SELECT "
                "a.rectification_id ")
                + QLatin1String(kChecks)
                + QStringLiteral(" AND a.passed = 0 AND a.rectification_id IS NOT NULL) GROUP BY r.measure"))
                             .bindAll(scope)
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 if (const auto m = SpotCheckRules::measure(q.value(0).toString()))
                                     f.accountability[*m] = q.value(1).toInt();
                                 return true;
                             });
        if (!s)
            return s.error();
    }
    // Error-report tickets of the quarter, per unit and in total.
    {
        const auto tickets = TicketService(conn).quarterFigures(quarter.yearNumber(), quarter.quarterNumber(), orgId);
        if (!tickets)
            return tickets.error();
        f.tickets = *tickets;
        for (const TicketFigures& t : f.tickets) {
            f.ticketTotal.received += t.received;
            f.ticketTotal.valid += t.valid;
            f.ticketTotal.closedOnTime += t.closedOnTime;
        }
    }
    // 抄送: the heads of the governments one level below.
    {
        const auto names = db::Query(db,
            QStringLiteral(
                "SELECT name FROM organisations WHERE parent_id = ? AND kind = 'government' AND active = 1 ORDER BY "
                "division_code, id"))
                               .bind(orgId)
                               .column<QString>(what);
        if (!names)
            return names.error();
        for (const QString& name : *names)
            f.copyTo << headOf(name);
    }
    // Reposts of key policies.
    {
        const auto reposts = PolicyService(db).quarterFigures(quarter.yearNumber(), quarter.quarterNumber(), orgId);
        if (!reposts)
            return reposts.error();
        f.reposts = *reposts;
        const auto items
            = db::Query(db, QStringLiteral("SELECT count(*) FROM policy_items WHERE published_on BETWEEN ? AND ?"))
                  .bind(Sql::date(quarter.firstDay()), Sql::date(quarter.lastDay()))
                  .value<int>(what);
        if (!items)
            return items.error();
        f.repostItems = *items;
    }
    return f;
}

int BulletinFigures::repostsDue() const
{
    int n = 0;
    for (const RepostQuarterFigures& r : reposts)
        n += r.items;
    return n;
}

int BulletinFigures::repostsWithin8() const
{
    int n = 0;
    for (const RepostQuarterFigures& r : reposts)
        n += r.within8;
    return n;
}

int BulletinFigures::repostsWithin24() const
{
    int n = 0;
    for (const RepostQuarterFigures& r : reposts)
        n += r.within24;
    return n;
}

} // namespace sitegov
