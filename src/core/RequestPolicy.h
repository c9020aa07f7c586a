#pragma once

#include "core/Request.h"
#include "core/SiteRules.h"

#include <QCoreApplication>
#include <QList>

namespace sitegov {

// What the policy checks look at; the storage layer fills it from the database.
struct RequestFacts
{
    RequestType type = RequestType::Open;
    QString reason;
    QString justification;
    // The requesting unit.
    AdminLevel unitLevel = AdminLevel::Province;
    OrgKind unitKind = OrgKind::Government;
    // Open: the proposed site and what the rules know of its host (the requesting unit).
    // Change: the site as it would be after the change, and its (new) host.
    Site proposed;
    HostContext proposedHost;
    // Close, migrate, merge, change: the site as it is.
    bool hasSubject = false;
    Site subject;
    // Merge: the site it merges into.
    bool hasTarget = false;
    Site target;
    // The attachments filed with the request.
    bool hasSecurityReport = false;
    bool hasMigrationEvidence = false;
};

// The policy checks of docs/design/domain.md, run on submission and at every step and shown to the approver:
// opening by a township, street or county department is flagged (原则上不开设) and needs a written
// justification; a unit that runs a site cannot open a second; the domain pattern; going live needs a
// passed security test; closing needs evidence that the data was migrated. Errors block the stage.
class RequestPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(RequestPolicy)

public:
    enum class Stage {
        Submission, // filing or resubmitting
        Decision,   // an intermediate step
        Execution   // the final approval, which changes the registry
    };

    static QList<Finding> check(const RequestFacts& facts, Stage stage);
    // True when the requesting unit in principle may not open a site (the flag approvers see).
    static bool openingFlagged(const RequestFacts& facts);
};

} // namespace sitegov
