#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

struct Session;

// Deactivating or reactivating a record that is never deleted (a unit, a person): its `active`
// flag and the audit record ("disable" or "enable", with the record before and after) land in one
// transaction, or neither does. The caller checks first who may do it and what stands in the way.
class ActiveFlag final
{
public:
    struct Change
    {
        QString table; // "organisations", "persons": a table with active and updated_at columns
        QString objectType; // the audit trail's name of the object: "organisation", "person"
        qint64 id = 0;
        QString summary; // the audit record's summary: the record's name
        QJsonObject before; // the record as it was and as it will be, for the audit trail
        QJsonObject after;
        QString failure; // what to tell the user when the record cannot be written
    };

    static Status set(QSqlDatabase& db, const Session& session, const Change& change, bool active);
};

} // namespace sitegov
