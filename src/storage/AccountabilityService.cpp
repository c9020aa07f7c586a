#include "storage/AccountabilityService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/RectificationService.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sitegov {

AccountabilityService::AccountabilityService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<qint64> AccountabilityService::add(const Session& session, qint64 rectificationId, const QString& personName,
    const QString& personPost, AccountabilityMeasure measure, const QDate& decidedOn, const QString& note,
    const QDate& today)
{
    const auto item = RectificationService(m_db).byId(rectificationId);
    if (!item)
        return item.error();
    if (const Status s = Authorizer::require(m_db, session, Action::RecordAccountability, item->unitId); !s)
        return s.error();
    if (personName.trimmed().isEmpty())
        return Error{tr("Name the person held to account."), {}};
    if (personName.size() > 100 || personPost.size() > 200 || note.size() > 4000)
        return Error{tr("A name holds at most 100 characters, a post 200 and a note 4000."), {}};
    if (!decidedOn.isValid() || decidedOn > today)
        return Error{tr("The day of the decision is today or earlier."), {}};
    if (decidedOn < item->openedOn)
        return Error{tr("The decision cannot come before the rectification item was opened (%1).")
                         .arg(item->openedOn.toString(Qt::ISODate)),
            {}};
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto inserted = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO accountability_records (rectification_id, person_name, person_post, measure, decided_on, "
                "note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
                                  .bind(rectificationId, personName.trimmed(), Sql::text(personPost),
                                      SpotCheckRules::key(measure), Sql::date(decidedOn), Sql::text(note),
                                      session.username, Sql::nowUtc())
                                  .insert(tr("The accountability record could not be saved."));
        if (!inserted)
            return inserted.error();
        return AuditLog::created(m_db, session, QStringLiteral("accountability"), *inserted,
            QStringLiteral("%1 %2: %3 %4")
                .arg(item->siteName, personName.trimmed(), SpotCheckRules::key(measure),
                    decidedOn.toString(Qt::ISODate)),
            {{QStringLiteral("rectification_id"), rectificationId}, {QStringLiteral("person"), personName.trimmed()},
                {QStringLiteral("post"), personPost.trimmed()}, {QStringLiteral("measure"), SpotCheckRules::key(measure)},
                {QStringLiteral("decided_on"), decidedOn.toString(Qt::ISODate)}});
    });
}

Result<QList<AccountabilityRecord>> AccountabilityService::forRectification(qint64 rectificationId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT id, rectification_id, person_name, person_post, measure, decided_on, note, recorded_by, "
                       "recorded_at FROM accountability_records WHERE rectification_id = ? ORDER BY decided_on, id"))
        .bind(rectificationId)
        .rows(tr("The accountability records could not be read."), [](const QSqlQuery& q) {
            AccountabilityRecord r;
            db::RowReader in(q);
            in.into(r.id, r.rectificationId, r.personName, r.personPost);
            r.measure = SpotCheckRules::measure(in.next().toString()).value_or(AccountabilityMeasure::Interview);
            in.into(r.decidedOn, r.note, r.recordedBy);
            r.recordedAt = OfficeClock::parseStored(in.next().toString());
            return r;
        });
}

} // namespace sitegov
