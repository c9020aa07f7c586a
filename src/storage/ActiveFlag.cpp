#include "storage/ActiveFlag.h"

#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/Session.h"

namespace sitegov {

Status ActiveFlag::set(QSqlDatabase& db, const Session& session, const Change& change, bool active)
{
    return db::inTransaction(db, [&]() -> Status {
        if (const Status s
            = db::Query(db, QStringLiteral("UPDATE %1 SET active = ?, updated_at = ? WHERE id = ?").arg(change.table))
                  .bind(active ? 1 : 0, Sql::nowUtc(), change.id)
                  .exec(change.failure);
            !s)
            return s;
        return AuditLog::append(db, session, active ? QStringLiteral("enable") : QStringLiteral("disable"),
            change.objectType, QString::number(change.id), change.summary, change.before, change.after);
    });
}

} // namespace sitegov
