#include "storage/FirstStart.h"

#include "db/Query.h"
#include "db/Transaction.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryService.h"

namespace sitegov {

FirstStart::FirstStart(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<std::optional<Organisation>> FirstStart::topUnit()
{
    return db::Query(m_db,
        QStringLiteral("SELECT %1 FROM organisations WHERE parent_id IS NULL ORDER BY id LIMIT 1")
            .arg(OrganisationRepository::columns()))
        .first(tr("The units could not be read."), &OrganisationRepository::fromRecord);
}

Result<Session> FirstStart::createAdministrator(
    NewAccount account, const QString& password, const Organisation& newUnit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (account.orgId == 0) {
        const auto created
            = RegistryService(m_db).createOrganisation(Session::system(QStringLiteral("first start")), newUnit);
        if (!created)
            return created.error();
        account.orgId = *created;
    }
    AccountService accounts(m_db);
    const auto id = accounts.createFirstAdministrator(account, password);
    if (!id)
        return id.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    const auto created = accounts.byId(*id);
    if (!created)
        return created.error();
    return AccountService::sessionFor(*created);
}

} // namespace sitegov
