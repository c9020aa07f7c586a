#include "server/ServerStore.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "server/ServerStoreConnection.h"

#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace sitegov::server {

const db::Schema& ServerStore::schema()
{
    static const db::Schema store{
        QStringLiteral("server"), QStringLiteral(":/sitegov/server-migrations"), kApplicationId, {}, {}};
    return store;
}

ServerStore::ServerStore(QString path)
    : m_path(std::move(path))
{ }

bool ServerStore::isPostgres() const
{
    return m_primary && m_primary->isPostgres();
}

ServerStore::~ServerStore()
{
    stopWatching();
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_connections.clear();
    m_primary.reset();
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& path)
{
    auto db = Database::open(path, Database::Mode::Migrate, schema());
    if (!db)
        return db.error();
    std::unique_ptr<ServerStore> store(new ServerStore(db.value()->path()));
    auto primary = std::make_shared<Connection>();
    primary->db = db.value()->connection();
    if (const Status s = prepareStatements(*primary); !s)
        return s.error();
    store->m_primary = std::move(db).value();
    store->m_connections.insert(QThread::currentThreadId(), std::move(primary));
    if (const Status s = store->reloadVersion(); !s)
        return s.error();
    if (const Status s = store->reloadTokens(); !s)
        return s.error();
    return store;
}

void ServerStore::releaseConnection()
{
    std::shared_ptr<Connection> gone;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_connections.find(QThread::currentThreadId());
        if (it == m_connections.end() || !(*it)->owned)
            return; // none, or the primary connection, which lives as long as the store
        gone = std::move(*it);
        m_connections.erase(it);
    }
}

Result<ServerStore::Connection*> ServerStore::connection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.cend())
        return it->get();
    auto another = m_primary->openAnother();
    if (!another)
        return another.error();
    auto c = std::make_shared<Connection>();
    c->db = another.value()->connection();
    c->owned = std::move(another).value();
    if (const Status s = prepareStatements(*c); !s)
        return s.error();
    Connection* raw = c.get();
    m_connections.insert(thread, std::move(c));
    return raw;
}

Status ServerStore::prepareStatements(Connection& c)
{
    if (c.db.driverName() != u"QSQLITE")
        return {}; // PostgreSQL: the server's own caches and settings serve
    // Reads dominate: map the file into memory and keep a larger page cache per connection.
    for (const QString& pragma :
        {QStringLiteral("PRAGMA mmap_size = 268435456"), QStringLiteral("PRAGMA cache_size = -16000")}) {
        if (const Status s = db::Query(c.db, pragma).exec(tr("The store could not be prepared for use.")); !s)
            return s;
    }
    return {};
}

Result<qint64> ServerStore::bumpVersion(Connection& c)
{
    return db::Query(c.db,
        QStringLiteral("UPDATE store_state SET data_version = data_version + 1 WHERE id = 1 RETURNING data_version"))
        .value<qint64>(tr("The store could not be written."));
}

void ServerStore::noteVersion(qint64 version)
{
    qint64 known = m_version.load();
    while (version > known && !m_version.compare_exchange_weak(known, version)) { }
}

Result<qint64> ServerStore::dataVersion()
{
    return m_version.load();
}

Status ServerStore::reloadVersion()
{
    auto c = connection();
    if (!c)
        return c.error();
    // Asked for every refresh: the statement stays prepared on the connection.
    const auto version
        = db::Query::cached((*c)->db, QStringLiteral("SELECT data_version FROM store_state WHERE id = 1"))
              .value<qint64>(tr("The store could not be read."));
    if (!version)
        return version.error();
    noteVersion(*version);
    return {};
}

Status ServerStore::reloadTokens()
{
    // Held from the read to the publication, so that a read that began before another thread's
    // commit cannot replace what that thread read after it.
    const std::lock_guard<std::mutex> reload(m_tokenReload);
    auto c = connection();
    if (!c)
        return c.error();
    auto tokens = std::make_shared<TokenMap>();
    const Status read
        = db::Query((*c)->db, QStringLiteral("SELECT token_hash, scope FROM tokens WHERE revoked_at IS NULL"))
              .forEach(tr("The store could not be read."), [&tokens](const QSqlQuery& q) {
                  if (const auto scope = AccessToken::scope(q.value(1).toString()))
                      tokens->insert(q.value(0).toString(), *scope);
                  return true;
              });
    if (!read)
        return read;
    const std::lock_guard<std::mutex> lock(m_tokenMutex);
    m_tokens = std::move(tokens);
    return {};
}

Status ServerStore::refresh()
{
    if (const Status s = reloadVersion(); !s)
        return s;
    return reloadTokens();
}

void ServerStore::watchForeignWrites(std::chrono::milliseconds interval)
{
    stopWatching();
    {
        const std::lock_guard<std::mutex> lock(m_watchMutex);
        m_watchStop = false;
    }
    if (isPostgres()) {
        // A QThread: the driver's notifications come through a socket notifier of its event loop.
        m_listener.reset(QThread::create([this]() { listen(); }));
        m_listener->start();
        return;
    }
    m_watcher = std::thread([this, interval]() { watch(interval); });
}

void ServerStore::stopWatching()
{
    {
        const std::lock_guard<std::mutex> lock(m_watchMutex);
        m_watchStop = true;
    }
    m_watchWake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
    if (m_listener) {
        m_listener->quit(); // ends the event loop of listen(), or keeps it from starting
        m_listener->wait();
        m_listener.reset();
    }
}

Result<std::unique_ptr<Database>> ServerStore::subscribe()
{
    Result<std::unique_ptr<Database>> opened = Error{};
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        opened = m_primary->openAnother();
    }
    if (!opened)
        return opened;
    QSqlDriver* driver = (*opened)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
        return Error{tr("The store's notifications could not be subscribed to."), driver->lastError().text()};
    QObject::connect(driver, &QSqlDriver::notification, driver,
        [this](const QString&, QSqlDriver::NotificationSource, const QVariant&) {
            m_notifications.fetch_add(1, std::memory_order_relaxed);
            // A failed read is tried again at the next notification or check.
            static_cast<void>(refresh());
        });
    return opened;
}

void ServerStore::listen()
{
    // On PostgreSQL the triggers of store_state and tokens NOTIFY at the commit of every write,
    // whoever wrote. This thread's listening connection runs nothing but LISTEN, so that every
    // notification wakes its socket; refresh() reads on this thread's other connection.
    std::unique_ptr<Database> listening;
    QEventLoop loop;
    QTimer check;
    const auto ensureListening = [this, &listening]() {
        if (listening) {
            // Alive: one trivial statement. Its answer may carry a notification the socket will not
            // announce again: the refresh below reads what it would have.
            if (db::Query(listening->connection(), QStringLiteral("SELECT 1")).exec(QString()))
                return;
            listening.reset(); // the server went away: a new connection
        }
        auto opened = subscribe();
        if (opened)
            listening = std::move(opened).value();
    };
    ensureListening();
    static_cast<void>(refresh()); // what was written before the LISTEN
    QObject::connect(&check, &QTimer::timeout, &loop, [this, &ensureListening]() {
        ensureListening();
        static_cast<void>(refresh());
    });
    check.start(kListenCheck);
    loop.exec();
    check.stop();
    listening.reset();
    releaseConnection();
}

void ServerStore::watch(std::chrono::milliseconds interval)
{
    // PRAGMA data_version changes on this connection when any other connection (another process,
    // or another thread's connection in this one) has committed since it was last asked.
    qint64 seen = -1;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_watchMutex);
            if (m_watchWake.wait_for(lock, interval, [this]() { return m_watchStop; }))
                break;
        }
        auto c = connection();
        if (!c)
            continue;
        const auto asked = db::Query((*c)->db, QStringLiteral("PRAGMA data_version"))
                               .value<qint64>(tr("The store could not be read."));
        if (!asked)
            continue;
        const qint64 now = *asked;
        if (seen >= 0 && now != seen) {
            if (const Status s = refresh(); !s)
                continue; // asked again at the next turn
        }
        seen = now;
    }
    releaseConnection();
}

Result<ServerStore::Token> ServerStore::createToken(
    const QString& name, AccessToken::Scope scope, const QString& tokenHash)
{
    auto c = connection();
    if (!c)
        return c.error();
    const auto active
        = db::Query((*c)->db, QStringLiteral("SELECT count(*) FROM tokens WHERE name = ? AND revoked_at IS NULL"))
              .bind(name)
              .value<int>(tr("The store could not be read."));
    if (!active)
        return active.error();
    if (*active > 0)
        return Error{
            tr("An active token named \"%1\" exists already: revoke it first or choose another name.").arg(name), {}};
    Token t;
    t.name = name;
    t.scope = scope;
    t.createdAt = Sql::nowUtc();
    const auto id = db::Query(
        (*c)->db, QStringLiteral("INSERT INTO tokens (name, scope, token_hash, created_at) VALUES (?, ?, ?, ?)"))
                        .bind(name, AccessToken::scopeKey(scope), tokenHash, t.createdAt)
                        .insert(tr("The token could not be stored."));
    if (!id)
        return id.error();
    t.id = *id;
    if (const Status s = reloadTokens(); !s)
        return s.error();
    return t;
}

Result<QList<ServerStore::Token>> ServerStore::tokens()
{
    auto c = connection();
    if (!c)
        return c.error();
    return db::Query((*c)->db, QStringLiteral("SELECT id, name, scope, created_at, revoked_at FROM tokens ORDER BY id"))
        .rows(tr("The store could not be read."), [](const QSqlQuery& q) {
            Token t;
            db::RowReader in(q);
            in.into(t.id, t.name);
            t.scope = AccessToken::scope(in.next().toString()).value_or(AccessToken::Scope::Read);
            in.into(t.createdAt, t.revokedAt);
            return t;
        });
}

Result<int> ServerStore::revokeToken(qint64 id)
{
    return revoke(QStringLiteral("id = ?"), id);
}

Result<int> ServerStore::revokeToken(const QString& name)
{
    return revoke(QStringLiteral("name = ?"), name);
}

Result<int> ServerStore::revoke(const QString& where, const QVariant& key)
{
    auto c = connection();
    if (!c)
        return c.error();
    const auto revoked = db::Query(
        (*c)->db, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE %1 AND revoked_at IS NULL").arg(where))
                             .bind(Sql::nowUtc(), key)
                             .changed(tr("The token could not be revoked."));
    if (!revoked)
        return revoked;
    if (const Status s = reloadTokens(); !s)
        return s.error();
    return revoked;
}

Result<std::optional<AccessToken::Scope>> ServerStore::tokenScope(const QString& tokenHash)
{
    std::shared_ptr<const TokenMap> tokens;
    {
        const std::lock_guard<std::mutex> lock(m_tokenMutex);
        tokens = m_tokens;
    }
    std::optional<AccessToken::Scope> scope;
    if (tokens) {
        if (const auto it = tokens->constFind(tokenHash); it != tokens->cend())
            scope = *it;
    }
    return scope;
}

Result<std::optional<AccessToken::Scope>> ServerStore::tokenScopeFromStore(const QString& tokenHash)
{
    auto c = connection();
    if (!c)
        return c.error();
    const auto stored
        = db::Query((*c)->db, QStringLiteral("SELECT scope FROM tokens WHERE token_hash = ? AND revoked_at IS NULL"))
              .bind(tokenHash)
              .first(tr("The store could not be read."), [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!stored)
        return stored.error();
    const std::optional<AccessToken::Scope> scope = *stored ? AccessToken::scope(**stored) : std::nullopt;
    if (scope) {
        if (const Status s = reloadTokens(); !s)
            return s.error();
    }
    return scope;
}

} // namespace sitegov::server
