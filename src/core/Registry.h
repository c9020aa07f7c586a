#pragma once

#include "core/Domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// A person who can answer for a site (责任人).
struct Person
{
    qint64 id = 0;
    QString name;
    qint64 orgId = 0;
    QString title;
    QString phone;
    QString email;
    bool active = true;
};

// The roles a person holds on a site (docs/design/domain.md).
enum class AssignmentRole { FirstResponsible, Security, Caretaker, Editor };

// One person in one role on one site, from a start date; an end date closes it. History is kept:
// reassigning ends the current assignment and starts a new one.
struct Assignment
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 personId = 0;
    AssignmentRole role = AssignmentRole::Caretaker;
    QDate startOn;
    QDate endOn; // invalid: current
    QString note;

    bool isCurrent() const { return !endOn.isValid(); }
};

// What the registry flags on a site, stored as a bit set on the site and kept current by the
// services that change sites, units and assignments.
enum SiteFlag : int {
    FlagConsolidationDue = 1, // a township/street or county-department site not yet closed
    FlagDuplicateUnit = 2,    // its host unit runs another open site: merge them
    FlagNoCaretaker = 4,      // operating or migrating without a current caretaker
    FlagNoSecurity = 8,       // operating or migrating without a current security responsible person
};

class RegistryVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryVocabulary)

public:
    static QList<AssignmentRole> roles();
    static QString key(AssignmentRole role);
    static std::optional<AssignmentRole> role(QStringView key);
    static QString displayName(AssignmentRole role);
    static QList<SiteFlag> flags();
    static QString displayName(SiteFlag flag);
    static QString describe(int flags); // the flags set, in words, joined
};

} // namespace sitegov
