#include "storage/PersonService.h"

#include "db/Dialect.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/ActiveFlag.h"
#include "storage/AuditLog.h"
#include "storage/SiteRepository.h"

#include <QRegularExpression>

namespace sitegov {

namespace {

Person personFrom(const QSqlQuery& q)
{
    Person p;
    db::RowReader(q).into(p.id, p.name, p.orgId, p.title, p.phone, p.email, p.active);
    return p;
}

const char* const kPersonColumns = "id, name, org_id, title, phone, email, active";

// A second person of the same name in a unit is said so; the driver's text stays in the detail.
Error nameTaken(const Error& e, const QString& name)
{
    if (e.code != db::Dialect::uniqueViolationCode())
        return e;
    return Error{PersonService::tr("%1 is listed in that unit already: add a distinguishing mark to the name.")
                     .arg(name.trimmed()),
        e.detail, e.code};
}

// An assignment from columns 1 to 5 of `q`: person_id, role, start_on, end_on, note.
Assignment assignmentFrom(const QSqlQuery& q, qint64 id, qint64 siteId)
{
    Assignment a;
    a.id = id;
    a.siteId = siteId;
    db::RowReader in(q, 1);
    in.into(a.personId);
    a.role = RegistryVocabulary::role(in.next().toString()).value_or(AssignmentRole::Caretaker);
    in.into(a.startOn, a.endOn, a.note);
    return a;
}

// The person `id`, when `session` may change the persons of its unit.
Result<Person> personToChange(PersonService& persons, const QSqlDatabase& db, const Session& session, qint64 id)
{
    auto person = persons.personById(id);
    if (!person)
        return person;
    if (const Status s = Authorizer::require(db, session, Action::AssignPersons, person->orgId); !s)
        return s.error();
    return person;
}

} // namespace

PersonService::PersonService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QJsonObject PersonService::snapshot(const Person& p)
{
    return QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("org_id"), p.orgId},
        {QStringLiteral("title"), p.title}, {QStringLiteral("phone"), p.phone}, {QStringLiteral("email"), p.email},
        {QStringLiteral("active"), p.active}};
}

QJsonObject PersonService::snapshot(const Assignment& a)
{
    return QJsonObject{{QStringLiteral("site_id"), a.siteId}, {QStringLiteral("person_id"), a.personId},
        {QStringLiteral("role"), RegistryVocabulary::key(a.role)},
        {QStringLiteral("start_on"), a.startOn.toString(Qt::ISODate)},
        {QStringLiteral("end_on"), a.endOn.toString(Qt::ISODate)}, {QStringLiteral("note"), a.note}};
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
    return db::Query(m_db, QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(QLatin1String(kPersonColumns)))
        .bind(id)
        .single(tr("The person could not be read."), tr("There is no person with the number %1.").arg(id), personFrom);
}

Result<Person> PersonService::personByName(qint64 orgId, const QString& name)
{
    return db::Query(
        m_db, QStringLiteral("SELECT %1 FROM persons WHERE org_id = ? AND name = ?").arg(QLatin1String(kPersonColumns)))
        .bind(orgId, name.trimmed())
        .single(tr("The person could not be read."),
            tr("There is no person named %1 in that unit.").arg(name.trimmed()), personFrom);
}

Result<qint64> PersonService::createPerson(const Session& session, const Person& person)
{
    if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, person.orgId); !s)
        return s.error();
    if (const Status s = validate(person); !s)
        return s.error();
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString now = Sql::nowUtc();
        const auto inserted = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO persons (name, org_id, title, phone, email, active, created_at, updated_at) VALUES (?, "
                "?, ?, ?, ?, ?, ?, ?)"))
                                  .bind(person.name.trimmed(), person.orgId, Sql::nullIfEmpty(person.title),
                                      Sql::nullIfEmpty(person.phone), Sql::nullIfEmpty(person.email),
                                      person.active ? 1 : 0, now, now)
                                  .insert(tr("The person could not be saved."));
        if (!inserted)
            return nameTaken(inserted.error(), person.name);
        const qint64 id = *inserted;
        return AuditLog::created(m_db, session, QStringLiteral("person"), id, person.name.trimmed(), snapshot(person));
    });
}

Status PersonService::updatePerson(const Session& session, const Person& person)
{
    const auto before = personToChange(*this, m_db, session, person.id);
    if (!before)
        return before.error();
    if (person.orgId != before->orgId) {
        if (const Status s = Authorizer::require(m_db, session, Action::AssignPersons, person.orgId); !s)
            return s;
    }
    if (const Status s = validate(person); !s)
        return s;
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s
            = db::Query(m_db,
                QStringLiteral(
                    "UPDATE persons SET name = ?, org_id = ?, title = ?, phone = ?, email = ?, updated_at = ? "
                    "WHERE id = ?"))
                  .bind(person.name.trimmed(), person.orgId, Sql::nullIfEmpty(person.title),
                      Sql::nullIfEmpty(person.phone), Sql::nullIfEmpty(person.email), Sql::nowUtc(), person.id)
                  .exec(tr("The person could not be saved."));
            !s)
            return nameTaken(s.error(), person.name);
        Person after = person;
        after.active = before->active;
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("person"),
            QString::number(person.id), person.name.trimmed(), snapshot(*before), snapshot(after));
    });
}

Status PersonService::linkAccount(const Session& session, qint64 personId, qint64 accountId)
{
    const auto person = personToChange(*this, m_db, session, personId);
    if (!person)
        return person.error();
    return db::inTransaction(m_db, [&]() -> Status {
        if (accountId != 0) {
            // Whoever was this account before is no longer.
            if (const Status s = db::Query(
                    m_db, QStringLiteral("UPDATE persons SET account_id = NULL WHERE account_id = ? AND id <> ?"))
                                     .bind(accountId, personId)
                                     .exec(tr("The person could not be saved."));
                !s)
                return s;
        }
        if (const Status s
            = db::Query(m_db, QStringLiteral("UPDATE persons SET account_id = ?, updated_at = ? WHERE id = ?"))
                  .bind(Sql::nullIfZero(accountId), Sql::nowUtc(), personId)
                  .exec(tr("The person could not be saved."));
            !s) {
            if (s.error().code == db::Dialect::foreignKeyViolationCode())
                return Error{
                    tr("There is no account with the number %1.").arg(accountId), s.error().detail, s.error().code};
            return s;
        }
        return AuditLog::append(m_db, session, QStringLiteral("link_account"), QStringLiteral("person"),
            QString::number(personId), QStringLiteral("%1 -> account %2").arg(person->name).arg(accountId));
    });
}

Result<Person> PersonService::personOfAccount(qint64 accountId)
{
    const auto id
        = db::Query(m_db, QStringLiteral("SELECT id FROM persons WHERE account_id = ?"))
              .bind(accountId)
              .first(tr("The person could not be read."), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!id)
        return id.error();
    if (!*id)
        return Person{};
    return personById(**id);
}

Status PersonService::setPersonActive(const Session& session, qint64 personId, bool active)
{
    const auto before = personToChange(*this, m_db, session, personId);
    if (!before)
        return before.error();
    if (before->active == active)
        return {};
    if (!active) {
        const auto held
            = db::Query(m_db, QStringLiteral("SELECT count(*) FROM assignments WHERE person_id = ? AND end_on IS NULL"))
                  .bind(personId)
                  .value<int>(tr("The assignments could not be read."));
        if (!held)
            return held.error();
        if (*held > 0)
            return Error{
                tr("%1 still holds %2 current assignments: reassign them first.").arg(before->name).arg(*held), {}};
    }
    Person after = *before;
    after.active = active;
    return ActiveFlag::set(m_db, session,
        {QStringLiteral("persons"), QStringLiteral("person"), personId, before->name, snapshot(*before),
            snapshot(after), tr("The person could not be changed.")},
        active);
}

Status PersonService::requireAssignAt(const Session& session, qint64 siteId)
{
    const auto site = SiteRepository(m_db).byId(siteId);
    if (!site)
        return site.error();
    return Authorizer::require(m_db, session, Action::AssignPersons, site->hostOrgId);
}

Result<qint64> PersonService::assign(const Session& session, qint64 siteId, qint64 personId, AssignmentRole role,
    const QDate& startOn, const QString& note)
{
    if (const Status s = requireAssignAt(session, siteId); !s)
        return s.error();
    const auto person = personById(personId);
    if (!person)
        return person.error();
    if (!person->active)
        return Error{tr("%1 is no longer active and cannot be assigned.").arg(person->name), {}};
    if (!startOn.isValid())
        return Error{tr("Give the date the assignment starts."), {}};

    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        // The current holder of the role, if any, hands over.
        const auto holder = db::Query(m_db,
            QStringLiteral(
                "SELECT id, person_id, role, start_on, end_on, note FROM assignments WHERE site_id = ? AND role = ? "
                "AND end_on IS NULL"))
                                .bind(siteId, RegistryVocabulary::key(role))
                                .first(tr("The assignments could not be read."), [siteId](const QSqlQuery& q) {
                                    return assignmentFrom(q, q.value(0).toLongLong(), siteId);
                                });
        if (!holder)
            return holder.error();
        if (*holder) {
            const Assignment& current = **holder;
            if (current.personId == personId)
                return Error{
                    tr("%1 is already the site's %2.").arg(person->name, RegistryVocabulary::displayName(role)), {}};
            if (startOn < current.startOn)
                return Error{tr("The new assignment cannot start before the current one (%1).")
                                 .arg(current.startOn.toString(Qt::ISODate)),
                    {}};
            Assignment ended = current;
            ended.endOn = startOn.addDays(-1) < current.startOn ? current.startOn : startOn.addDays(-1);
            if (const Status s = db::Query(m_db, QStringLiteral("UPDATE assignments SET end_on = ? WHERE id = ?"))
                                     .bind(ended.endOn.toString(Qt::ISODate), current.id)
                                     .exec(tr("The assignment could not be ended."));
                !s)
                return s.error();
            if (const Status s
                = AuditLog::append(m_db, session, QStringLiteral("unassign"), QStringLiteral("assignment"),
                    QString::number(current.id), RegistryVocabulary::key(role), snapshot(current), snapshot(ended));
                !s)
                return s.error();
        }
        Assignment a;
        a.siteId = siteId;
        a.personId = personId;
        a.role = role;
        a.startOn = startOn;
        a.note = note.trimmed();
        const auto inserted = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO assignments (site_id, person_id, role, start_on, note, created_at) VALUES (?, ?, ?, ?, "
                "?, ?)"))
                                  .bind(siteId, personId, RegistryVocabulary::key(role), startOn.toString(Qt::ISODate),
                                      Sql::nullIfEmpty(a.note), Sql::nowUtc())
                                  .insert(tr("The assignment could not be saved."));
        if (!inserted)
            return inserted.error();
        a.id = *inserted;
        if (const Status s = SiteRepository(m_db).refreshFlags({siteId}); !s)
            return s.error();
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("assign"), QStringLiteral("assignment"),
                QString::number(a.id), person->name + u' ' + RegistryVocabulary::key(role), {}, snapshot(a));
            !s)
            return s.error();
        return a.id;
    });
}

Status PersonService::endAssignment(const Session& session, qint64 assignmentId, const QDate& endOn)
{
    const auto found = db::Query(
        m_db, QStringLiteral("SELECT site_id, person_id, role, start_on, end_on, note FROM assignments WHERE id = ?"))
                           .bind(assignmentId)
                           .single(tr("The assignment could not be read."),
                               tr("There is no assignment with the number %1.").arg(assignmentId),
                               [assignmentId](const QSqlQuery& q) {
                                   return assignmentFrom(q, assignmentId, q.value(0).toLongLong());
                               });
    if (!found)
        return found.error();
    const Assignment before = *found;
    if (const Status s = requireAssignAt(session, before.siteId); !s)
        return s;
    if (!before.isCurrent())
        return Error{tr("This assignment ended already on %1.").arg(before.endOn.toString(Qt::ISODate)), {}};
    if (!endOn.isValid() || endOn < before.startOn)
        return Error{
            tr("The end date must be on or after the start date %1.").arg(before.startOn.toString(Qt::ISODate)), {}};
    return db::inTransaction(m_db, [&]() -> Status {
        Assignment after = before;
        after.endOn = endOn;
        if (const Status s = db::Query(m_db, QStringLiteral("UPDATE assignments SET end_on = ? WHERE id = ?"))
                                 .bind(endOn.toString(Qt::ISODate), assignmentId)
                                 .exec(tr("The assignment could not be ended."));
            !s)
            return s;
        if (const Status s = SiteRepository(m_db).refreshFlags({before.siteId}); !s)
            return s;
        return AuditLog::append(m_db, session, QStringLiteral("unassign"), QStringLiteral("assignment"),
            QString::number(assignmentId), RegistryVocabulary::key(before.role), snapshot(before), snapshot(after));
    });
}

Result<qint64> PersonService::recordAssignment(const Session& session, const Assignment& a)
{
    if (const Status s = requireAssignAt(session, a.siteId); !s)
        return s.error();
    const auto person = personById(a.personId);
    if (!person)
        return person.error();
    if (!a.startOn.isValid())
        return Error{tr("Give the date the assignment starts."), {}};
    if (a.endOn.isValid() && a.endOn < a.startOn)
        return Error{
            tr("The end date must be on or after the start date %1.").arg(a.startOn.toString(Qt::ISODate)), {}};
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto inserted
            = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO assignments (site_id, person_id, role, start_on, end_on, note, created_at) VALUES (?, "
                    "?, ?, ?, ?, ?, ?)"))
                  .bind(a.siteId, a.personId, RegistryVocabulary::key(a.role), a.startOn.toString(Qt::ISODate),
                      Sql::date(a.endOn), Sql::nullIfEmpty(a.note), Sql::nowUtc())
                  .insert(tr("The assignment could not be saved."));
        if (!inserted) {
            if (inserted.error().code == db::Dialect::uniqueViolationCode())
                return Error{tr("The site has a current %1 already.").arg(RegistryVocabulary::displayName(a.role)),
                    inserted.error().detail, inserted.error().code};
            return inserted.error();
        }
        Assignment saved = a;
        saved.id = *inserted;
        if (a.isCurrent()) {
            if (const Status s = SiteRepository(m_db).refreshFlags({a.siteId}); !s)
                return s.error();
        }
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("assign"), QStringLiteral("assignment"),
                QString::number(saved.id), person->name + u' ' + RegistryVocabulary::key(a.role), {}, snapshot(saved));
            !s)
            return s.error();
        return saved.id;
    });
}

Result<QList<AssignmentView>> PersonService::assignmentsOfSite(qint64 siteId)
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT a.id, a.person_id, a.role, a.start_on, a.end_on, a.note, p.name, p.title, p.phone, o.name "
            "FROM assignments a JOIN persons p ON p.id = a.person_id JOIN organisations o ON o.id = "
            "p.org_id WHERE a.site_id = ? ORDER BY a.end_on IS NOT NULL, a.start_on DESC, a.id DESC"))
        .bind(siteId)
        .rows(tr("The assignments could not be read."), [siteId](const QSqlQuery& q) {
            AssignmentView v;
            v.assignment = assignmentFrom(q, q.value(0).toLongLong(), siteId);
            v.personName = q.value(6).toString();
            v.personTitle = q.value(7).toString();
            v.personPhone = q.value(8).toString();
            v.personUnit = q.value(9).toString();
            return v;
        });
}

} // namespace sitegov
