#include "storage/TicketService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/SiteRepository.h"

namespace sitegov {

namespace {

const char* const kSelect
    = "SELECT t.id, t.message_no, t.site_id, s.code, s.name, t.unit_id, u.name, coalesce(t.person_id, 0), "
      "coalesce(p.name, ''), t.kind, t.body, t.received_at, t.received_on, t.deadline, t.status, t.valid, "
      "coalesce(t.reply, ''), t.replied_on, coalesce(t.replied_by, ''), t.verified_on, coalesce(t.verified_by, ''), "
      "t.closed_on, coalesce(t.closed_by, ''), t.source FROM tickets t JOIN sites s ON s.id = t.site_id JOIN "
      "organisations u ON u.id = t.unit_id LEFT JOIN persons p ON p.id = t.person_id WHERE ";

// The unit and the units below it (the CAST: PostgreSQL gives an untyped parameter the type text).
const char* const kWithin = "(WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT o.id FROM "
                            "organisations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)";

TicketRecord fromQuery(const QSqlQuery& q)
{
    TicketRecord r;
    r.id = q.value(0).toLongLong();
    r.messageNo = q.value(1).toString();
    r.siteId = q.value(2).toLongLong();
    r.siteCode = q.value(3).toString();
    r.siteName = q.value(4).toString();
    r.unitId = q.value(5).toLongLong();
    r.unitName = q.value(6).toString();
    r.personId = q.value(7).toLongLong();
    r.personName = q.value(8).toString();
    r.kind = TicketRules::kind(q.value(9).toString()).value_or(TicketKind::Inaccurate);
    r.body = q.value(10).toString();
    r.receivedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    r.receivedOn = Sql::toDate(q.value(12));
    r.deadline = Sql::toDate(q.value(13));
    r.status = TicketRules::status(q.value(14).toString()).value_or(TicketStatus::Open);
    if (!q.value(15).isNull())
        r.valid = q.value(15).toInt() == 1;
    r.reply = q.value(16).toString();
    r.repliedOn = Sql::toDate(q.value(17));
    r.repliedBy = q.value(18).toString();
    r.verifiedOn = Sql::toDate(q.value(19));
    r.verifiedBy = q.value(20).toString();
    r.closedOn = Sql::toDate(q.value(21));
    r.closedBy = q.value(22).toString();
    r.source = q.value(23).toString();
    return r;
}

QString validKey(const std::optional<bool>& valid)
{
    return valid ? (*valid ? QStringLiteral("valid") : QStringLiteral("not valid")) : QStringLiteral("not verified");
}

} // namespace

TicketService::TicketService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<TicketRecord> TicketService::readOne(const QString& where, const QVariant& bind)
{
    return db::Query(m_db, QLatin1String(kSelect) + where)
        .bind(bind)
        .single(tr("The error-report ticket could not be read."), tr("There is no such error-report ticket."), fromQuery);
}

Result<TicketRecord> TicketService::byId(qint64 id)
{
    return readOne(QStringLiteral("t.id = ?"), id);
}

Result<TicketRecord> TicketService::byMessageNo(const QString& messageNo)
{
    return readOne(QStringLiteral("t.message_no = ?"), messageNo.trimmed());
}

QList<TicketService::FieldProblem> TicketService::check(const TicketInput& input)
{
    QList<FieldProblem> out;
    const QString no = input.messageNo.trimmed();
    if (no.isEmpty())
        out << FieldProblem{QStringLiteral("message_no"), tr("Enter the platform's message number.")};
    else if (no.size() > 64)
        out << FieldProblem{QStringLiteral("message_no"), tr("The message number is at most 64 characters long.")};
    if (input.siteCode.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("site"), tr("Choose the site the message is about.")};
    if (input.body.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("body"), tr("Enter the text of the message.")};
    else if (input.body.trimmed().size() > TicketRules::kMaxBody)
        out << FieldProblem{
            QStringLiteral("body"), tr("The message is at most %1 characters long.").arg(TicketRules::kMaxBody)};
    if (!input.receivedAt.isValid())
        out << FieldProblem{QStringLiteral("received_at"), tr("Enter when the message was received (2026-09-30 16:20).")};
    return out;
}

Result<qint64> TicketService::add(
    const Session& session, const TicketInput& input, const WorkCalendar& calendar, const QString& source)
{
    if (const QList<FieldProblem> problems = check(input); !problems.isEmpty())
        return Error{problems.constFirst().message, {}};
    const auto site = SiteRepository(m_db).byCode(input.siteCode.trimmed());
    if (!site)
        return Error{tr("There is no site with the identifier code %1.").arg(input.siteCode.trimmed()), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageRectification, site->hostOrgId); !s)
        return s.error();
    const QString no = input.messageNo.trimmed();
    const auto exists = db::Query(m_db, QStringLiteral("SELECT count(*) FROM tickets WHERE message_no = ?"))
                            .bind(no)
                            .value<int>(tr("The error-report tickets could not be read."));
    if (!exists)
        return exists.error();
    if (*exists > 0)
        return Error{tr("The message %1 is registered already.").arg(no), {}};
    const QDate receivedOn = input.receivedAt.date();
    const QDate deadline = calendar.addWorkingDays(receivedOn, TicketRules::kWorkingDays);
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto person = db::Query(m_db,
            QStringLiteral("SELECT person_id FROM assignments WHERE site_id = ? AND end_on IS NULL AND role IN "
                           "('first_responsible', 'caretaker') ORDER BY CASE role WHEN 'first_responsible' THEN 0 "
                           "ELSE 1 END LIMIT 1"))
                                .bind(site->id)
                                .first(tr("The site's responsible person could not be read."),
                                    [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!person)
            return person.error();
        const QString now = Sql::nowUtc();
        const auto inserted
            = db::Query(m_db,
                QStringLiteral("INSERT INTO tickets (message_no, site_id, unit_id, person_id, kind, body, received_at, "
                               "received_on, deadline, status, source, created_by, created_at, updated_at) VALUES (?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"))
                  .bind(no, site->id, site->hostOrgId, Sql::nullIfZero(person->value_or(0)),
                      TicketRules::key(input.kind), input.body.trimmed(),
                      input.receivedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), Sql::date(receivedOn),
                      Sql::date(deadline), source, session.username, now, now)
                  .insert(tr("The error-report ticket could not be saved."));
        if (!inserted)
            return inserted.error();
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("create"), QStringLiteral("ticket"),
                QString::number(*inserted),
                QStringLiteral("%1 %2 %3, deadline %4").arg(no, site->code, TicketRules::key(input.kind),
                    deadline.toString(Qt::ISODate)));
            !s)
            return s.error();
        return *inserted;
    });
}

Result<TicketRecord> TicketService::mayAct(const Session& session, qint64 id)
{
    const auto t = byId(id);
    if (!t)
        return t.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ManageRectification, t->unitId); !s)
        return s.error();
    if (t->status == TicketStatus::Closed)
        return Error{tr("The ticket %1 is closed already.").arg(t->messageNo), {}};
    return t;
}

Status TicketService::change(const Session& session, const TicketRecord& before, const QString& action,
    const QString& sql, const QVariantList& binds, const QString& summary)
{
    return db::inTransaction(m_db, [&]() -> Status {
        // Only while nobody closed it meanwhile (another console).
        const auto changed = db::Query(m_db, sql + QStringLiteral(", updated_at = ? WHERE id = ? AND status <> 'closed'"))
                                 .bindAll(binds)
                                 .bind(Sql::nowUtc(), before.id)
                                 .changed(tr("The error-report ticket could not be saved."));
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Error{tr("The ticket %1 is closed already.").arg(before.messageNo), {}};
        return AuditLog::append(m_db, session, action, QStringLiteral("ticket"), QString::number(before.id),
            before.messageNo + QStringLiteral(": ") + summary);
    });
}

Status TicketService::reply(const Session& session, qint64 id, const QString& text, const QDate& today)
{
    const auto t = mayAct(session, id);
    if (!t)
        return t.error();
    if (text.trimmed().isEmpty())
        return Error{tr("Write the unit's reply."), {}};
    if (text.trimmed().size() > TicketRules::kMaxBody)
        return Error{tr("The reply is at most %1 characters long.").arg(TicketRules::kMaxBody), {}};
    return change(session, *t, QStringLiteral("reply"),
        QStringLiteral("UPDATE tickets SET status = 'replied', reply = ?, replied_on = ?, replied_by = ?"),
        {text.trimmed(), Sql::date(today), session.username}, text.trimmed().left(200));
}

Status TicketService::verify(const Session& session, qint64 id, bool valid, const QDate& today)
{
    const auto t = mayAct(session, id);
    if (!t)
        return t.error();
    return change(session, *t, QStringLiteral("verify"),
        QStringLiteral("UPDATE tickets SET valid = ?, verified_on = ?, verified_by = ?"),
        {valid ? 1 : 0, Sql::date(today), session.username}, validKey(t->valid) + QStringLiteral(" -> ") + validKey(valid));
}

Status TicketService::close(const Session& session, qint64 id, const QDate& today)
{
    const auto t = mayAct(session, id);
    if (!t)
        return t.error();
    if (!t->valid)
        return Error{tr("Verify the message first: say whether it is valid."), {}};
    if (*t->valid && t->status != TicketStatus::Replied)
        return Error{tr("A valid message is closed after the unit has replied."), {}};
    if (today < t->receivedOn)
        return Error{tr("A ticket cannot be closed before it was received."), {}};
    return change(session, *t, QStringLiteral("close"),
        QStringLiteral("UPDATE tickets SET status = 'closed', closed_on = ?, closed_by = ?"),
        {Sql::date(today), session.username},
        today <= t->deadline ? QStringLiteral("closed on time") : QStringLiteral("closed late"));
}

Result<int> TicketService::overdueCount(const QDate& today, qint64 withinUnitId)
{
    db::Query q(m_db,
        QStringLiteral("SELECT count(*) FROM tickets t WHERE ") + TicketListQuery::overdueCondition()
            + (withinUnitId != 0 ? QStringLiteral(" AND t.unit_id IN ") + QLatin1String(kWithin) : QString()));
    q.bind(Sql::date(today));
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.value<int>(tr("The overdue error-report tickets could not be counted."));
}

Result<QList<TicketFigures>> TicketService::quarterFigures(int year, int quarter, qint64 withinUnitId)
{
    if (quarter < 1 || quarter > 4)
        return Error{tr("A quarter is 1 to 4."), {}};
    const QDate from(year, 3 * quarter - 2, 1);
    const QDate to = from.addMonths(3).addDays(-1);
    db::Query q(m_db,
        QStringLiteral("SELECT t.unit_id, u.name, count(*), sum(CASE WHEN t.valid = 1 THEN 1 ELSE 0 END), sum(CASE "
                       "WHEN t.valid = 1 AND t.status = 'closed' AND t.closed_on <= t.deadline THEN 1 ELSE 0 END) "
                       "FROM tickets t JOIN organisations u ON u.id = t.unit_id WHERE t.received_on BETWEEN ? AND ?")
            + (withinUnitId != 0 ? QStringLiteral(" AND t.unit_id IN ") + QLatin1String(kWithin) : QString())
            + QStringLiteral(" GROUP BY t.unit_id, u.name, u.name_key ORDER BY u.name_key, t.unit_id"));
    q.bind(Sql::date(from), Sql::date(to));
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.rows(tr("The error-report figures could not be read."), [](const QSqlQuery& r) {
        return TicketFigures{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(),
            r.value(4).toInt()};
    });
}

QString TicketListQuery::overdueCondition()
{
    return QStringLiteral("(t.status <> 'closed' AND coalesce(t.valid, 1) = 1 AND t.deadline < ?)");
}

ListQuery TicketListQuery::build(const TicketFilter& f)
{
    ListQuery q;
    const QDate today = f.today.isValid() ? f.today : OfficeClock::today();
    // The day goes into the text (an ISO date, never user input), so that the count (which has no
    // select list) takes the same binds.
    const QString overdueOnToday = QString(overdueCondition())
                                       .replace(u'?', u'\'' + today.toString(Qt::ISODate) + u'\'');
    q.select = QStringLiteral("t.message_no, s.name, u.name, t.kind, t.received_at, t.deadline, t.status, t.valid, "
                              "coalesce(p.name, ''), t.id, CASE WHEN ")
        + overdueOnToday + QStringLiteral(" THEN 1 ELSE 0 END");
    QStringList where;
    if (f.unitId != 0) {
        where << QStringLiteral("t.unit_id IN ") + QLatin1String(kWithin);
        q.binds << f.unitId;
    }
    if (f.status == u"overdue") {
        where << overdueOnToday;
    } else if (f.status == u"unclosed") {
        where << QStringLiteral("t.status <> 'closed'");
    } else if (!f.status.isEmpty()) {
        where << QStringLiteral("t.status = ?");
        q.binds << f.status;
    }
    if (!f.kind.isEmpty()) {
        where << QStringLiteral("t.kind = ?");
        q.binds << f.kind;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral("(t.message_no LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE "
                                "'\\' OR u.name LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')");
        q.binds << p << p << p << p << p;
    }
    q.from = QStringLiteral("FROM tickets t JOIN sites s ON s.id = t.site_id JOIN organisations u ON u.id = t.unit_id "
                            "LEFT JOIN persons p ON p.id = t.person_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions = {QStringLiteral("t.message_no"), QStringLiteral("s.name_key"), QStringLiteral("u.name_key"),
        QStringLiteral("t.kind"), QStringLiteral("t.received_at"), QStringLiteral("t.deadline"),
        QStringLiteral("t.status"), QStringLiteral("t.valid"), QStringLiteral("p.name")};
    q.defaultOrder = QStringLiteral("t.received_at DESC");
    q.tieBreaker = QStringLiteral("t.id DESC");
    return q;
}

} // namespace sitegov
