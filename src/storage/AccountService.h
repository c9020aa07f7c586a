#pragma once

#include "core/OfficeClock.h"
#include "core/Permissions.h"
#include "core/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace sitegov {

struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    qint64 orgId = 0;
    QString orgName;
    QList<Role> roles;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime lastLoginAt;
};

struct NewAccount
{
    QString username;
    QString displayName;
    qint64 orgId = 0;
    QList<Role> roles;
};

// Accounts, login with lockout, and account administration. Every change is checked against the
// acting session and written to the audit trail in the same transaction.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit AccountService(QSqlDatabase db);

    Result<bool> hasAccounts();
    // The first start: creates the first administrator, only while there is no account at all.
    Result<qint64> createFirstAdministrator(const NewAccount& account, const QString& password);
    Result<qint64> create(const Session& session, const NewAccount& account, const QString& password);
    // As create(), with a password hashed beforehand by PasswordHasher (bulk creation: the demo) and,
    // for a PostgreSQL database, its SCRAM-SHA-256 verifier (db::ScramVerifier) for the account's login
    // role; without one the role cannot log in until a password is set.
    Result<qint64> createWithPasswordHash(
        const Session& session, const NewAccount& account, const QString& hash, const QString& scramVerifier = {});
    Status setDisabled(const Session& session, qint64 accountId, bool disabled);
    // Administrators reset anyone's password in their jurisdiction; everyone may change their own.
    Status setPassword(const Session& session, qint64 accountId, const QString& password);

    Result<QList<Account>> list();
    Result<Account> byId(qint64 id);
    Result<Account> byUsername(const QString& username);

    // Checks the password; counts failures and locks the account for a while after too many.
    Result<Session> authenticate(
        const QString& username, const QString& password, const QDateTime& now = OfficeClock::nowUtc());

    // PostgreSQL: the session of the account whose own login role this connection is (the server
    // checked the password: Database::openAs); records the login as authenticate() does.
    Result<Session> startSession(const QString& username, const QDateTime& now = OfficeClock::nowUtc());

    static Session sessionFor(const Account& account);

private:
    Status validate(const NewAccount& account);
    // A new account's password, hashed, once the account and the password's strength are checked.
    Result<QString> hashFor(const NewAccount& account, const QString& password);
    Result<qint64> insert(const NewAccount& account, const QString& passwordHash);
    Result<QList<Account>> query(const QString& where, const QVariantList& binds);
    bool onPostgres() const;
    // PostgreSQL: makes the account's login role what the account is (sitegov_account_role,
    // migration 0018), with the password's verifier when one is given.
    Status updateRole(qint64 accountId, const QString& scramVerifier);

    QSqlDatabase m_db;
};

} // namespace sitegov
