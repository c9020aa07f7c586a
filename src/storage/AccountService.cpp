#include "storage/AccountService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RoleNames.h"
#include "db/RowReader.h"
#include "db/ScramVerifier.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/PasswordHasher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace sitegov {

namespace {

QJsonObject snapshot(const Account& a)
{
    QJsonArray roles;
    for (Role r : a.roles)
        roles.append(Permissions::key(r));
    return QJsonObject{{QStringLiteral("username"), a.username}, {QStringLiteral("display_name"), a.displayName},
        {QStringLiteral("org_id"), a.orgId}, {QStringLiteral("roles"), roles},
        {QStringLiteral("disabled"), a.disabled}};
}

QDateTime parseUtc(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() != Qt::UTC)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

AccountService::AccountService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool AccountService::onPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

Status AccountService::updateRole(qint64 accountId, const QString& scramVerifier)
{
    if (!onPostgres())
        return {};
    return db::Query(m_db, QStringLiteral("SELECT sitegov_account_role(?, ?)"))
        .bind(accountId, scramVerifier.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(scramVerifier))
        .exec(tr("The account's database login could not be changed."));
}

Result<bool> AccountService::hasAccounts()
{
    return db::Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)"))
        .value<bool>(tr("The accounts could not be read."));
}

Result<QList<Account>> AccountService::query(const QString& where, const QVariantList& binds)
{
    return db::Query(m_db,
        QStringLiteral("SELECT a.id, a.username, a.display_name, a.org_id, o.name, a.disabled, a.failed_attempts, "
                       "a.locked_until, a.last_login_at, (SELECT group_concat(role) FROM account_roles r WHERE "
                       "r.account_id = a.id) FROM accounts a JOIN organisations o ON o.id = a.org_id %1 ORDER BY "
                       "a.username")
            .arg(where))
        .bindAll(binds)
        .rows(tr("The accounts could not be read."), [](const QSqlQuery& q) {
            Account a;
            db::RowReader in(q);
            in.into(a.id, a.username, a.displayName, a.orgId, a.orgName, a.disabled, a.failedAttempts);
            a.lockedUntil = parseUtc(in.next());
            a.lastLoginAt = parseUtc(in.next());
            a.roles = Permissions::parseRoles(in.next().toString()).value_or(QList<Role>{});
            return a;
        });
}

Result<QList<Account>> AccountService::list()
{
    return query({}, {});
}

Result<Account> AccountService::byId(qint64 id)
{
    const auto list = query(QStringLiteral("WHERE a.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{tr("There is no account with the number %1.").arg(id), {}};
    return list->constFirst();
}

Result<Account> AccountService::byUsername(const QString& username)
{
    const auto list = query(QStringLiteral("WHERE a.username = ? COLLATE NOCASE"), {username.trimmed()});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{tr("There is no account named \"%1\".").arg(username.trimmed()), {}};
    return list->constFirst();
}

Session AccountService::sessionFor(const Account& a)
{
    Session s;
    s.accountId = a.id;
    s.username = a.username;
    s.displayName = a.displayName;
    s.roles = a.roles;
    s.orgId = a.orgId;
    return s;
}

Status AccountService::validate(const NewAccount& account)
{
    static const QRegularExpression name(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$)"));
    if (!name.match(account.username.trimmed()).hasMatch())
        return Error{tr("A user name has 2 to 64 letters, digits, dots, dashes or underscores, and starts with a "
                        "letter or digit."),
            {}};
    if (account.displayName.trimmed().isEmpty())
        return Error{tr("Give the person's name."), {}};
    if (account.roles.isEmpty())
        return Error{tr("Give the account at least one role."), {}};
    if (account.orgId == 0)
        return Error{tr("Choose the unit the account belongs to."), {}};
    return {};
}

Result<qint64> AccountService::insert(const NewAccount& account, const QString& passwordHash)
{
    const auto unit
        = db::Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ? AND active = 1)"))
              .bind(account.orgId)
              .value<bool>(tr("The unit could not be read."));
    if (!unit)
        return unit.error();
    if (!*unit)
        return Error{tr("The chosen unit does not exist or is no longer active."), {}};
    const auto taken
        = db::Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts WHERE username = ? COLLATE NOCASE)"))
              .bind(account.username.trimmed())
              .value<bool>(tr("The accounts could not be read."));
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{tr("The user name \"%1\" is taken.").arg(account.username.trimmed()), {}};
    if (onPostgres()) {
        // The account's login role must fit PostgreSQL's names (db::RoleNames).
        const auto prefix = db::RoleNames::stored(m_db);
        if (!prefix)
            return prefix.error();
        if (const auto login = db::RoleNames::login(*prefix, account.username); !login)
            return login.error();
    }

    const QString now = Sql::nowUtc();
    const auto id = db::Query(m_db,
        QStringLiteral("INSERT INTO accounts (username, display_name, org_id, password_hash, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"))
                        .bind(account.username.trimmed(), account.displayName.trimmed(), account.orgId, passwordHash,
                            now, now)
                        .insert(tr("The account could not be saved."));
    if (!id)
        return id.error();
    db::Query role(m_db, QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (?, ?)"));
    for (Role r : account.roles) {
        if (const Status s = role.bind(*id, Permissions::key(r)).exec(tr("The account could not be saved.")); !s)
            return s.error();
    }
    return *id;
}

Result<qint64> AccountService::createFirstAdministrator(const NewAccount& account, const QString& password)
{
    NewAccount admin = account;
    if (!admin.roles.contains(Role::Administrator))
        admin.roles.prepend(Role::Administrator);
    const auto hashed = hashFor(admin, password);
    if (!hashed)
        return hashed.error();
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto any = hasAccounts();
        if (!any)
            return any.error();
        if (*any)
            return Error{tr("The first administrator exists already: log in instead."), {}};
        const auto id = insert(admin, *hashed);
        if (!id)
            return id.error();
        if (const Status s = updateRole(*id, onPostgres() ? db::ScramVerifier::make(password) : QString()); !s)
            return s.error();
        const auto created = byId(*id);
        if (!created)
            return created.error();
        if (const Status s = AuditLog::append(m_db, sessionFor(*created), QStringLiteral("create"),
                QStringLiteral("account"), QString::number(*id), created->username, {}, snapshot(*created));
            !s)
            return s.error();
        return *id;
    });
}

Result<qint64> AccountService::create(const Session& session, const NewAccount& account, const QString& password)
{
    if (const Status s = Authorizer::require(m_db, session, Action::ManageAccounts, account.orgId); !s)
        return s.error();
    const auto hashed = hashFor(account, password);
    if (!hashed)
        return hashed.error();
    return createWithPasswordHash(
        session, account, *hashed, onPostgres() ? db::ScramVerifier::make(password) : QString());
}

Result<QString> AccountService::hashFor(const NewAccount& account, const QString& password)
{
    if (const Status s = validate(account); !s)
        return s.error();
    if (const Status s = PasswordHasher::checkStrength(password); !s)
        return s.error();
    return PasswordHasher::hash(password);
}

Result<qint64> AccountService::createWithPasswordHash(
    const Session& session, const NewAccount& account, const QString& hash, const QString& scramVerifier)
{
    if (const Status s = Authorizer::require(m_db, session, Action::ManageAccounts, account.orgId); !s)
        return s.error();
    if (const Status s = validate(account); !s)
        return s.error();
    if (!hash.startsWith(QLatin1String("$argon2")))
        return Error{tr("The password hash is not an argon2 hash."), {}};
    const QString hashed = hash;
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto id = insert(account, hashed);
        if (!id)
            return id.error();
        if (const Status s = updateRole(*id, scramVerifier); !s)
            return s.error();
        const auto created = byId(*id);
        if (!created)
            return created.error();
        return AuditLog::created(m_db, session, QStringLiteral("account"), *id,
            created->username + QStringLiteral(" (") + Permissions::keys(created->roles) + u')', snapshot(*created));
    });
}

Status AccountService::setDisabled(const Session& session, qint64 accountId, bool disabled)
{
    const auto before = byId(accountId);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ManageAccounts, before->orgId); !s)
        return s;
    if (disabled && accountId == session.accountId)
        return Error{tr("You cannot disable your own account."), {}};
    if (before->disabled == disabled)
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        if (disabled && before->roles.contains(Role::Administrator)) {
            const auto administrators = db::Query(m_db,
                QStringLiteral(
                    "SELECT count(*) FROM accounts a JOIN account_roles r ON r.account_id = a.id AND r.role = "
                    "'administrator' WHERE a.disabled = 0"))
                                            .value<int>(tr("The accounts could not be read."));
            if (!administrators)
                return administrators.error();
            if (*administrators <= 1)
                return Error{
                    tr("%1 is the last active administrator and cannot be disabled.").arg(before->username), {}};
        }
        if (const Status s = db::Query(m_db,
                QStringLiteral(
                    "UPDATE accounts SET disabled = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? "
                    "WHERE id = ?"))
                                 .bind(disabled ? 1 : 0, Sql::nowUtc(), accountId)
                                 .exec(tr("The account could not be changed."));
            !s)
            return s;
        if (const Status s = updateRole(accountId, {}); !s)
            return s;
        Account after = *before;
        after.disabled = disabled;
        return AuditLog::append(m_db, session, disabled ? QStringLiteral("disable") : QStringLiteral("enable"),
            QStringLiteral("account"), QString::number(accountId), before->username, snapshot(*before),
            snapshot(after));
    });
}

Status AccountService::setPassword(const Session& session, qint64 accountId, const QString& password)
{
    const auto account = byId(accountId);
    if (!account)
        return account.error();
    if (accountId != session.accountId) {
        if (const Status s = Authorizer::require(m_db, session, Action::ManageAccounts, account->orgId); !s)
            return s;
    }
    if (const Status s = PasswordHasher::checkStrength(password); !s)
        return s;
    const auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = db::Query(m_db,
                QStringLiteral("UPDATE accounts SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
                               "updated_at = ? WHERE id = ?"))
                                 .bind(*hashed, Sql::nowUtc(), accountId)
                                 .exec(tr("The password could not be changed."));
            !s)
            return s;
        if (onPostgres()) {
            // One's own login changes its own password; anyone else's is an administrator's change.
            const QString verifier = db::ScramVerifier::make(password);
            const auto own = db::Query(m_db, QStringLiteral("SELECT sitegov_session_account() IS NOT DISTINCT FROM ?"))
                                 .bind(accountId)
                                 .value<bool>(tr("The password could not be changed."));
            if (!own)
                return own.error();
            const Status s = *own ? db::Query(m_db, QStringLiteral("SELECT sitegov_own_password(?)"))
                                        .bind(verifier)
                                        .exec(tr("The password could not be changed."))
                                  : updateRole(accountId, verifier);
            if (!s)
                return s;
        }
        return AuditLog::append(m_db, session, QStringLiteral("password"), QStringLiteral("account"),
            QString::number(accountId), account->username);
    });
}

Result<Session> AccountService::startSession(const QString& username, const QDateTime& now)
{
    const auto found = byUsername(username);
    if (!found)
        return Error{tr("The user name or the password is wrong."), found.error().message};
    const Account& a = *found;
    if (a.disabled)
        return Error{tr("The account %1 is disabled. Ask an administrator.").arg(a.username), {}};
    const auto own = db::Query(m_db, QStringLiteral("SELECT sitegov_session_account() IS NOT DISTINCT FROM ?"))
                         .bind(a.id)
                         .value<bool>(tr("The accounts could not be read."));
    if (!own)
        return own.error();
    if (!*own)
        return Error{tr("This connection is not the database login of the account %1.").arg(a.username), {}};
    const Session session = sessionFor(a);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"))
                             .bind(now.toString(Qt::ISODate), a.id)
                             .exec(tr("The login could not be recorded."));
        !s)
        return s.error();
    if (const Status s = AuditLog::append(
            m_db, session, QStringLiteral("login"), QStringLiteral("account"), QString::number(a.id), a.username);
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Result<Session> AccountService::authenticate(const QString& username, const QString& password, const QDateTime& now)
{
    const Error wrong{tr("The user name or the password is wrong."), {}};
    const auto found = byUsername(username);
    if (!found) {
        // Spend the same effort as a real check so that timing does not reveal which names exist.
        static const Result<QString> dummy = PasswordHasher::hash(QStringLiteral("sitegov-timing-equaliser"));
        if (dummy)
            PasswordHasher::verify(*dummy, password);
        return wrong;
    }
    const Account& a = *found;
    if (a.disabled)
        return Error{tr("The account %1 is disabled. Ask an administrator.").arg(a.username), {}};
    if (a.lockedUntil.isValid() && a.lockedUntil > now) {
        return Error{
            tr("Too many wrong passwords: the account %1 is locked until %2.")
                .arg(a.username, QLocale().toString(OfficeClock::toOffice(a.lockedUntil).time(), QLocale::ShortFormat)),
            {}};
    }
    const auto stored = db::Query(m_db, QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"))
                            .bind(a.id)
                            .value<QString>(tr("The accounts could not be read."));
    if (!stored)
        return stored.error();
    const bool ok = PasswordHasher::verify(*stored, password);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Session session = sessionFor(a);
    if (ok) {
        if (const Status s = db::Query(m_db,
                QStringLiteral(
                    "UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"))
                                 .bind(now.toString(Qt::ISODate), a.id)
                                 .exec(tr("The login could not be recorded."));
            !s)
            return s.error();
        if (PasswordHasher::needsRehash(*stored)) {
            // A stronger hash when the parameters have grown; a failure keeps the old one, which still works.
            if (const auto rehashed = PasswordHasher::hash(password)) {
                (void)db::Query(m_db, QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"))
                    .bind(*rehashed, a.id)
                    .exec(tr("The login could not be recorded."));
            }
        }
        if (const Status s = AuditLog::append(
                m_db, session, QStringLiteral("login"), QStringLiteral("account"), QString::number(a.id), a.username);
            !s)
            return s.error();
        if (const Status s = tx.commit(); !s)
            return s.error();
        return session;
    }

    const int failures = a.failedAttempts + 1;
    const bool lock = failures >= kMaxFailedAttempts;
    if (const Status s
        = db::Query(m_db, QStringLiteral("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?"))
              .bind(lock ? 0 : failures,
                  lock ? QVariant(now.addSecs(60 * kLockoutMinutes).toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>()),
                  a.id)
              .exec(tr("The login could not be recorded."));
        !s)
        return s.error();
    if (const Status s = AuditLog::append(m_db, session,
            lock ? QStringLiteral("lockout") : QStringLiteral("login_failed"), QStringLiteral("account"),
            QString::number(a.id), QStringLiteral("%1 (%2/%3)").arg(a.username).arg(failures).arg(kMaxFailedAttempts));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    if (lock)
        return Error{tr("Too many wrong passwords: the account %1 is locked for %2 minutes.")
                         .arg(a.username)
                         .arg(kLockoutMinutes),
            {}};
    return wrong;
}

} // namespace sitegov
