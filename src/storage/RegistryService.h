#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Site.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace sitegov {

// Changes to the registry (units and sites), each checked against the acting session and written
// to the audit trail in the same transaction.
class RegistryService final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryService)

public:
    explicit RegistryService(QSqlDatabase db);

    Result<qint64> createOrganisation(const Session& session, const Organisation& org);
    Result<qint64> registerSite(const Session& session, const Site& site);

    static QJsonObject snapshot(const Organisation& org);
    static QJsonObject snapshot(const Site& site);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
