#include "storage/PersonService.h"

#include "storage/ActiveFlag.h"
#include "storage/AuditLog.h"
#include "storage/SiteRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sitegov {

namespace {

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.orgId = q.value(2).toLongLong();
    p.title = q.value(3).toString();
    p.phone = q.value(4).toString();
    p.email = q.value(5).toString();
    p.active = q.value(6).toBool();
    return p;
}

const char* const kPersonColumns = "id, name, org_id, title, phone, email, active";

} // namespace

PersonService::PersonService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QJsonObject PersonService::snapshot(const Person& p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
        {QStringLiteral("org_id"), p.orgId},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("active"), p.active}};
}

QJsonObject PersonService::snapshot(const Assignment& a)
{
    return QJsonObject{{QStringLiteral("site_id"), a.siteId},
        {QStringLiteral("person_id"), a.personId},
        {QStringLiteral("role"), RegistryVocabulary::key(a.role)},
        {QStringLiteral("start_on"), a.startOn.toString(Qt::ISODate)},
        {QStringLiteral("end_on"), a.endOn.toString(Qt::ISODate)},
        {QStringLiteral("note"), a.note}};
}

Status PersonService::validate(const Person& p)
{
    if (p.name.trimmed().isEmpty())
        return Error{tr("Give the person's name."), {}};
    if (p.name.trimmed().size() > 64)
        return Error{tr("A name has at most 64 characters."), {}};
    if (p.orgId == 0)
        return Error{tr("Choose the person's unit."), {}};
    static const QRegularExpression phone(QStringLiteral(R"(^[0-9+()\- ]{5,32}$)"));
    if (!p.phone.trimmed().isEmpty() && !phone.match(p.phone.trimmed()).hasMatch())
        return Error{tr("\"%1\" is not a telephone number.").arg(p.phone.trimmed()), {}};
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return Error{tr("\"%1\" is not an e-mail address.").arg(p.email.trimmed()), {}};
    return {};
}

Result<Person> PersonService::personById(qint64 id)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(QLatin1String(kPersonColumns)), &e))
        return e;
    q.addBindValue(id);
    if (!Sql::exec(q, &e, tr("The person could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no person with the number %1.").arg(id), {}};
    return personFrom(q);
}

Result<Person> PersonService::personByName(qint64 orgId, const QString& name)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT %1 FROM persons WHERE org_id = ? AND name = ?").arg(QLatin1String(kPersonColumns)),
            &e))
        return e;
    q.addBindValue(orgId);
    q.addBindValue(name.trimmed());
    if (!Sql::exec(q, &e, tr("The person could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no person named %1 in that unit.").arg(name.trimmed()), {}};
    return personFrom(q);
}

Result<qint64> PersonService::createPerson(const Session& session, const Person& person)
{
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, person.orgId); !s)
        return s.error();
    if (const Status s = validate(person); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("INSERT INTO persons (name, org_id, title, phone, email, active, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    const QString now = Sql::nowUtc();
    q.addBindValue(person.name.trimmed());
    q.addBindValue(person.orgId);
    q.addBindValue(Sql::nullIfEmpty(person.title));
    q.addBindValue(Sql::nullIfEmpty(person.phone));
    q.addBindValue(Sql::nullIfEmpty(person.email));
    q.addBindValue(person.active ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        if (detail.contains(QLatin1String("UNIQUE")))
            return Error{tr("%1 is listed in that unit already: add a distinguishing mark to the name.").arg(person.name.trimmed()),
                detail};
        return Error{tr("The person could not be saved."), detail};
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("create"), QStringLiteral("person"),
            QString::number(id), person.name.trimmed(), {}, snapshot(person));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PersonService::updatePerson(const Session& session, const Person& person)
{
    const auto before = personById(person.id);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, before->orgId); !s)
        return s;
    if (person.orgId != before->orgId) {
        if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, person.orgId); !s)
            return s;
    }
    if (const Status s = validate(person); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("UPDATE persons SET name = ?, org_id = ?, title = ?, phone = ?, email = ?, "
                                        "updated_at = ? WHERE id = ?"),
            &e))
        return e;
    q.addBindValue(person.name.trimmed());
    q.addBindValue(person.orgId);
    q.addBindValue(Sql::nullIfEmpty(person.title));
    q.addBindValue(Sql::nullIfEmpty(person.phone));
    q.addBindValue(Sql::nullIfEmpty(person.email));
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(person.id);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        if (detail.contains(QLatin1String("UNIQUE")))
            return Error{tr("%1 is listed in that unit already: add a distinguishing mark to the name.").arg(person.name.trimmed()),
                detail};
        return Error{tr("The person could not be saved."), detail};
    }
    Person after = person;
    after.active = before->active;
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("person"),
            QString::number(person.id), person.name.trimmed(), snapshot(*before), snapshot(after));
        !s)
        return s;
    return tx.commit();
}

Status PersonService::linkAccount(const Session& session, qint64 personId, qint64 accountId)
{
    const auto person = personById(personId);
    if (!person)
        return person.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, person->orgId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (accountId != 0) {
        // Whoever was this account before is no longer.
        q.prepare(QStringLiteral("UPDATE persons SET account_id = NULL WHERE account_id = ? AND id <> ?"));
        q.addBindValue(accountId);
        q.addBindValue(personId);
        if (!q.exec())
            return Sql::error(q, tr("The person could not be saved."));
    }
    q.prepare(QStringLiteral("UPDATE persons SET account_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::nullIfZero(accountId));
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(personId);
    if (!q.exec())
        return Sql::error(q, accountId != 0 && q.lastError().text().contains(QLatin1String("FOREIGN"))
                ? tr("There is no account with the number %1.").arg(accountId)
                : tr("The person could not be saved."));
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("link_account"), QStringLiteral("person"),
            QString::number(personId), QStringLiteral("%1 -> account %2").arg(person->name).arg(accountId));
        !s)
        return s;
    return tx.commit();
}

Result<Person> PersonService::personOfAccount(qint64 accountId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return Sql::error(q, tr("The person could not be read."));
    if (!q.next())
        return Person{};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return personById(id);
}

Status PersonService::setPersonActive(const Session& session, qint64 personId, bool active)
{
    const auto before = personById(personId);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, before->orgId); !s)
        return s;
    if (before->active == active)
        return {};
    QSqlQuery q(m_db);
    if (!active) {
        q.prepare(QStringLiteral("SELECT count(*) FROM assignments WHERE person_id = ? AND end_on IS NULL"));
        q.addBindValue(personId);
        if (!q.exec() || !q.next())
            return Sql::error(q, tr("The assignments could not be read."));
        if (q.value(0).toInt() > 0)
            return Error{tr("%1 still holds %2 current assignments: reassign them first.")
                             .arg(before->name)
                             .arg(q.value(0).toInt()),
                {}};
    }
    Person after = *before;
    after.active = active;
    return ActiveFlag::set(m_db, session,
        {QStringLiteral("persons"), QStringLiteral("person"), personId, before->name, snapshot(*before), snapshot(after),
            tr("The person could not be changed.")},
        active);
}

Result<qint64> PersonService::hostOfSite(qint64 siteId)
{
    const auto site = SiteRepository(m_db).byId(siteId);
    if (!site)
        return site.error();
    return site->hostOrgId;
}

Result<qint64> PersonService::assign(const Session& session, qint64 siteId, qint64 personId, AssignmentRole role,
    const QDate& startOn, const QString& note)
{
    const auto host = hostOfSite(siteId);
    if (!host)
        return host.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, *host); !s)
        return s.error();
    const auto person = personById(personId);
    if (!person)
        return person.error();
    if (!person->active)
        return Error{tr("%1 is no longer active and cannot be assigned.").arg(person->name), {}};
    if (!startOn.isValid())
        return Error{tr("Give the date the assignment starts."), {}};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    // The current holder of the role, if any, hands over.
    if (!Sql::prepare(q, QStringLiteral("SELECT id, person_id, start_on, note FROM assignments WHERE site_id = ? AND role = ? "
                                        "AND end_on IS NULL"),
            &e))
        return e;
    q.addBindValue(siteId);
    q.addBindValue(RegistryVocabulary::key(role));
    if (!Sql::exec(q, &e, tr("The assignments could not be read.")))
        return e;
    if (q.next()) {
        Assignment current;
        current.id = q.value(0).toLongLong();
        current.siteId = siteId;
        current.personId = q.value(1).toLongLong();
        current.role = role;
        current.startOn = Sql::toDate(q.value(2));
        current.note = q.value(3).toString();
        q.finish();
        if (current.personId == personId)
            return Error{tr("%1 is already the site's %2.").arg(person->name, RegistryVocabulary::displayName(role)), {}};
        if (startOn < current.startOn)
            return Error{tr("The new assignment cannot start before the current one (%1).")
                             .arg(current.startOn.toString(Qt::ISODate)),
                {}};
        Assignment ended = current;
        ended.endOn = startOn.addDays(-1) < current.startOn ? current.startOn : startOn.addDays(-1);
        if (!Sql::prepare(q, QStringLiteral("UPDATE assignments SET end_on = ? WHERE id = ?"), &e))
            return e;
        q.addBindValue(ended.endOn.toString(Qt::ISODate));
        q.addBindValue(current.id);
        if (!Sql::exec(q, &e, tr("The assignment could not be ended.")))
            return e;
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("unassign"), QStringLiteral("assignment"),
                QString::number(current.id), RegistryVocabulary::key(role), snapshot(current), snapshot(ended));
            !s)
            return s.error();
    }
    q.finish();
    Assignment a;
    a.siteId = siteId;
    a.personId = personId;
    a.role = role;
    a.startOn = startOn;
    a.note = note.trimmed();
    if (!Sql::prepare(q, QStringLiteral("INSERT INTO assignments (site_id, person_id, role, start_on, note, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    q.addBindValue(siteId);
    q.addBindValue(personId);
    q.addBindValue(RegistryVocabulary::key(role));
    q.addBindValue(startOn.toString(Qt::ISODate));
    q.addBindValue(Sql::nullIfEmpty(a.note));
    q.addBindValue(Sql::nowUtc());
    if (!Sql::exec(q, &e, tr("The assignment could not be saved.")))
        return e;
    a.id = q.lastInsertId().toLongLong();
    if (const Status s = SiteRepository(m_db).refreshFlags({siteId}); !s)
        return s.error();
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("assign"), QStringLiteral("assignment"),
            QString::number(a.id), person->name + u' ' + RegistryVocabulary::key(role), {}, snapshot(a));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return a.id;
}

Status PersonService::endAssignment(const Session& session, qint64 assignmentId, const QDate& endOn)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT site_id, person_id, role, start_on, end_on, note FROM assignments WHERE id = ?"),
            &e))
        return e;
    q.addBindValue(assignmentId);
    if (!Sql::exec(q, &e, tr("The assignment could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no assignment with the number %1.").arg(assignmentId), {}};
    Assignment before;
    before.id = assignmentId;
    before.siteId = q.value(0).toLongLong();
    before.personId = q.value(1).toLongLong();
    before.role = RegistryVocabulary::role(q.value(2).toString()).value_or(AssignmentRole::Caretaker);
    before.startOn = Sql::toDate(q.value(3));
    before.endOn = Sql::toDate(q.value(4));
    before.note = q.value(5).toString();
    q.finish();
    const auto host = hostOfSite(before.siteId);
    if (!host)
        return host.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, *host); !s)
        return s;
    if (!before.isCurrent())
        return Error{tr("This assignment ended already on %1.").arg(before.endOn.toString(Qt::ISODate)), {}};
    if (!endOn.isValid() || endOn < before.startOn)
        return Error{tr("The end date must be on or after the start date %1.").arg(before.startOn.toString(Qt::ISODate)), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Assignment after = before;
    after.endOn = endOn;
    if (!Sql::prepare(q, QStringLiteral("UPDATE assignments SET end_on = ? WHERE id = ?"), &e))
        return e;
    q.addBindValue(endOn.toString(Qt::ISODate));
    q.addBindValue(assignmentId);
    if (!Sql::exec(q, &e, tr("The assignment could not be ended.")))
        return e;
    if (const Status s = SiteRepository(m_db).refreshFlags({before.siteId}); !s)
        return s;
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("unassign"), QStringLiteral("assignment"),
            QString::number(assignmentId), RegistryVocabulary::key(before.role), snapshot(before), snapshot(after));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> PersonService::recordAssignment(const Session& session, const Assignment& a)
{
    const auto host = hostOfSite(a.siteId);
    if (!host)
        return host.error();
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, *host); !s)
        return s.error();
    const auto person = personById(a.personId);
    if (!person)
        return person.error();
    if (!a.startOn.isValid())
        return Error{tr("Give the date the assignment starts."), {}};
    if (a.endOn.isValid() && a.endOn < a.startOn)
        return Error{tr("The end date must be on or after the start date %1.").arg(a.startOn.toString(Qt::ISODate)), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("INSERT INTO assignments (site_id, person_id, role, start_on, end_on, note, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    q.addBindValue(a.siteId);
    q.addBindValue(a.personId);
    q.addBindValue(RegistryVocabulary::key(a.role));
    q.addBindValue(a.startOn.toString(Qt::ISODate));
    q.addBindValue(Sql::date(a.endOn));
    q.addBindValue(Sql::nullIfEmpty(a.note));
    q.addBindValue(Sql::nowUtc());
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        if (detail.contains(QLatin1String("UNIQUE")))
            return Error{tr("The site has a current %1 already.").arg(RegistryVocabulary::displayName(a.role)), detail};
        return Error{tr("The assignment could not be saved."), detail};
    }
    Assignment saved = a;
    saved.id = q.lastInsertId().toLongLong();
    if (a.isCurrent()) {
        if (const Status s = SiteRepository(m_db).refreshFlags({a.siteId}); !s)
            return s.error();
    }
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("assign"), QStringLiteral("assignment"),
            QString::number(saved.id), person->name + u' ' + RegistryVocabulary::key(a.role), {}, snapshot(saved));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return saved.id;
}

Result<QList<AssignmentView>> PersonService::assignmentsOfSite(qint64 siteId)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT a.id, a.person_id, a.role, a.start_on, a.end_on, a.note, p.name, p.title, p.phone, o.name "
                           "FROM assignments a JOIN persons p ON p.id = a.person_id JOIN organisations o ON o.id = "
                           "p.org_id WHERE a.site_id = ? ORDER BY a.end_on IS NOT NULL, a.start_on DESC, a.id DESC"),
            &e))
        return e;
    q.addBindValue(siteId);
    if (!Sql::exec(q, &e, tr("The assignments could not be read.")))
        return e;
    QList<AssignmentView> out;
    while (q.next()) {
        AssignmentView v;
        v.assignment.id = q.value(0).toLongLong();
        v.assignment.siteId = siteId;
        v.assignment.personId = q.value(1).toLongLong();
        v.assignment.role = RegistryVocabulary::role(q.value(2).toString()).value_or(AssignmentRole::Caretaker);
        v.assignment.startOn = Sql::toDate(q.value(3));
        v.assignment.endOn = Sql::toDate(q.value(4));
        v.assignment.note = q.value(5).toString();
        v.personName = q.value(6).toString();
        v.personTitle = q.value(7).toString();
        v.personPhone = q.value(8).toString();
        v.personUnit = q.value(9).toString();
        out << v;
    }
    return out;
}

} // namespace sitegov
