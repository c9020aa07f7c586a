#pragma once

#include "core/Registry.h"
#include "core/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

// An assignment with the names a list shows.
struct AssignmentView
{
    Assignment assignment;
    QString personName;
    QString personTitle;
    QString personPhone;
    QString personUnit;
};

// Responsible persons and their assignments to sites. Reassigning ends the current holder of the
// role and starts the new one in one transaction; history is never overwritten. Checked (AssignPersons,
// within the site's unit) and audited; the site's flags follow.
class PersonService final
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    explicit PersonService(QSqlDatabase db);

    Result<qint64> createPerson(const Session& session, const Person& person);
    Status updatePerson(const Session& session, const Person& person);
    Status setPersonActive(const Session& session, qint64 personId, bool active);
    Result<Person> personById(qint64 id);
    // Links a person to the login account they use (0: none), so that an inspector's "Today" lists
    // the sites they take care of. An account is at most one person.
    Status linkAccount(const Session& session, qint64 personId, qint64 accountId);
    // The person an account is (id 0 when none).
    Result<Person> personOfAccount(qint64 accountId);
    // A person by name within a unit (names are unique per unit).
    Result<Person> personByName(qint64 orgId, const QString& name);

    // Makes `personId` the holder of `role` on the site from `startOn`, ending the current holder
    // the day before (or the same day, if they started that day).
    Result<qint64> assign(const Session& session, qint64 siteId, qint64 personId, AssignmentRole role,
        const QDate& startOn, const QString& note = {});
    Status endAssignment(const Session& session, qint64 assignmentId, const QDate& endOn);
    // Records an assignment as it stands in another registry: ended ones as history, an open one
    // as the current holder (refused if the role has one already). Imports replay history with it.
    Result<qint64> recordAssignment(const Session& session, const Assignment& assignment);

    // Current first, then history, newest first.
    Result<QList<AssignmentView>> assignmentsOfSite(qint64 siteId);

    static QJsonObject snapshot(const Person& person);
    static QJsonObject snapshot(const Assignment& assignment);

private:
    Status validate(const Person& person);
    // The session may assign persons at site `siteId` (at its host unit).
    Status requireAssignAt(const Session& session, qint64 siteId);

    QSqlDatabase m_db;
};

} // namespace sitegov
