#pragma once

#include "core/Result.h"
#include "storage/RequestRecord.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// Carries an approved request out on the registry: opens the proposed site, closes, migrates or
// merges the site concerned, or changes its name, domain or host. The approver does it, with the
// rights the approval gives them for this one request; every change is audited as theirs. Called
// by RequestWorkflow::decide inside the approval's transaction.
class RequestExecution final
{
    Q_DECLARE_TR_FUNCTIONS(RequestExecution)

public:
    explicit RequestExecution(QSqlDatabase db);

    Status execute(const Session& approver, const RequestRecord& request);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
