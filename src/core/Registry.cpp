#include "core/Registry.h"

#include "core/KeyTable.h"

#include <QStringList>

namespace sitegov {

namespace {

constexpr KeyTable<AssignmentRole, 4> kRoles{{
    {AssignmentRole::FirstResponsible, "first_responsible"},
    {AssignmentRole::Security, "security"},
    {AssignmentRole::Caretaker, "caretaker"},
    {AssignmentRole::Editor, "editor"},
}};

} // namespace

QList<AssignmentRole> RegistryVocabulary::roles()
{
    return valuesOf(kRoles);
}

QString RegistryVocabulary::key(AssignmentRole role)
{
    return keyOf(kRoles, role);
}

std::optional<AssignmentRole> RegistryVocabulary::role(QStringView key)
{
    if (const auto r = fromKey(kRoles, key))
        return r;
    for (AssignmentRole r : roles()) {
        if (key.trimmed() == displayName(r))
            return r;
    }
    return std::nullopt;
}

QString RegistryVocabulary::displayName(AssignmentRole role)
{
    switch (role) {
    case AssignmentRole::FirstResponsible:
        return tr("First responsible person");
    case AssignmentRole::Security:
        return tr("Security responsible person");
    case AssignmentRole::Caretaker:
        return tr("Caretaker");
    case AssignmentRole::Editor:
        return tr("Content editor");
    }
    return {};
}

QList<SiteFlag> RegistryVocabulary::flags()
{
    return {FlagConsolidationDue, FlagDuplicateUnit, FlagNoCaretaker, FlagNoSecurity};
}

QString RegistryVocabulary::displayName(SiteFlag flag)
{
    switch (flag) {
    case FlagConsolidationDue:
        return tr("Due for migration or closure");
    case FlagDuplicateUnit:
        return tr("Unit runs another site: merge");
    case FlagNoCaretaker:
        return tr("No caretaker");
    case FlagNoSecurity:
        return tr("No security responsible person");
    }
    return {};
}

QString RegistryVocabulary::describe(int flags)
{
    QStringList out;
    for (SiteFlag f : RegistryVocabulary::flags()) {
        if (flags & f)
            out << displayName(f);
    }
    return out.join(tr("; "));
}

} // namespace sitegov
