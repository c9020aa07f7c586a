#pragma once

#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

class OrganisationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    explicit OrganisationRepository(QSqlDatabase db);

    Result<qint64> insert(const Organisation& org);
    Result<Organisation> byId(qint64 id);
    Result<QList<Organisation>> children(qint64 parentId); // 0: the top level
    Result<int> count();

    static Organisation fromRecord(const class QSqlQuery& q);
    // The columns fromRecord reads, in its order: "id, parent_id, name, …".
    static QString columns();

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
