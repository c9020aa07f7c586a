#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "storage/AccountService.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace sitegov {

// The console's first start on a database without accounts: the first administrator belongs to the
// top unit (the province) when units are registered already; on an empty database they come with the
// unit they belong to.
class FirstStart final
{
    Q_DECLARE_TR_FUNCTIONS(FirstStart)

public:
    explicit FirstStart(QSqlDatabase db);

    // The first unit at the top of the tree (by number), or nothing on an empty registry.
    Result<std::optional<Organisation>> topUnit();

    // Creates the first administrator `account` (its orgId an existing unit) and returns their
    // session. With `orgId` 0, `newUnit` is created first (by the system, audited) and the
    // administrator belongs to it. All or nothing.
    Result<Session> createAdministrator(NewAccount account, const QString& password, const Organisation& newUnit = {});

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
