#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/ScoringModel.h"
#include "server/AccessToken.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
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
// and the scoring model. Thread-safe: Poco's worker threads call it concurrently.
//
// GET answers are cached per data version (the store bumps it on every write), so that repeated
// reads of the same page cost a version check; score tables are built once per period and version.
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

    // The scope of an active token, nothing for an unknown or revoked one.
    Result<std::optional<AccessToken::Scope>> authenticate(const QByteArray& token);

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
    ApiResponse listSites(const ApiRequest& request);
    ApiResponse getSite(const ApiRequest& request);
    ApiResponse putSite(const ApiRequest& request);
    ApiResponse postAssessment(const ApiRequest& request);
    ApiResponse scores(const ApiRequest& request);
    ApiResponse siteScores(const ApiRequest& request);
    ApiResponse summary(const ApiRequest& request);
    ApiResponse periods(const ApiRequest& request);

    ServerStore& m_store;
    ScoringModel m_model;
    Router m_router;
    QByteArray m_healthBody;
    QByteArray m_healthEtag;
    QByteArray m_rulesBody;
    QByteArray m_rulesEtag;

    std::mutex m_cacheMutex;
    qint64 m_cacheVersion = -1;
    QHash<QByteArray, std::shared_future<ApiResponse>> m_responses; // produced, or being produced
    using TableResult = Result<std::shared_ptr<const ScoreTable>>;
    QHash<Period, std::shared_future<TableResult>> m_tables; // built, or being built, for m_cacheVersion
};

} // namespace sitegov::server
