#include "storage/WeeklyReviewService.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/ChecklistService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitegov {

namespace {

const char* const kRunning = "('operating', 'migrating')";

// A site that makes its host unit owe the review of a week (docs/design/glossary.md): running now,
// and started by the week's Sunday (its opening date, or without one the day it was registered). A
// site approved today does not make its unit owe last week's review. One bind: the Sunday.
QString owingSite(const QString& alias)
{
    return QStringLiteral("(%1.status IN %2 AND coalesce(%1.opened_on, substr(%1.created_at, 1, 10)) <= ?)")
        .arg(alias, QLatin1String(kRunning));
}

QString sundayOf(const IsoWeek& week)
{
    return week.sunday().toString(Qt::ISODate);
}

QString sundayOf(const QString& weekKey)
{
    const auto week = IsoWeek::parse(weekKey);
    return week ? sundayOf(*week) : QString();
}

const char* const kColumns
    = "r.id, r.unit_id, u.name, r.week, r.author, r.author_id, r.facts_json, r.highlights, r.problems, "
      "r.instructions, r.status, r.signed_at, r.signed_by, r.created_at, r.updated_at";

QString auditSummaryName(const WeeklyReview& r)
{
    return QStringLiteral("%1 %2").arg(r.unitName, r.week.key());
}

QJsonObject textJson(const ReviewText& t)
{
    return QJsonObject{{QStringLiteral("highlights"), t.highlights}, {QStringLiteral("problems"), t.problems},
        {QStringLiteral("instructions"), t.instructions}};
}

ReviewText trimmed(const ReviewText& t)
{
    return ReviewText{t.highlights.trimmed(), t.problems.trimmed(), t.instructions.trimmed()};
}

QString factsText(const WeeklySummary& facts)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson(QJsonDocument::Compact));
}

QString under(const QString& column)
{
    return column + QStringLiteral(" IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
}

} // namespace

WeeklyReviewService::WeeklyReviewService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString WeeklyReviewService::key(ReviewStatus status)
{
    return status == ReviewStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft");
}

QString WeeklyReviewService::displayName(ReviewStatus status)
{
    return status == ReviewStatus::Signed ? tr("Signed") : tr("Draft");
}

QHash<QString, QString> WeeklyReviewService::itemNames()
{
    QHash<QString, QString> names;
    if (const auto list = ChecklistService(m_db).current()) {
        for (const ChecklistItem& i : list->items)
            names.insert(i.key, i.name());
    }
    return names;
}

QString WeeklyReviewService::missingName()
{
    return tr("Missing");
}

Result<WeeklyReview> WeeklyReviewService::readOne(const QString& where, const QVariantList& binds)
{
    const auto found = db::Query(m_db,
        QStringLiteral("SELECT %1 FROM weekly_reviews r JOIN organisations u ON u.id = r.unit_id WHERE %2")
            .arg(QLatin1String(kColumns), where))
                           .bindAll(binds)
                           .first(tr("The weekly review could not be read."), &WeeklyReviewService::fromRecord);
    if (!found)
        return found.error();
    return found->value_or(WeeklyReview{});
}

WeeklyReview WeeklyReviewService::fromRecord(const QSqlQuery& q)
{
    WeeklyReview r;
    db::RowReader in(q);
    in.into(r.id, r.unitId, r.unitName);
    r.week = IsoWeek::parse(in.next().toString()).value_or(IsoWeek{});
    in.into(r.author, r.authorId);
    r.facts = WeeklySummary::fromJson(QJsonDocument::fromJson(in.next().toString().toUtf8()).object());
    in.into(r.highlights, r.problems, r.instructions);
    r.status = in.next().toString() == u"signed" ? ReviewStatus::Signed : ReviewStatus::Draft;
    r.signedAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
    in.into(r.signedBy);
    r.createdAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
    return r;
}

Result<WeeklyReview> WeeklyReviewService::byId(qint64 id)
{
    auto r = readOne(QStringLiteral("r.id = ?"), {id});
    if (r && r->id == 0)
        return Error{tr("There is no weekly review with the number %1.").arg(id), {}};
    return r;
}

Result<WeeklyReview> WeeklyReviewService::find(qint64 unitId, const IsoWeek& week)
{
    return readOne(QStringLiteral("r.unit_id = ? AND r.week = ?"), {unitId, week.key()});
}

Result<bool> WeeklyReviewService::isCaretaker(const Session& session, qint64 unitId)
{
    if (session.accountId == 0)
        return false;
    return db::Query(m_db,
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM assignments a JOIN persons p ON p.id = a.person_id JOIN sites s ON "
            "s.id = a.site_id WHERE p.account_id = ? AND a.role = 'caretaker' AND a.end_on IS NULL AND "
            "s.status IN %1 AND %2)")
            .arg(QLatin1String(kRunning), under(QStringLiteral("s.host_org_id"))))
        .bind(session.accountId, unitId)
        .value<bool>(tr("The caretakers of the unit could not be read."));
}

Status WeeklyReviewService::mayAct(const Session& session, qint64 unitId, Action action, const QString& refusal)
{
    const Status byRole = Authorizer::require(m_db, session, action, unitId);
    if (byRole)
        return {};
    const auto caretaker = isCaretaker(session, unitId);
    if (!caretaker)
        return caretaker.error();
    if (*caretaker)
        return {};
    if (!refusal.isEmpty())
        return Error{refusal, {}};
    return byRole;
}

Status WeeklyReviewService::mayWrite(const Session& session, qint64 unitId)
{
    return mayAct(session, unitId, Action::WriteReview);
}

Status WeeklyReviewService::maySign(const Session& session, qint64 unitId)
{
    const bool writesOnly = !session.can(Action::SignReview) && session.can(Action::WriteReview);
    return mayAct(session, unitId, Action::SignReview,
        writesOnly ? tr("Only a director or the caretaker of one of the unit's sites may sign its weekly review; "
                        "save it as a draft for them to sign.")
                   : QString());
}

QString WeeklyReviewService::timestamp(const Session& session, const QDateTime& at)
{
    return session.isSystem() && at.isValid() ? at.toUTC().toString(Qt::ISODate) : Sql::nowUtc();
}

Result<WeeklyReview> WeeklyReviewService::open(
    const Session& session, qint64 unitId, const IsoWeek& week, const QDate& today, const QDateTime& at)
{
    if (!week.isValid())
        return Error{tr("The week is not a valid ISO week."), {}};
    const auto existing = find(unitId, week);
    if (!existing)
        return existing.error();
    if (existing->id != 0)
        return existing;
    if (week.monday() > today)
        return Error{
            tr("%1 has not begun yet: its review is written during or after the week.").arg(week.displayName()), {}};
    if (const Status s = mayWrite(session, unitId); !s)
        return s.error();
    const auto facts = InspectionQueries(m_db).weeklySummary(unitId, week, today);
    if (!facts)
        return facts.error();

    const auto id = db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString now = timestamp(session, at);
        const QString author = session.displayName.isEmpty() ? session.username : session.displayName;
        const auto inserted = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO weekly_reviews (unit_id, week, author, author_id, facts_json, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"))
                                  .bind(unitId, week.key(), Sql::text(author), Sql::nullIfZero(session.accountId),
                                      factsText(*facts), now, now)
                                  .insert(tr("The weekly review could not be created."));
        if (!inserted)
            return inserted.error();
        return AuditLog::created(m_db, session, QStringLiteral("weekly_review"), *inserted,
            tr("Weekly review of %1 for %2 started").arg(facts->unitName, week.key()),
            QJsonObject{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("week"), week.key()},
                {QStringLiteral("facts"), facts->toJson()}});
    });
    if (!id)
        return id.error();
    return byId(*id);
}

Status WeeklyReviewService::checkText(const ReviewText& text) const
{
    for (const auto& [value, name] : {std::pair{&text.highlights, tr("The highlights")},
             std::pair{&text.problems, tr("The problems")}, std::pair{&text.instructions, tr("The instructions")}}) {
        if (value->size() > kMaxText)
            return Error{tr("%1 are longer than %2 characters.").arg(name).arg(kMaxText), {}};
    }
    return {};
}

Status WeeklyReviewService::writeText(
    const Session& session, const WeeklyReview& before, const ReviewText& given, bool signing, const QDateTime& at)
{
    if (before.isSigned()) {
        return Error{tr("The weekly review of %1 for %2 was signed by %3 and is locked.")
                         .arg(before.unitName, before.week.displayName(), before.signedBy),
            {}};
    }
    if (const Status s = signing ? maySign(session, before.unitId) : mayWrite(session, before.unitId); !s)
        return s;
    const ReviewText text = trimmed(given);
    if (const Status s = checkText(text); !s)
        return s;
    if (signing && text.highlights.isEmpty() && text.problems.isEmpty() && text.instructions.isEmpty())
        return Error{
            tr("Write the highlights, problems or instructions before signing: an empty review cannot be signed."), {}};

    return db::inTransaction(m_db, [&]() -> Status {
        const QString now = timestamp(session, at);
        const QString who = session.displayName.isEmpty() ? session.username : session.displayName;
        db::Query update(m_db,
            signing ? QStringLiteral(
                "UPDATE weekly_reviews SET highlights = ?, problems = ?, instructions = ?, status = 'signed', "
                "signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'")
                    : QStringLiteral(
                        "UPDATE weekly_reviews SET highlights = ?, problems = ?, instructions = ?, updated_at = ? "
                        "WHERE id = ? AND status = 'draft'"));
        update.bind(Sql::text(text.highlights), Sql::text(text.problems), Sql::text(text.instructions));
        if (signing)
            update.bind(now, who);
        update.bind(now, before.id);
        const auto changed = update.changed(
            signing ? tr("The weekly review could not be signed.") : tr("The weekly review could not be saved."));
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return Error{tr("The weekly review was signed meanwhile by someone else and is locked."), {}};
        QJsonObject after = textJson(text);
        if (signing)
            after.insert(QStringLiteral("status"), QStringLiteral("signed"));
        const QString summary = signing ? tr("Weekly review of %1 signed").arg(auditSummaryName(before))
                                        : tr("Weekly review of %1 saved").arg(auditSummaryName(before));
        return AuditLog::append(m_db, session, signing ? QStringLiteral("sign") : QStringLiteral("update"),
            QStringLiteral("weekly_review"), QString::number(before.id), summary,
            textJson(ReviewText{before.highlights, before.problems, before.instructions}), after);
    });
}

Status WeeklyReviewService::save(const Session& session, qint64 id, const ReviewText& text, const QDateTime& at)
{
    const auto before = byId(id);
    if (!before)
        return before.error();
    return writeText(session, *before, text, false, at);
}

Status WeeklyReviewService::sign(const Session& session, qint64 id, const ReviewText& text, const QDateTime& at)
{
    const auto before = byId(id);
    if (!before)
        return before.error();
    return writeText(session, *before, text, true, at);
}

Status WeeklyReviewService::refreshFacts(const Session& session, qint64 id, const QDate& today)
{
    const auto before = byId(id);
    if (!before)
        return before.error();
    if (before->isSigned())
        return Error{tr("The weekly review of %1 for %2 is signed: its figures stay as they were signed.")
                         .arg(before->unitName, before->week.displayName()),
            {}};
    if (const Status s = mayWrite(session, before->unitId); !s)
        return s;
    const auto facts = InspectionQueries(m_db).weeklySummary(before->unitId, before->week, today);
    if (!facts)
        return facts.error();
    return db::inTransaction(m_db, [&]() -> Status {
        const auto changed = db::Query(m_db,
            QStringLiteral(
                "UPDATE weekly_reviews SET facts_json = ?, updated_at = ? WHERE id = ? AND status = 'draft'"))
                                 .bind(factsText(*facts), Sql::nowUtc(), id)
                                 .changed(tr("The week's figures could not be updated."));
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return Error{tr("The weekly review was signed meanwhile by someone else and is locked."), {}};
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("weekly_review"),
            QString::number(id), tr("Weekly review of %1: figures updated").arg(auditSummaryName(*before)),
            QJsonObject{{QStringLiteral("facts"), before->facts.toJson()}},
            QJsonObject{{QStringLiteral("facts"), facts->toJson()}});
    });
}

Result<QList<MissingReview>> WeeklyReviewService::missingForWeek(const IsoWeek& week, qint64 withinUnitId)
{
    QString sql = QStringLiteral("SELECT u.id, u.name, (SELECT r.id FROM weekly_reviews r WHERE r.unit_id = u.id AND "
                                 "r.week = ?), count(*) FROM sites s "
                                 "JOIN organisations u ON u.id = s.host_org_id WHERE %1 AND NOT EXISTS "
                                 "(SELECT 1 FROM weekly_reviews r WHERE "
                                 "r.unit_id = u.id AND r.week = ? AND r.status = 'signed')")
                      .arg(owingSite(QStringLiteral("s")));
    if (withinUnitId != 0)
        sql += QStringLiteral(" AND ") + under(QStringLiteral("u.id"));
    sql += QStringLiteral(" GROUP BY u.id ORDER BY u.name_key, u.id");
    db::Query q(m_db, sql);
    q.bind(week.key(), sundayOf(week), week.key());
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.rows(tr("The units without a weekly review could not be read."), [](const QSqlQuery& row) {
        return MissingReview{
            row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong(), row.value(3).toInt()};
    });
}

Result<int> WeeklyReviewService::missingCount(const IsoWeek& week, qint64 withinUnitId)
{
    // The one count of the sidebar, the reviews page and the dashboard.
    return unsignedUnits(week, withinUnitId, false);
}

Result<int> WeeklyReviewService::draftCount(const IsoWeek& week, qint64 withinUnitId)
{
    return unsignedUnits(week, withinUnitId, true);
}

Result<int> WeeklyReviewService::unsignedUnits(const IsoWeek& week, qint64 withinUnitId, bool draftsOnly)
{
    QString sql = QStringLiteral(
        "SELECT count(DISTINCT s.host_org_id) FROM sites s WHERE %1 AND NOT EXISTS (SELECT 1 "
        "FROM weekly_reviews r WHERE r.unit_id = s.host_org_id AND r.week = ? AND r.status = 'signed')")
                      .arg(owingSite(QStringLiteral("s")));
    if (draftsOnly)
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM weekly_reviews r WHERE r.unit_id = s.host_org_id AND r.week = ? AND "
            "r.status = 'draft')");
    if (withinUnitId != 0)
        sql += QStringLiteral(" AND ") + under(QStringLiteral("s.host_org_id"));
    db::Query q(m_db, sql);
    q.bind(sundayOf(week), week.key());
    if (draftsOnly)
        q.bind(week.key());
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.value<int>(draftsOnly ? tr("The units with a draft weekly review could not be counted.")
                                   : tr("The units without a weekly review could not be counted."));
}

Result<int> WeeklyReviewService::owingCount(const IsoWeek& week, qint64 withinUnitId)
{
    QString sql = QStringLiteral("SELECT count(DISTINCT s.host_org_id) FROM sites s WHERE %1")
                      .arg(owingSite(QStringLiteral("s")));
    if (withinUnitId != 0)
        sql += QStringLiteral(" AND ") + under(QStringLiteral("s.host_org_id"));
    db::Query q(m_db, sql);
    q.bind(sundayOf(week));
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.value<int>(tr("The units owing a weekly review could not be counted."));
}

ListQuery WeeklyReviewListQuery::build(const ReviewFilter& f)
{
    ListQuery q;
    const QString coverage = QStringLiteral(
        "CASE WHEN r.id IS NULL THEN NULL ELSE json_extract(r.facts_json, '$.site_days_inspected') * 1.0 / "
        "nullif(json_extract(r.facts_json, '$.site_days_expected'), 0) END");
    const QString flagged = f.previousWeek.isEmpty()
        ? QStringLiteral("0")
        : QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM weekly_reviews p WHERE p.unit_id = u.id AND p.week = ? AND p.status = "
            "'signed') AND EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = u.id AND %1)")
              .arg(owingSite(QStringLiteral("s")));
    QStringList where;
    QVariantList binds;
    if (!f.week.isEmpty()) {
        // Every unit hosting running sites, with its review of the week if there is one.
        q.select = QStringLiteral("?, u.name, coalesce(r.status, 'missing'), r.author, %1, r.signed_at, r.updated_at, "
                                  "coalesce(r.id, 0), u.id, %2")
                       .arg(coverage, flagged);
        q.binds << f.week;
        if (!f.previousWeek.isEmpty())
            q.binds << f.previousWeek << sundayOf(f.previousWeek);
        q.from = QStringLiteral("FROM organisations u LEFT JOIN weekly_reviews r ON r.unit_id = u.id AND r.week = ?");
        binds << f.week;
        // The units that owe the week's review (glossary), and any that wrote one.
        where << QStringLiteral("(r.id IS NOT NULL OR u.id IN (SELECT s.host_org_id FROM sites s WHERE %1))")
                     .arg(owingSite(QStringLiteral("s")));
        binds << sundayOf(f.week);
    } else {
        q.select = QStringLiteral("r.week, u.name, r.status, r.author, %1, r.signed_at, r.updated_at, r.id, u.id, %2")
                       .arg(coverage, flagged);
        if (!f.previousWeek.isEmpty())
            q.binds << f.previousWeek << sundayOf(f.previousWeek);
        q.from = QStringLiteral("FROM weekly_reviews r JOIN organisations u ON u.id = r.unit_id");
    }
    if (f.unitId != 0) {
        where << under(QStringLiteral("u.id"));
        binds << f.unitId;
    }
    if (f.status == u"missing") {
        where << QStringLiteral("r.id IS NULL");
    } else if (f.status == u"unsigned") {
        where << QStringLiteral("(r.id IS NULL OR r.status = 'draft')");
    } else if (!f.status.isEmpty()) {
        where << QStringLiteral("r.status = ?");
        binds << f.status;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral("(u.name LIKE ? ESCAPE '\\' OR r.author LIKE ? ESCAPE '\\')");
        binds << p << p;
    }
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.binds << binds;
    q.countFrom = q.from;
    q.countBinds = binds;
    q.sortExpressions = {f.week.isEmpty() ? QStringLiteral("r.week") : QString(), QStringLiteral("u.name"),
        QStringLiteral("coalesce(r.status, 'missing')"), QStringLiteral("r.author"), coverage,
        QStringLiteral("r.signed_at"), QStringLiteral("r.updated_at")};
    // Missing first, then drafts, then signed; within a week by unit.
    q.defaultOrder = f.week.isEmpty()
        ? QStringLiteral("r.week DESC, CASE r.status WHEN 'draft' THEN 0 ELSE 1 END, u.name")
        : QStringLiteral("CASE coalesce(r.status, 'missing') WHEN 'missing' THEN 0 WHEN 'draft' "
                         "THEN 1 ELSE 2 END, u.name");
    q.tieBreaker = f.week.isEmpty() ? QStringLiteral("r.id") : QStringLiteral("u.id");
    return q;
}

} // namespace sitegov
