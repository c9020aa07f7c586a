#include "core/Permissions.h"

#include <QStringList>

#include <algorithm>

namespace sitegov {

namespace {

bool roleAllows(Role role, Action action)
{
    switch (role) {
    case Role::Administrator:
        // The office's administrator keeps the registry and the system, but does not decide
        // requests, log inspections or sign reviews: those are other people's accountability.
        return action == Action::ManageAccounts || action == Action::ManageOrganisations || action == Action::EditSites
            || action == Action::AssignPersons || action == Action::ImportData || action == Action::FileRequest
            || action == Action::ViewAudit || action == Action::BackupRestore || action == Action::ManageSettings
            || action == Action::ManageRectification;
    case Role::Director:
        // The accountable head (第一责任人): reviews, signs, follows rectification, files requests.
        // Spot checks: the office's head plans them, confirms or returns the checkers' assessments and
        // holds the people behind failing sites to account.
        return action == Action::FileRequest || action == Action::WriteReview || action == Action::SignReview
            || action == Action::ManageRectification || action == Action::ViewAudit || action == Action::AssignPersons
            || action == Action::PlanSpotChecks || action == Action::ReviewAssessments
            || action == Action::RecordAccountability;
    case Role::Approver:
        return action == Action::DecideRequest;
    case Role::Inspector:
        // The caretaker: inspects daily, drafts the weekly comment, files requests for their sites.
        // The checker of spot checks, too.
        return action == Action::LogInspection || action == Action::ManageRectification
            || action == Action::WriteReview || action == Action::FileRequest || action == Action::AssessSites;
    }
    return false;
}

} // namespace

bool Permissions::allows(const QList<Role>& roles, Action action)
{
    return std::any_of(roles.cbegin(), roles.cend(), [action](Role r) { return roleAllows(r, action); });
}

QList<Role> Permissions::allRoles()
{
    return {Role::Administrator, Role::Director, Role::Approver, Role::Inspector};
}

QString Permissions::key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Director:
        return QStringLiteral("director");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Inspector:
        return QStringLiteral("inspector");
    }
    return {};
}

std::optional<Role> Permissions::role(QStringView key)
{
    for (Role r : allRoles()) {
        if (key.trimmed().compare(Permissions::key(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString Permissions::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Director:
        return tr("Director");
    case Role::Approver:
        return tr("Approver");
    case Role::Inspector:
        return tr("Inspector");
    }
    return {};
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::ManageOrganisations:
        return tr("change units");
    case Action::EditSites:
        return tr("register or change sites");
    case Action::AssignPersons:
        return tr("assign responsible persons");
    case Action::ImportData:
        return tr("import data");
    case Action::FileRequest:
        return tr("file requests");
    case Action::DecideRequest:
        return tr("decide requests");
    case Action::LogInspection:
        return tr("log inspections");
    case Action::ManageRectification:
        return tr("follow rectification items");
    case Action::WriteReview:
        return tr("write weekly reviews");
    case Action::SignReview:
        return tr("sign weekly reviews");
    case Action::ViewAudit:
        return tr("read the audit trail");
    case Action::BackupRestore:
        return tr("back up or restore the database");
    case Action::ManageSettings:
        return tr("change shared settings");
    case Action::PlanSpotChecks:
        return tr("plan spot checks");
    case Action::AssessSites:
        return tr("assess sites in spot checks");
    case Action::ReviewAssessments:
        return tr("confirm or return assessments");
    case Action::RecordAccountability:
        return tr("record accountability");
    }
    return {};
}

QString Permissions::keys(const QList<Role>& roles)
{
    QStringList out;
    for (Role r : allRoles()) {
        if (roles.contains(r))
            out << key(r);
    }
    return out.join(u',');
}

std::optional<QList<Role>> Permissions::parseRoles(const QString& text)
{
    QList<Role> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto r = role(part);
        if (!r)
            return std::nullopt;
        if (!out.contains(*r))
            out << *r;
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QString Permissions::displayNames(const QList<Role>& roles)
{
    QStringList out;
    for (Role r : allRoles()) {
        if (roles.contains(r))
            out << displayName(r);
    }
    return out.join(tr(", "));
}

} // namespace sitegov
