#pragma once

#include "core/Domain.h"
#include "core/FieldError.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "server/AccessToken.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QSqlDatabase;
class QThread;

namespace sitegov {
class Database;
namespace db {
struct Schema;
}
} // namespace sitegov

namespace sitegov::server {

// The backend's store (its own schema: resources/server-migrations), an SQLite file or a PostgreSQL
// database (db::DatabaseLocation): sites, assessments with their computed scores, API tokens, and a
// data version bumped by every write. All of the server's SQL lives here, as prepared statements.
//
// Thread-safe: each calling thread gets its own connection (QtSql connections belong to the thread
// that opened them), opened on first use and kept until the store is destroyed or the thread calls
// releaseConnection(). SQLite's WAL, or PostgreSQL's MVCC, lets readers run while one writer writes.
//
// What every request asks, the data version and whether a token is active, is answered from memory:
// both are read at open, this store's own writes update them as they commit, and refresh() reads
// them again when someone else may have written, which watchForeignWrites() notices: on SQLite
// another process on the same file (PRAGMA data_version); on PostgreSQL another instance of the
// server, `sitegov-server token` or anyone at psql, whose commit a trigger announces with NOTIFY
// (resources/server-migrations/postgresql/0001_assessments.sql). So several instances can serve one
// PostgreSQL database: none holds anything a request needs that the database does not.
class ServerStore final
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    // The mark of the backend's stores ("SGVS", PRAGMA application_id on SQLite).
    static constexpr qint64 kApplicationId = 0x53475653;
    // The backend's schema: its migrations and its mark.
    static const db::Schema& schema();

    struct Site
    {
        QString code;
        QString name;
        AdminLevel level = AdminLevel::Province;
        SiteKind kind = SiteKind::Portal;
        QString divisionCode;
        bool publicServices = true;
        QString createdAt;
        QString updatedAt;
    };

    struct SiteQuery
    {
        std::optional<AdminLevel> level;
        std::optional<SiteKind> kind;
        QString region; // a division code: the sites inside that region
        QString afterCode; // keyset pagination: codes greater than this
        int limit = 50;
    };

    // A stored assessment with its site's facts, as read back for the score endpoints.
    struct ScoreRow
    {
        QString siteCode;
        QString siteName;
        AdminLevel level = AdminLevel::Province;
        SiteKind kind = SiteKind::Portal;
        QString divisionCode;
        Period period;
        ScoreCard card;
        QString updatedAt;
    };

    struct Token
    {
        qint64 id = 0;
        QString name;
        AccessToken::Scope scope = AccessToken::Scope::Read;
        QString createdAt;
        QString revokedAt; // empty while active
    };

    struct PeriodCount
    {
        Period period;
        int sites = 0; // sites with a score for the period (stored for it, or months inside it)
    };

    // The outcome of a write that validates against the stored site inside its transaction.
    struct WriteOutcome
    {
        bool siteFound = true;
        bool created = false;
        std::optional<FieldError> rejected; // set: nothing was written
        ScoreCard card; // for an assessment: the computed score
    };

    // Scores an assessment's inputs (the JSON kept in the store) for a site.
    using Scorer = std::function<Result<ScoreCard>(const Site& site, const QByteArray& inputs)>;

    // Opens (creating and migrating as needed) the store at `path` on the calling thread.
    static Result<std::unique_ptr<ServerStore>> open(const QString& path);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    const QString& path() const { return m_path; }
    bool isPostgres() const;

    // The data version (from memory): bumped by every write to sites or assessments.
    Result<qint64> dataVersion();
    // "Someone else wrote": reads the data version and the active tokens from the database again.
    Status refresh();
    // Starts a thread that calls refresh() whenever another connection has committed a write;
    // stopWatching() (or the destructor) ends it. SQLite: it asks every `interval` (PRAGMA
    // data_version). PostgreSQL: it LISTENs on its own connection and refreshes at each
    // notification; every kListenCheck it also makes sure that connection is alive (opening a new
    // one when not) and refreshes, so that nothing is missed while it was down.
    void watchForeignWrites(std::chrono::milliseconds interval);
    static constexpr std::chrono::milliseconds kListenCheck{5000};
    // The channel the PostgreSQL store's triggers notify.
    static constexpr const char* kChannel = "sitegov_server";
    // How many notifications of a write have come (PostgreSQL; /metrics shows it).
    quint64 notifications() const { return m_notifications.load(std::memory_order_relaxed); }
    void stopWatching();
    // Closes the calling thread's connection (a worker thread that ends).
    void releaseConnection();

    // Tokens.
    Result<Token> createToken(const QString& name, AccessToken::Scope scope, const QString& tokenHash);
    Result<QList<Token>> tokens();
    // Revokes the active token with this id or name; returns how many were revoked (0 or 1).
    Result<int> revokeToken(qint64 id);
    Result<int> revokeToken(const QString& name);
    // The scope of the active token with this hash, or nothing (from memory).
    Result<std::optional<AccessToken::Scope>> tokenScope(const QString& tokenHash);
    // The same from the database; when the token is active there, the tokens in memory are read
    // again (it was made by another process since they were read).
    Result<std::optional<AccessToken::Scope>> tokenScopeFromStore(const QString& tokenHash);

    // Sites.
    Result<std::optional<Site>> site(const QString& code);
    Result<QList<Site>> sites(const SiteQuery& query);
    Result<int> siteCount();
    // Registers or updates a site. When an existing site's kind or public services change, its
    // stored assessments are scored again with `rescore` in the same transaction; if one of them no
    // longer scores, nothing is written and the outcome names the problem.
    Result<WriteOutcome> putSite(const Site& site, const Scorer& rescore);

    // Registers new sites and stores assessments (rows[i] with inputs[i]) in one transaction: all
    // of it lands or none (the demo loader). The assessments' sites must exist or be among `sites`.
    Status import(const QList<Site>& sites, const QList<ScoreRow>& rows, const QList<QByteArray>& inputs);

    // Assessments: stores (or replaces) the assessment of `siteCode` for `period`, scored by
    // `score` against the stored site inside the transaction.
    Result<WriteOutcome> putAssessment(
        const QString& siteCode, const Period& period, const QByteArray& inputs, const Scorer& score);

    // The assessments that make up `period`: those stored for it, and those of the months inside it.
    Result<QList<ScoreRow>> scoreRows(const Period& period);
    // One site's stored assessments whose periods lie within [from, to] (either may be invalid: open).
    Result<QList<ScoreRow>> siteSeries(const QString& code, const Period& from, const Period& to);
    // Every period that has scores, with how many sites.
    Result<QList<PeriodCount>> periods();

private:
    struct Connection;
    explicit ServerStore(QString path);
    Result<Connection*> connection();
    static Status prepareStatements(Connection& c);
    static Result<qint64> bumpVersion(Connection& c);
    // The frame of every write: runs `work` in a transaction on this thread's connection and, when it
    // wrote something (the site was found and nothing rejected), bumps the data version, commits and
    // notes the new version; otherwise the transaction rolls back.
    using Writer = std::function<Result<WriteOutcome>(QSqlDatabase& db)>;
    Result<WriteOutcome> write(const Writer& work);
    static Result<std::optional<Site>> storedSite(const QSqlDatabase& db, const QString& code);
    Result<int> revoke(const QString& where, const QVariant& key);
    // Moves the version in memory forward to `version` (never back).
    void noteVersion(qint64 version);
    Status reloadVersion();
    Status reloadTokens();
    void watch(std::chrono::milliseconds interval);
    void listen();
    // A connection of the calling thread's own that only LISTENs (PostgreSQL), or an error.
    Result<std::unique_ptr<Database>> subscribe();

    using TokenMap = QHash<QString, AccessToken::Scope>; // token hash -> scope, active tokens only

    QString m_path;
    std::mutex m_mutex;
    QHash<Qt::HANDLE, std::shared_ptr<Connection>> m_connections;
    std::unique_ptr<Database> m_primary;

    std::atomic<qint64> m_version{0};
    std::mutex m_tokenReload; // held while the tokens are read and published: the last read wins
    mutable std::mutex m_tokenMutex;
    std::shared_ptr<const TokenMap> m_tokens;

    std::mutex m_watchMutex;
    std::condition_variable m_watchWake;
    bool m_watchStop = false;
    std::thread m_watcher;
    std::atomic<quint64> m_notifications{0};
    std::unique_ptr<QThread> m_listener; // PostgreSQL: the thread that LISTENs, with its event loop
};

} // namespace sitegov::server
