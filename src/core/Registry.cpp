#include "core/Registry.h"

#include <QStringList>

namespace sitegov {

QList<AssignmentRole> RegistryVocabulary::roles()
{
    return {AssignmentRole::FirstResponsible, AssignmentRole::Security, AssignmentRole::Caretaker, AssignmentRole::Editor};
}

QString RegistryVocabulary::key(AssignmentRole role)
{
    switch (role) {
    case AssignmentRole::FirstResponsible:
        return QStringLiteral("first_responsible");
    case AssignmentRole::Security:
        return QStringLiteral("security");
    case AssignmentRole::Caretaker:
        return QStringLiteral("caretaker");
    case AssignmentRole::Editor:
        return QStringLiteral("editor");
    }
    return {};
}

std::optional<AssignmentRole> RegistryVocabulary::role(QStringView key)
{
    for (AssignmentRole r : roles()) {
        if (key.trimmed().compare(RegistryVocabulary::key(r), Qt::CaseInsensitive) == 0
            || key.trimmed() == displayName(r))
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
