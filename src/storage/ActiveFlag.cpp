#include "storage/ActiveFlag.h"

#include "storage/AuditLog.h"
#include "storage/Session.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace sitegov {

Status ActiveFlag::set(QSqlDatabase& db, const Session& session, const Change& change, bool active)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("UPDATE %1 SET active = ?, updated_at = ? WHERE id = ?").arg(change.table), &e))
        return e;
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(change.id);
    if (!Sql::exec(q, &e, change.failure))
        return e;
    if (const Status s = AuditLog::append(db, session, active ? QStringLiteral("enable") : QStringLiteral("disable"),
            change.objectType, QString::number(change.id), change.summary, change.before, change.after);
        !s)
        return s;
    return tx.commit();
}

} // namespace sitegov
