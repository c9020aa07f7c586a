#pragma once

#include "gui/common/PrintedForm.h"

namespace sitegov {

class Database;

// A request as the general office files it: its fields, the proposed site or change, the reason,
// the attachments, each step's decision with the approver's comment, the policy checks and the
// full history.
class RequestDocument final
{
    Q_DECLARE_TR_FUNCTIONS(RequestDocument)

public:
    static Result<PrintedDocument> build(Database& database, qint64 requestId);
};

} // namespace sitegov
