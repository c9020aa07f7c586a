#pragma once

#include "gui/common/PrintedForm.h"

#include <QSqlDatabase>

namespace sitegov {

// A request as the general office files it: its fields, the proposed site or change, the reason,
// the attachments, each step's decision with the approver's comment, the policy checks and the
// full history.
class RequestDocument final
{
    Q_DECLARE_TR_FUNCTIONS(RequestDocument)

public:
    static Result<PrintedDocument> build(QSqlDatabase db, qint64 requestId);
};

} // namespace sitegov
