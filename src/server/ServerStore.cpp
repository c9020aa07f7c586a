#include "server/ServerStore.h"

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace sitegov::server {

struct ServerStore::Connection
{
    std::unique_ptr<Database> owned; // null for the primary connection, which the store owns
    QSqlDatabase db;
    QSqlQuery versionQuery;

    ~Connection()
    {
        versionQuery = QSqlQuery();
        db = QSqlDatabase();
    }
};

namespace {

constexpr auto kScoreColumns = "a.site_code, s.name, s.level, s.kind, s.division_code, a.period, a.rules_id, "
                               "a.deduction_score, a.bonus_claimed, a.bonus, a.total, a.passed, a.scaled, a.vetoes, "
                               "a.category_scores, a.updated_at";

QString vetoesJson(const QStringList& vetoes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(vetoes)).toJson(QJsonDocument::Compact));
}

QString categoriesJson(const QList<ScoreCard::CategoryScore>& categories)
{
    QJsonArray out;
    for (const auto& c : categories)
        out.append(QJsonObject{
            {QStringLiteral("key"), c.key}, {QStringLiteral("score"), c.score}, {QStringLiteral("max"), c.max}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QStringList vetoesFromJson(const QString& text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QList<ScoreCard::CategoryScore> categoriesFromJson(const QString& text)
{
    QList<ScoreCard::CategoryScore> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("score")).toDouble(),
            o.value(QLatin1String("max")).toDouble()});
    }
    return out;
}

ServerStore::Site siteFromQuery(const QSqlQuery& q)
{
    ServerStore::Site s;
    s.code = q.value(0).toString();
    s.name = q.value(1).toString();
    s.level = Vocabulary::adminLevel(q.value(2).toString()).value_or(AdminLevel::Province);
    s.kind = Vocabulary::siteKind(q.value(3).toString()).value_or(SiteKind::Portal);
    s.divisionCode = q.value(4).toString();
    s.publicServices = q.value(5).toInt() != 0;
    s.createdAt = q.value(6).toString();
    s.updatedAt = q.value(7).toString();
    return s;
}

constexpr auto kSiteColumns = "code, name, level, kind, division_code, public_services, created_at, updated_at";

ServerStore::ScoreRow scoreRowFromQuery(const QSqlQuery& q)
{
    ServerStore::ScoreRow r;
    r.siteCode = q.value(0).toString();
    r.siteName = q.value(1).toString();
    r.level = Vocabulary::adminLevel(q.value(2).toString()).value_or(AdminLevel::Province);
    r.kind = Vocabulary::siteKind(q.value(3).toString()).value_or(SiteKind::Portal);
    r.divisionCode = q.value(4).toString();
    const auto period = Period::parse(q.value(5).toString());
    r.period = period ? *period : Period();
    r.card.rulesId = q.value(6).toString();
    r.card.deductionScore = q.value(7).toDouble();
    r.card.bonusClaimed = q.value(8).toDouble();
    r.card.bonus = q.value(9).toDouble();
    r.card.total = q.value(10).toDouble();
    r.card.passed = q.value(11).toInt() != 0;
    r.card.scaled = q.value(12).toInt() != 0;
    r.card.vetoes = vetoesFromJson(q.value(13).toString());
    r.card.categories = categoriesFromJson(q.value(14).toString());
    r.updatedAt = q.value(15).toString();
    return r;
}

FieldError fieldErrorOf(const Error& e)
{
    QString message = e.message;
    const QString prefix = e.detail + QStringLiteral(": ");
    if (!e.detail.isEmpty() && message.startsWith(prefix))
        message = message.mid(prefix.size());
    return FieldError{e.detail, message};
}

void bindPeriod(QSqlQuery& q, const Period& p)
{
    q.bindValue(QStringLiteral(":period"), p.toString());
    q.bindValue(QStringLiteral(":period_kind"), p.kindKey());
    q.bindValue(QStringLiteral(":period_year"), p.yearNumber());
    q.bindValue(QStringLiteral(":period_quarter"),
        p.kind() == Period::Kind::Year ? QVariant(QMetaType::fromType<int>()) : QVariant(p.quarterNumber()));
    q.bindValue(QStringLiteral(":first_month"), p.firstMonthIndex());
    q.bindValue(QStringLiteral(":last_month"), p.lastMonthIndex());
}

void bindCard(QSqlQuery& q, const ScoreCard& card)
{
    q.bindValue(QStringLiteral(":rules_id"), card.rulesId);
    q.bindValue(QStringLiteral(":deduction_score"), card.deductionScore);
    q.bindValue(QStringLiteral(":bonus_claimed"), card.bonusClaimed);
    q.bindValue(QStringLiteral(":bonus"), card.bonus);
    q.bindValue(QStringLiteral(":total"), card.total);
    q.bindValue(QStringLiteral(":passed"), card.passed ? 1 : 0);
    q.bindValue(QStringLiteral(":scaled"), card.scaled ? 1 : 0);
    q.bindValue(QStringLiteral(":vetoes"), vetoesJson(card.vetoes));
    q.bindValue(QStringLiteral(":category_scores"), categoriesJson(card.categories));
}

const QString kInsertAssessment = QStringLiteral(
    "INSERT INTO assessments (site_code, period, period_kind, period_year, period_quarter, first_month, last_month, "
    "inputs, rules_id, deduction_score, bonus_claimed, bonus, total, passed, scaled, vetoes, category_scores, "
    "created_at, updated_at) VALUES (:site_code, :period, :period_kind, :period_year, :period_quarter, :first_month, "
    ":last_month, :inputs, :rules_id, :deduction_score, :bonus_claimed, :bonus, :total, :passed, :scaled, :vetoes, "
    ":category_scores, :now, :now)");

} // namespace

const db::Schema& ServerStore::schema()
{
    static const db::Schema store{QStringLiteral("server"), QStringLiteral(":/sitegov/server-migrations"),
        kApplicationId, {}, {}};
    return store;
}

ServerStore::ServerStore(QString path)
    : m_path(std::move(path))
{ }

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
    // Reads dominate: map the file into memory and keep a larger page cache per connection.
    QSqlQuery pragma(c.db);
    if (!pragma.exec(QStringLiteral("PRAGMA mmap_size = 268435456"))
        || !pragma.exec(QStringLiteral("PRAGMA cache_size = -16000")))
        return Sql::error(pragma, tr("The store could not be prepared for use."));

    c.versionQuery = QSqlQuery(c.db);
    Error e;
    if (!Sql::prepare(c.versionQuery, QStringLiteral("SELECT data_version FROM store_state WHERE id = 1"), &e))
        return e;
    return {};
}

Result<qint64> ServerStore::bumpVersion(Connection& c)
{
    QSqlQuery q(c.db);
    if (!q.exec(QStringLiteral("UPDATE store_state SET data_version = data_version + 1 WHERE id = 1 "
                               "RETURNING data_version"))
        || !q.next())
        return Sql::error(q, tr("The store could not be written."));
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    return version;
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
    QSqlQuery& q = (*c)->versionQuery;
    if (!q.exec() || !q.next()) {
        const Error e = Sql::error(q, tr("The store could not be read."));
        q.finish();
        return e;
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    noteVersion(version);
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
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT token_hash, scope FROM tokens WHERE revoked_at IS NULL"), &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    auto tokens = std::make_shared<TokenMap>();
    while (q.next()) {
        if (const auto scope = AccessToken::scope(q.value(1).toString()))
            tokens->insert(q.value(0).toString(), *scope);
    }
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
        QSqlQuery q((*c)->db);
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            continue;
        const qint64 now = q.value(0).toLongLong();
        q.finish();
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
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT count(*) FROM tokens WHERE name = :name AND revoked_at IS NULL"), &e))
        return e;
    q.bindValue(QStringLiteral(":name"), name);
    if (!Sql::exec(q, &e, tr("The store could not be read.")) || !q.next())
        return e;
    if (q.value(0).toInt() > 0)
        return Error{
            tr("An active token named \"%1\" exists already: revoke it first or choose another name.").arg(name), {}};
    Token t;
    t.name = name;
    t.scope = scope;
    t.createdAt = Sql::nowUtc();
    if (!Sql::prepare(q,
            QStringLiteral(
                "INSERT INTO tokens (name, scope, token_hash, created_at) VALUES (:name, :scope, :hash, :now)"),
            &e))
        return e;
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":scope"), AccessToken::scopeKey(scope));
    q.bindValue(QStringLiteral(":hash"), tokenHash);
    q.bindValue(QStringLiteral(":now"), t.createdAt);
    if (!Sql::exec(q, &e, tr("The token could not be stored.")))
        return e;
    t.id = q.lastInsertId().toLongLong();
    if (const Status s = reloadTokens(); !s)
        return s.error();
    return t;
}

Result<QList<ServerStore::Token>> ServerStore::tokens()
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT id, name, scope, created_at, revoked_at FROM tokens ORDER BY id"), &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    QList<Token> out;
    while (q.next()) {
        Token t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.scope = AccessToken::scope(q.value(2).toString()).value_or(AccessToken::Scope::Read);
        t.createdAt = q.value(3).toString();
        t.revokedAt = q.value(4).toString();
        out.append(t);
    }
    return out;
}

Result<int> ServerStore::revokeToken(qint64 id)
{
    return revoke(QStringLiteral("id = :key"), id);
}

Result<int> ServerStore::revokeToken(const QString& name)
{
    return revoke(QStringLiteral("name = :key"), name);
}

Result<int> ServerStore::revoke(const QString& where, const QVariant& key)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(
            q, QStringLiteral("UPDATE tokens SET revoked_at = :now WHERE %1 AND revoked_at IS NULL").arg(where), &e))
        return e;
    q.bindValue(QStringLiteral(":now"), Sql::nowUtc());
    q.bindValue(QStringLiteral(":key"), key);
    if (!Sql::exec(q, &e, tr("The token could not be revoked.")))
        return e;
    const int revoked = q.numRowsAffected();
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
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT scope FROM tokens WHERE token_hash = :hash AND revoked_at IS NULL"), &e))
        return e;
    q.bindValue(QStringLiteral(":hash"), tokenHash);
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    std::optional<AccessToken::Scope> scope;
    if (q.next())
        scope = AccessToken::scope(q.value(0).toString());
    q.finish();
    if (scope) {
        if (const Status s = reloadTokens(); !s)
            return s.error();
    }
    return scope;
}

Result<std::optional<ServerStore::Site>> ServerStore::site(const QString& code)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM sites WHERE code = :code").arg(QLatin1String(kSiteColumns)), &e))
        return e;
    q.bindValue(QStringLiteral(":code"), code);
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    if (!q.next())
        return std::optional<Site>();
    return std::optional<Site>(siteFromQuery(q));
}

Result<QList<ServerStore::Site>> ServerStore::sites(const SiteQuery& query)
{
    auto c = connection();
    if (!c)
        return c.error();
    QString sql = QStringLiteral("SELECT %1 FROM sites WHERE 1 = 1").arg(QLatin1String(kSiteColumns));
    if (!query.afterCode.isEmpty())
        sql += QStringLiteral(" AND code > :after");
    if (query.level)
        sql += QStringLiteral(" AND level = :level");
    if (query.kind)
        sql += QStringLiteral(" AND kind = :kind");
    if (!query.region.isEmpty())
        sql += QStringLiteral(" AND division_code LIKE :region");
    sql += QStringLiteral(" ORDER BY code LIMIT :limit");
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, sql, &e))
        return e;
    if (!query.afterCode.isEmpty())
        q.bindValue(QStringLiteral(":after"), query.afterCode);
    if (query.level)
        q.bindValue(QStringLiteral(":level"), Vocabulary::key(*query.level));
    if (query.kind)
        q.bindValue(QStringLiteral(":kind"), Vocabulary::key(*query.kind));
    if (!query.region.isEmpty())
        q.bindValue(QStringLiteral(":region"), query.region + u'%');
    q.bindValue(QStringLiteral(":limit"), query.limit);
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    QList<Site> out;
    while (q.next())
        out.append(siteFromQuery(q));
    return out;
}

Result<int> ServerStore::siteCount()
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT count(*) FROM sites"), &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")) || !q.next())
        return e;
    return q.value(0).toInt();
}

Result<ServerStore::WriteOutcome> ServerStore::putSite(const Site& site, const Scorer& rescore)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlDatabase& db = (*c)->db;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    WriteOutcome outcome;
    QSqlQuery q(db);
    Error e;
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM sites WHERE code = :code").arg(QLatin1String(kSiteColumns)), &e))
        return e;
    q.bindValue(QStringLiteral(":code"), site.code);
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    std::optional<Site> existing;
    if (q.next())
        existing = siteFromQuery(q);
    q.finish();
    outcome.created = !existing.has_value();
    const QString now = Sql::nowUtc();

    if (existing && (existing->kind != site.kind || existing->publicServices != site.publicServices)) {
        QSqlQuery read(db);
        if (!Sql::prepare(
                read, QStringLiteral("SELECT id, period, inputs FROM assessments WHERE site_code = :code"), &e))
            return e;
        read.bindValue(QStringLiteral(":code"), site.code);
        if (!Sql::exec(read, &e, tr("The store could not be read.")))
            return e;
        QSqlQuery update(db);
        if (!Sql::prepare(update,
                QStringLiteral("UPDATE assessments SET rules_id = :rules_id, deduction_score = :deduction_score, "
                               "bonus_claimed = :bonus_claimed, bonus = :bonus, total = :total, passed = :passed, "
                               "scaled = :scaled, vetoes = :vetoes, category_scores = :category_scores, "
                               "updated_at = :now WHERE id = :id"),
                &e))
            return e;
        while (read.next()) {
            const auto card = rescore(site, read.value(2).toByteArray());
            if (!card) {
                const FieldError cause = fieldErrorOf(card.error());
                const QString field
                    = existing->kind != site.kind ? QStringLiteral("kind") : QStringLiteral("public_services");
                outcome.rejected = FieldError{field,
                    tr("the stored assessment for %1 would no longer score (%2)")
                        .arg(read.value(1).toString(), cause.text())};
                return outcome; // the transaction rolls back
            }
            bindCard(update, *card);
            update.bindValue(QStringLiteral(":now"), now);
            update.bindValue(QStringLiteral(":id"), read.value(0));
            if (!Sql::exec(update, &e, tr("The store could not be written.")))
                return e;
        }
    }

    if (!Sql::prepare(q,
            existing
                ? QStringLiteral(
                    "UPDATE sites SET name = :name, level = :level, kind = :kind, division_code = :division, "
                    "public_services = :services, updated_at = :now WHERE code = :code")
                : QStringLiteral("INSERT INTO sites (code, name, level, kind, division_code, public_services, "
                                 "created_at, updated_at) VALUES (:code, :name, :level, :kind, :division, :services, "
                                 ":now, :now)"),
            &e))
        return e;
    q.bindValue(QStringLiteral(":code"), site.code);
    q.bindValue(QStringLiteral(":name"), site.name);
    q.bindValue(QStringLiteral(":level"), Vocabulary::key(site.level));
    q.bindValue(QStringLiteral(":kind"), Vocabulary::key(site.kind));
    q.bindValue(QStringLiteral(":division"), site.divisionCode);
    q.bindValue(QStringLiteral(":services"), site.publicServices ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), now);
    if (!Sql::exec(q, &e, tr("The site could not be stored.")))
        return e;
    const auto version = bumpVersion(**c);
    if (!version)
        return version.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    noteVersion(*version);
    return outcome;
}

Status ServerStore::import(const QList<Site>& sites, const QList<ScoreRow>& rows, const QList<QByteArray>& inputs)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlDatabase& db = (*c)->db;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("INSERT INTO sites (code, name, level, kind, division_code, public_services, created_at, "
                           "updated_at) VALUES (:code, :name, :level, :kind, :division, :services, :now, :now)"),
            &e))
        return e;
    const QString now = Sql::nowUtc();
    for (const Site& site : sites) {
        q.bindValue(QStringLiteral(":code"), site.code);
        q.bindValue(QStringLiteral(":name"), site.name);
        q.bindValue(QStringLiteral(":level"), Vocabulary::key(site.level));
        q.bindValue(QStringLiteral(":kind"), Vocabulary::key(site.kind));
        q.bindValue(QStringLiteral(":division"), site.divisionCode);
        q.bindValue(QStringLiteral(":services"), site.publicServices ? 1 : 0);
        q.bindValue(QStringLiteral(":now"), now);
        if (!Sql::exec(q, &e, tr("The site could not be stored.")))
            return e;
    }
    if (!Sql::prepare(q, kInsertAssessment, &e))
        return e;
    for (int i = 0; i < rows.size(); ++i) {
        q.bindValue(QStringLiteral(":site_code"), rows.at(i).siteCode);
        bindPeriod(q, rows.at(i).period);
        q.bindValue(QStringLiteral(":inputs"), QString::fromUtf8(inputs.value(i)));
        bindCard(q, rows.at(i).card);
        q.bindValue(QStringLiteral(":now"), now);
        if (!Sql::exec(q, &e, tr("The assessment could not be stored.")))
            return e;
    }
    const auto version = bumpVersion(**c);
    if (!version)
        return version.error();
    if (const Status s = tx.commit(); !s)
        return s;
    noteVersion(*version);
    return {};
}

Result<ServerStore::WriteOutcome> ServerStore::putAssessment(
    const QString& siteCode, const Period& period, const QByteArray& inputs, const Scorer& score)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlDatabase& db = (*c)->db;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    WriteOutcome outcome;
    QSqlQuery q(db);
    Error e;
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM sites WHERE code = :code").arg(QLatin1String(kSiteColumns)), &e))
        return e;
    q.bindValue(QStringLiteral(":code"), siteCode);
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    if (!q.next()) {
        outcome.siteFound = false;
        return outcome;
    }
    const Site site = siteFromQuery(q);
    q.finish();
    const auto card = score(site, inputs);
    if (!card) {
        outcome.rejected = fieldErrorOf(card.error());
        return outcome;
    }
    outcome.card = *card;

    if (!Sql::prepare(q, QStringLiteral("SELECT id FROM assessments WHERE site_code = :code AND period = :period"), &e))
        return e;
    q.bindValue(QStringLiteral(":code"), siteCode);
    q.bindValue(QStringLiteral(":period"), period.toString());
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    const bool exists = q.next();
    const QVariant id = exists ? q.value(0) : QVariant();
    q.finish();
    outcome.created = !exists;

    if (!Sql::prepare(q,
            exists
                ? QStringLiteral("UPDATE assessments SET inputs = :inputs, rules_id = :rules_id, "
                                 "deduction_score = :deduction_score, bonus_claimed = :bonus_claimed, bonus = :bonus, "
                                 "total = :total, passed = :passed, scaled = :scaled, vetoes = :vetoes, "
                                 "category_scores = :category_scores, updated_at = :now WHERE id = :id")
                : kInsertAssessment,
            &e))
        return e;
    if (exists) {
        q.bindValue(QStringLiteral(":id"), id);
    } else {
        q.bindValue(QStringLiteral(":site_code"), siteCode);
        bindPeriod(q, period);
    }
    q.bindValue(QStringLiteral(":inputs"), QString::fromUtf8(inputs));
    bindCard(q, *card);
    q.bindValue(QStringLiteral(":now"), Sql::nowUtc());
    if (!Sql::exec(q, &e, tr("The assessment could not be stored.")))
        return e;
    const auto version = bumpVersion(**c);
    if (!version)
        return version.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    noteVersion(*version);
    return outcome;
}

Result<QList<ServerStore::ScoreRow>> ServerStore::scoreRows(const Period& period)
{
    auto c = connection();
    if (!c)
        return c.error();
    QString where;
    switch (period.kind()) {
    case Period::Kind::Month:
        where = QStringLiteral("a.period = :period");
        break;
    case Period::Kind::Quarter:
        where = QStringLiteral("a.period = :period OR (a.period_kind = 'month' AND a.period_year = :year "
                               "AND a.period_quarter = :quarter)");
        break;
    case Period::Kind::Year:
        where = QStringLiteral("a.period = :period OR (a.period_kind = 'month' AND a.period_year = :year)");
        break;
    }
    QSqlQuery q((*c)->db);
    q.setForwardOnly(true);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT %1 FROM assessments a JOIN sites s ON s.code = a.site_code WHERE %2")
                .arg(QLatin1String(kScoreColumns), where),
            &e))
        return e;
    q.bindValue(QStringLiteral(":period"), period.toString());
    if (period.kind() != Period::Kind::Month)
        q.bindValue(QStringLiteral(":year"), period.yearNumber());
    if (period.kind() == Period::Kind::Quarter)
        q.bindValue(QStringLiteral(":quarter"), period.quarterNumber());
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    QList<ScoreRow> out;
    while (q.next())
        out.append(scoreRowFromQuery(q));
    return out;
}

Result<QList<ServerStore::ScoreRow>> ServerStore::siteSeries(const QString& code, const Period& from, const Period& to)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db);
    q.setForwardOnly(true);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral(
                "SELECT %1 FROM assessments a JOIN sites s ON s.code = a.site_code WHERE a.site_code = :code "
                "AND a.first_month >= :from AND a.last_month <= :to "
                "ORDER BY a.first_month, a.last_month DESC")
                .arg(QLatin1String(kScoreColumns)),
            &e))
        return e;
    q.bindValue(QStringLiteral(":code"), code);
    q.bindValue(QStringLiteral(":from"), from.isValid() ? from.firstMonthIndex() : 0);
    q.bindValue(QStringLiteral(":to"), to.isValid() ? to.lastMonthIndex() : std::numeric_limits<int>::max());
    if (!Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    QList<ScoreRow> out;
    while (q.next())
        out.append(scoreRowFromQuery(q));
    return out;
}

Result<QList<ServerStore::PeriodCount>> ServerStore::periods()
{
    auto c = connection();
    if (!c)
        return c.error();
    QMap<Period, int> counts;
    QSqlQuery q((*c)->db);
    q.setForwardOnly(true);
    Error e;
    // Months as stored; quarters and years from what is stored for them and the months inside them,
    // as the score endpoints count them.
    if (!Sql::prepare(q,
            QStringLiteral("SELECT period, count(*) FROM assessments WHERE period_kind = 'month' GROUP BY period"), &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    while (q.next()) {
        if (const auto p = Period::parse(q.value(0).toString()))
            counts.insert(*p, q.value(1).toInt());
    }
    if (!Sql::prepare(q,
            QStringLiteral("SELECT period_year, period_quarter, count(DISTINCT site_code) FROM assessments "
                           "WHERE period_kind IN ('month', 'quarter') GROUP BY period_year, period_quarter"),
            &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    while (q.next()) {
        const Period p = Period::quarter(q.value(0).toInt(), q.value(1).toInt());
        if (p.isValid())
            counts.insert(p, q.value(2).toInt());
    }
    if (!Sql::prepare(q,
            QStringLiteral("SELECT period_year, count(DISTINCT site_code) FROM assessments "
                           "WHERE period_kind IN ('month', 'year') GROUP BY period_year"),
            &e)
        || !Sql::exec(q, &e, tr("The store could not be read.")))
        return e;
    while (q.next()) {
        const Period p = Period::year(q.value(0).toInt());
        if (p.isValid())
            counts.insert(p, q.value(1).toInt());
    }
    QList<PeriodCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace sitegov::server
