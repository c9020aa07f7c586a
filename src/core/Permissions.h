#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// The console's roles (docs/design/domain.md): an account has one or more.
enum class Role { Administrator, Director, Approver, Inspector };

// Everything that changes governed data, or reads what only some roles may read.
enum class Action {
    ManageAccounts,      // create, disable, reset passwords
    ManageOrganisations, // add, edit, move, deactivate units
    EditSites,           // register, edit, change status
    AssignPersons,       // people and their assignments to sites
    ImportData,          // bulk imports
    FileRequest,         // file, edit, withdraw one's own requests
    DecideRequest,       // approve, reject, return a step of a request
    LogInspection,       // daily inspections
    ManageRectification, // fix, re-check, close rectification items
    WriteReview,         // draft a weekly review
    SignReview,          // sign (lock) a weekly review
    ViewAudit,           // read the audit trail
    BackupRestore,       // back up and restore the database
    ManageSettings,      // database-wide settings (backend, automatic backups, checklist)
    PlanSpotChecks,      // draw, shape, assign and lock an office's monthly spot-check plan
    AssessSites,         // write and submit spot-check assessments (the checker)
    ReviewAssessments,   // confirm or return another's assessments; set rectification deadlines
    RecordAccountability, // record accountability (问责) for a failing site
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(const QList<Role>& roles, Action action);
    static QList<Role> allRoles();
    static QString key(Role role);
    static std::optional<Role> role(QStringView key);
    static QString displayName(Role role);
    static QString describe(Action action); // "approve or reject requests"
    // "administrator,inspector" <-> roles; unknown keys make the parse fail.
    static QString keys(const QList<Role>& roles);
    static std::optional<QList<Role>> parseRoles(const QString& text);
    static QString displayNames(const QList<Role>& roles);
};

} // namespace sitegov
