#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringModel.h"
#include "server/AccessToken.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/Metrics.h"
#include "server/Router.h"
#include "server/ScoreTable.h"
#include "server/ServerStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

namespace sitegov::server {

// The REST API of sitegov-server (docs/api/openapi.yaml): its routes and endpoints over the store
// and the scoring model. Thread-safe: the event loops and the worker threads call it concurrently.
//
// GET answers are cached per data version (the store bumps it on every write and keeps it in
// memory), so that repeated reads of the same page cost a lookup; score tables are built once per
// period and version.
class Api final
{
    Q_DECLARE_TR_FUNCTIONS(Api)

public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    Api(ServerStore& store, ScoringModel model);
    Api(const Api&) = delete;
    Api& operator=(const Api&) = delete;

    const Router& router() const { return m_router; }
    ServerStore& store() { return m_store; }
    const ScoringModel& model() const { return m_model; }
    Metrics& metrics() { return *m_metrics; }

    // The cached answer for this GET request at the store's current data version, if one is ready
    // (nothing when it must be produced, or is being produced): never touches the store.
    std::optional<ApiResponse> fromCache(const ApiRequest& request);

    // The scope of an active token, nothing for an unknown or revoked one (from memory).
    Result<std::optional<AccessToken::Scope>> authenticate(const QByteArray& token);
    // The same, asking the store (for a token not in memory: made by another process a moment ago);
    // a token found there is taken into memory.
    Result<std::optional<AccessToken::Scope>> authenticateWithStore(const QByteArray& token);

    // Scores an assessment's stored inputs for a site (as the store's Scorer).
    Result<ScoreCard> score(const ServerStore::Site& site, const QByteArray& inputs) const;

    // A 500 answer for a store failure; the detail goes to the log, not to the client.
    static ApiResponse internalError(const Error& error);
    static ApiResponse badField(const FieldError& error);

private:
    using Producer = std::function<ApiResponse()>;
    ApiResponse cached(const ApiRequest& request, const Producer& produce);
    void forget(const QByteArray& target, qint64 version);
    Result<std::shared_ptr<const ScoreTable>> scoreTable(const Period& period);

    ApiResponse health(const ApiRequest& request);
    ApiResponse rules(const ApiRequest& request);
    // An answer computed once (health, rules), to a request without query parameters.
    static ApiResponse fixed(const ApiRequest& request, const QByteArray& body, const QByteArray& etag);
    ApiResponse listSites(const ApiRequest& request);
    ApiResponse getSite(const ApiRequest& request);
    ApiResponse putSite(const ApiRequest& request);
    ApiResponse postAssessment(const ApiRequest& request);
    ApiResponse scores(const ApiRequest& request);
    ApiResponse siteScores(const ApiRequest& request);
    ApiResponse summary(const ApiRequest& request);
    ApiResponse periods(const ApiRequest& request);
    ApiResponse metricsText(const ApiRequest& request);

    ServerStore& m_store;
    ScoringModel m_model;
    Router m_router;
    std::unique_ptr<Metrics> m_metrics;
    QByteArray m_healthBody;
    QByteArray m_healthEtag;
    QByteArray m_rulesBody;
    QByteArray m_rulesEtag;

    std::mutex m_cacheMutex;
    // Under m_cacheMutex: a newer data version empties the caches built for the old one.
    void followVersion(qint64 version);
    qint64 m_cacheVersion = -1;
    QHash<QByteArray, std::shared_future<ApiResponse>> m_responses; // produced, or being produced
    using TableResult = Result<std::shared_ptr<const ScoreTable>>;
    QHash<Period, std::shared_future<TableResult>> m_tables; // built, or being built, for m_cacheVersion
};

} // namespace sitegov::server
