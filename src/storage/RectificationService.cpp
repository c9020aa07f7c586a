#include "storage/RectificationService.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/SiteRepository.h"

namespace sitegov {

namespace {

const char* const kColumns = "r.id, r.site_id, s.name, r.unit_id, u.name, r.source, r.inspection_id, r.item_key, r.problem, "
                             "r.opened_on, r.deadline, r.status, r.opened_by, r.fixed_on, r.fixed_by, r.rechecked_on, "
                             "r.rechecked_by, r.closed_on, r.closed_by, coalesce((SELECT a.display_name FROM accounts a WHERE "
                             "a.username = r.opened_by), r.opened_by)";

RectificationRecord fromQuery(const QSqlQuery& q)
{
    RectificationRecord r;
    db::RowReader in(q);
    in.into(r.id, r.siteId, r.siteName, r.unitId, r.unitName);
    r.source = RectificationRules::source(in.next().toString()).value_or(RectificationSource::Manual);
    in.into(r.inspectionId, r.itemKey, r.problem, r.openedOn, r.deadline);
    r.status = RectificationRules::status(in.next().toString()).value_or(RectificationStatus::Open);
    in.into(r.openedBy, r.fixedOn, r.fixedBy, r.recheckedOn, r.recheckedBy, r.closedOn, r.closedBy, r.openedByName);
    return r;
}

QString selectSql(const QString& where)
{
    return QStringLiteral("SELECT %1 FROM rectifications r JOIN sites s ON s.id = r.site_id JOIN organisations u ON u.id = "
                          "r.unit_id WHERE %2")
        .arg(QLatin1String(kColumns), where);
}

} // namespace

RectificationService::RectificationService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<RectificationRecord> RectificationService::byId(qint64 id)
{
    return db::Query(m_db, selectSql(QStringLiteral("r.id = ?")))
        .bind(id)
        .single(tr("The rectification item could not be read."),
            tr("There is no rectification item with the number %1.").arg(id), fromQuery);
}

Result<QList<RectificationRecord>> RectificationService::unresolved(qint64 siteId, const QString& itemKey)
{
    // Prepared once per connection: every inspection saved asks.
    db::Query q = db::Query::cached(m_db,
        selectSql(itemKey.isEmpty() ? QStringLiteral("r.site_id = ? AND r.status IN ('open', 'fixed') ORDER BY r.id")
                                    : QStringLiteral("r.site_id = ? AND r.status IN ('open', 'fixed') AND r.item_key = ? "
                                                     "ORDER BY r.id")));
    q.bind(siteId);
    if (!itemKey.isEmpty())
        q.bind(itemKey);
    return q.rows(tr("The rectification items could not be read."), fromQuery);
}

Result<QList<RectificationEvent>> RectificationService::events(qint64 id)
{
    return db::Query(m_db,
        QStringLiteral("SELECT e.at, e.account_name, e.action, e.from_status, e.to_status, e.note, coalesce((SELECT "
                       "a.display_name FROM accounts a WHERE a.username = e.account_name), e.account_name) FROM "
                       "rectification_events e WHERE e.rectification_id = ? ORDER BY e.id"))
        .bind(id)
        .rows(tr("The history of the rectification item could not be read."), [](const QSqlQuery& q) {
            return RectificationEvent{QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString()};
        });
}

Status RectificationService::event(const Session& session, qint64 id, const QString& action, const QString& from,
    const QString& to, const QString& note)
{
    // Prepared once per connection: an import opens an item for every failed check.
    if (const Status s = db::Query::cached(m_db,
            QStringLiteral("INSERT INTO rectification_events (rectification_id, at, account_name, action, from_status, "
                           "to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"))
                             .bind(id, Sql::nowUtc(), session.username, action, Sql::nullIfEmpty(from),
                                 Sql::nullIfEmpty(to), Sql::text(note))
                             .exec(tr("The history of the rectification item could not be written."));
        !s)
        return s;
    return AuditLog::append(m_db, session, action, QStringLiteral("rectification"), QString::number(id),
        (from == to || from.isEmpty() ? to : from + QStringLiteral(" -> ") + to)
            + (note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed()));
}

Result<qint64> RectificationService::open(const Session& session, qint64 siteId, RectificationSource source,
    const QString& itemKey, const QString& problem, const QDate& deadline, const QDate& today, qint64 inspectionId)
{
    const auto site = SiteRepository(m_db).byId(siteId);
    if (!site)
        return site.error();
    const Action needed = source == RectificationSource::Inspection ? Action::LogInspection : Action::ManageRectification;
    if (const Status s = Authorizer::require(m_db, session, needed, site->hostOrgId); !s)
        return s.error();
    if (problem.trimmed().isEmpty())
        return Error{tr("Say what the problem is."), {}};
    if (!deadline.isValid() || deadline < today)
        return Error{tr("The deadline must be today or later."), {}};
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto inserted = db::Query::cached(m_db,
            QStringLiteral(
                "INSERT INTO rectifications (site_id, unit_id, source, inspection_id, item_key, problem, opened_on, "
                "deadline, status, opened_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"))
                                  .bind(siteId, site->hostOrgId, RectificationRules::key(source),
                                      Sql::nullIfZero(inspectionId), Sql::nullIfEmpty(itemKey), problem.trimmed(),
                                      Sql::date(today), Sql::date(deadline), session.username, Sql::nowUtc())
                                  .insert(tr("The rectification item could not be saved."));
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
        if (const Status s
            = event(session, id, QStringLiteral("open"), {}, RectificationRules::key(RectificationStatus::Open),
                problem.trimmed() + QStringLiteral(" (") + deadline.toString(Qt::ISODate) + u')');
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> RectificationService::fromFailure(const Session& session, qint64 siteId, qint64 inspectionId,
    const QString& itemKey, const QString& note, const QDate& day, int deadlineDays)
{
    const auto existing = unresolved(siteId, itemKey);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        // Still being fixed: the new failure goes on the record of the item already open.
        const RectificationRecord& r = existing->constFirst();
        const QString status = RectificationRules::key(r.status);
        if (const Status s = event(session, r.id, QStringLiteral("failed_again"), status, status,
                day.toString(Qt::ISODate) + QStringLiteral(": ") + note.trimmed());
            !s)
            return s.error();
        return qint64(0);
    }
    return open(session, siteId, RectificationSource::Inspection, itemKey, note, day.addDays(deadlineDays), day, inspectionId);
}

Status RectificationService::withdrawFromInspection(const Session& session, qint64 inspectionId, const QString& itemKey,
    const QDate& today)
{
    const auto ids = db::Query(m_db,
        QStringLiteral("SELECT id FROM rectifications WHERE inspection_id = ? AND item_key = ? AND status = 'open' AND "
                       "NOT EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = rectifications.id "
                       "AND e.action <> 'open')"))
                         .bind(inspectionId, itemKey)
                         .column<qint64>(tr("The rectification items could not be read."));
    if (!ids)
        return ids.error();
    db::Query close(m_db,
        QStringLiteral("UPDATE rectifications SET status = 'closed', closed_on = ?, closed_by = ?, updated_at = ? WHERE id = ?"));
    for (const qint64 id : *ids) {
        if (const Status s = close.bind(Sql::date(today), session.username, Sql::nowUtc(), id)
                                 .exec(tr("The rectification item could not be saved."));
            !s)
            return s;
        if (const Status s = event(session, id, QStringLiteral("withdrawn"), QStringLiteral("open"), QStringLiteral("closed"),
                QStringLiteral("inspection %1 corrected").arg(inspectionId));
            !s)
            return s;
    }
    return {};
}

Status RectificationService::transition(const Session& session, qint64 id, RectificationStatus to, const QString& action,
    const QString& note, const QDate& today, Action permission)
{
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (const Status s = Authorizer::require(m_db, session, permission, r->unitId); !s)
        return s;
    if (!RectificationRules::canTransition(r->status, to)) {
        return Error{tr("The item is \"%1\": it cannot become \"%2\".")
                         .arg(RectificationRules::displayName(r->status), RectificationRules::displayName(to)),
            {}};
    }
    return db::inTransaction(m_db, [&]() -> Status {
        QString columns;
        switch (to) {
        case RectificationStatus::Fixed:
            columns = QStringLiteral("fixed_on = ?, fixed_by = ?");
            break;
        case RectificationStatus::Rechecked:
            columns = QStringLiteral("rechecked_on = ?, rechecked_by = ?");
            break;
        case RectificationStatus::Closed:
            columns = QStringLiteral("closed_on = ?, closed_by = ?");
            break;
        case RectificationStatus::Open:
            break; // back to open: the earlier "fixed" no longer holds (below)
        }
        // Back to open, the deadline stands: an item re-opened after it is overdue at once.
        const Status saved = to == RectificationStatus::Open
            ? db::Query(m_db,
                QStringLiteral(
                    "UPDATE rectifications SET status = 'open', fixed_on = NULL, fixed_by = NULL, updated_at = ? "
                    "WHERE id = ?"))
                  .bind(Sql::nowUtc(), id)
                  .exec(tr("The rectification item could not be saved."))
            : db::Query(m_db,
                QStringLiteral("UPDATE rectifications SET status = ?, %1, updated_at = ? WHERE id = ?").arg(columns))
                  .bind(RectificationRules::key(to), Sql::date(today), session.username, Sql::nowUtc(), id)
                  .exec(tr("The rectification item could not be saved."));
        if (!saved)
            return saved;
        return event(session, id, action, RectificationRules::key(r->status), RectificationRules::key(to), note);
    });
}

Status RectificationService::markFixed(const Session& session, qint64 id, const QString& note, const QDate& today)
{
    if (note.trimmed().isEmpty())
        return Error{tr("Say what was done to fix it."), {}};
    return transition(session, id, RectificationStatus::Fixed, QStringLiteral("fixed"), note, today,
        Action::ManageRectification);
}

Status RectificationService::recheck(const Session& session, qint64 id, bool passed, const QString& note, const QDate& today)
{
    if (!passed && note.trimmed().isEmpty())
        return Error{tr("Say what is still wrong."), {}};
    return transition(session, id, passed ? RectificationStatus::Rechecked : RectificationStatus::Open,
        passed ? QStringLiteral("rechecked") : QStringLiteral("reopened"), note, today, Action::LogInspection);
}

Status RectificationService::close(const Session& session, qint64 id, const QString& note, const QDate& today)
{
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (r->status != RectificationStatus::Rechecked && note.trimmed().isEmpty())
        return Error{tr("An item that has not been re-checked is closed only with a reason."), {}};
    return transition(session, id, RectificationStatus::Closed, QStringLiteral("closed"), note, today,
        Action::ManageRectification);
}

} // namespace sitegov
