#include "server/Api.h"

#include "core/BuildInfo.h"
#include "core/DivisionCode.h"
#include "server/RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <iostream>

namespace sitegov::server {

namespace {

constexpr int kMaxCachedResponses = 1024;
constexpr int kMaxCachedTables = 64;

const QString kGet = QStringLiteral("GET");
const QString kPut = QStringLiteral("PUT");
const QString kPost = QStringLiteral("POST");

QJsonObject siteJson(const ServerStore::Site& s)
{
    return QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
        {QStringLiteral("level"), Vocabulary::key(s.level)}, {QStringLiteral("kind"), Vocabulary::key(s.kind)},
        {QStringLiteral("division_code"), s.divisionCode}, {QStringLiteral("public_services"), s.publicServices},
        {QStringLiteral("created_at"), s.createdAt}, {QStringLiteral("updated_at"), s.updatedAt}};
}

void putCard(QJsonObject& o, const ScoreCard& card)
{
    QJsonObject categories;
    for (const auto& c : card.categories)
        categories.insert(c.key, c.score);
    o.insert(QStringLiteral("total"), card.total);
    o.insert(QStringLiteral("deduction_score"), card.deductionScore);
    o.insert(QStringLiteral("bonus"), card.bonus);
    o.insert(QStringLiteral("bonus_claimed"), card.bonusClaimed);
    o.insert(QStringLiteral("passed"), card.passed);
    o.insert(QStringLiteral("vetoes"), QJsonArray::fromStringList(card.vetoes));
    o.insert(QStringLiteral("category_scores"), categories);
    o.insert(QStringLiteral("scaled"), card.scaled);
    o.insert(QStringLiteral("rules"), card.rulesId);
}

QJsonObject scoreJson(const ServerStore::ScoreRow& r)
{
    QJsonObject o{{QStringLiteral("site_code"), r.siteCode}, {QStringLiteral("site_name"), r.siteName},
        {QStringLiteral("level"), Vocabulary::key(r.level)}, {QStringLiteral("kind"), Vocabulary::key(r.kind)},
        {QStringLiteral("region"), r.divisionCode}, {QStringLiteral("period"), r.period.toString()},
        {QStringLiteral("updated_at"), r.updatedAt}};
    putCard(o, r.card);
    return o;
}

QJsonObject entryJson(const ScoreTable::Entry& e)
{
    QJsonObject o = scoreJson(e.row);
    o.insert(QStringLiteral("rank"), e.rank);
    o.insert(QStringLiteral("rank_of"), e.rankOf);
    o.insert(QStringLiteral("assessments"), e.assessments);
    return o;
}

QString encodeCursor(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString& cursor, QChar kind)
{
    if (cursor.size() > 200)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    if (text.size() < 2 || text.at(0) != kind || text.at(1) != u':')
        return std::nullopt;
    return text.mid(2);
}

FieldError badCursor()
{
    return FieldError{QStringLiteral("cursor"), Api::tr("is not a cursor this server gave out")};
}

std::optional<FieldError> levelParam(const QueryParams& q, std::optional<AdminLevel>* out)
{
    if (!q.has(QStringLiteral("level")))
        return std::nullopt;
    const auto level = Vocabulary::adminLevel(q.value(QStringLiteral("level")));
    if (!level || Vocabulary::key(*level) != q.value(QStringLiteral("level")))
        return FieldError{QStringLiteral("level"), Api::tr("must be one of province, city, county, township")};
    *out = level;
    return std::nullopt;
}

std::optional<FieldError> regionParam(const QueryParams& q, QString* out)
{
    if (!q.has(QStringLiteral("region")))
        return std::nullopt;
    const QString region = q.value(QStringLiteral("region"));
    if (!DivisionCode::isValid(region))
        return FieldError{QStringLiteral("region"), Api::tr("must be a 6-digit administrative-division code")};
    *out = region;
    return std::nullopt;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QJsonObject groupJson(const QString& group, const QList<const ScoreTable::Entry*>& entries)
{
    QList<double> totals;
    double sum = 0;
    double deductionSum = 0;
    int passed = 0;
    for (const ScoreTable::Entry* e : entries) {
        totals.append(e->row.card.total);
        sum += e->row.card.total;
        deductionSum += e->row.card.deductionScore;
        if (e->row.card.passed)
            ++passed;
    }
    const double n = double(entries.size());
    QJsonObject o{{QStringLiteral("count"), int(entries.size())}, {QStringLiteral("passed"), passed},
        {QStringLiteral("pass_rate"), n > 0 ? std::round(passed / n * 10000.0) / 10000.0 : 0.0},
        {QStringLiteral("mean"), n > 0 ? ScoringModel::round2(sum / n) : 0.0},
        {QStringLiteral("mean_deduction_score"), n > 0 ? ScoringModel::round2(deductionSum / n) : 0.0},
        {QStringLiteral("median"), ScoringModel::round2(median(totals))}};
    if (!group.isNull())
        o.insert(QStringLiteral("group"), group);
    return o;
}

} // namespace

Api::Api(ServerStore& store, ScoringModel model)
    : m_store(store)
    , m_model(std::move(model))
{
    using Scope = AccessToken::Scope;
    auto bind = [this](ApiResponse (Api::*endpoint)(const ApiRequest&)) {
        return [this, endpoint](const ApiRequest& r) {
            return (this->*endpoint)(r);
        };
    };
    m_router.add(kGet, QStringLiteral("/api/v1/health"), std::nullopt, false, bind(&Api::health), true);
    m_router.add(kGet, QStringLiteral("/api/v1/rules"), Scope::Read, false, bind(&Api::rules), true);
    m_router.add(kGet, QStringLiteral("/api/v1/sites"), Scope::Read, false, bind(&Api::listSites));
    m_router.add(kGet, QStringLiteral("/api/v1/sites/{code}"), Scope::Read, false, bind(&Api::getSite));
    m_router.add(kPut, QStringLiteral("/api/v1/sites/{code}"), Scope::Write, true, bind(&Api::putSite));
    m_router.add(kGet, QStringLiteral("/api/v1/sites/{code}/scores"), Scope::Read, false, bind(&Api::siteScores));
    m_router.add(kPost, QStringLiteral("/api/v1/assessments"), Scope::Write, true, bind(&Api::postAssessment));
    m_router.add(kGet, QStringLiteral("/api/v1/scores"), Scope::Read, false, bind(&Api::scores));
    m_router.add(kGet, QStringLiteral("/api/v1/summary"), Scope::Read, false, bind(&Api::summary));
    m_router.add(kGet, QStringLiteral("/api/v1/periods"), Scope::Read, false, bind(&Api::periods));
    m_router.add(kGet, QStringLiteral("/metrics"), Scope::Metrics, false, bind(&Api::metricsText), true);

    QList<std::pair<QString, QString>> labels;
    for (const Router::Route& route : m_router.routes())
        labels.append({route.method, route.pattern});
    m_metrics = std::make_unique<Metrics>(labels);
    m_metrics->setDataVersion([this]() {
        const auto v = m_store.dataVersion();
        return v ? *v : qint64(-1);
    });
    if (m_store.isPostgres())
        m_metrics->setStoreNotifications([this]() { return m_store.notifications(); });

    m_healthBody = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("version"), BuildInfo::version()}})
                       .toJson(QJsonDocument::Compact);

    const ScoringRules& r = m_model.rules();
    QJsonArray categories;
    for (const auto& c : r.categories()) {
        QJsonArray indicators;
        for (const auto& i : c.indicators)
            indicators.append(QJsonObject{{QStringLiteral("key"), i.key}, {QStringLiteral("points"), i.points},
                {QStringLiteral("name_zh"), i.nameZh}, {QStringLiteral("name_en"), i.nameEn}});
        categories.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("points"), c.points},
            {QStringLiteral("name_zh"), c.nameZh}, {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("indicators"), indicators}});
    }
    QJsonArray vetoes;
    for (const auto& v : r.vetoes()) {
        QJsonObject o{{QStringLiteral("key"), v.key}, {QStringLiteral("name_zh"), v.nameZh},
            {QStringLiteral("name_en"), v.nameEn}};
        if (!v.category.isEmpty())
            o.insert(QStringLiteral("category"), v.category);
        vetoes.append(o);
    }
    QJsonArray bonusKinds;
    for (const SiteKind k : Vocabulary::siteKinds()) {
        if (r.bonusAppliesTo(k))
            bonusKinds.append(Vocabulary::key(k));
    }
    m_rulesBody = QJsonDocument(
        QJsonObject{{QStringLiteral("id"), r.id()}, {QStringLiteral("max_points"), r.maxPoints()},
            {QStringLiteral("pass_mark"), r.passMark()},
            {QStringLiteral("bonus"),
                QJsonObject{{QStringLiteral("max"), r.bonusMax()}, {QStringLiteral("threshold"), r.bonusThreshold()},
                    {QStringLiteral("kinds"), bonusKinds}}},
            {QStringLiteral("services_category"), r.servicesCategory()}, {QStringLiteral("categories"), categories},
            {QStringLiteral("vetoes"), vetoes}})
                      .toJson(QJsonDocument::Compact);
    m_healthEtag = ApiResponse::etagOf(m_healthBody);
    m_rulesEtag = ApiResponse::etagOf(m_rulesBody);
}

Result<std::optional<AccessToken::Scope>> Api::authenticate(const QByteArray& token)
{
    if (!AccessToken::looksValid(token))
        return std::optional<AccessToken::Scope>();
    return m_store.tokenScope(AccessToken::hash(token));
}

Result<std::optional<AccessToken::Scope>> Api::authenticateWithStore(const QByteArray& token)
{
    if (!AccessToken::looksValid(token))
        return std::optional<AccessToken::Scope>();
    return m_store.tokenScopeFromStore(AccessToken::hash(token));
}

Result<ScoreCard> Api::score(const ServerStore::Site& site, const QByteArray& inputs) const
{
    ScoreInput input;
    if (const auto problem = RequestBody::parseInputs(inputs, &input))
        return Error{problem->text(), problem->field};
    input.kind = site.kind;
    input.hasPublicServices = site.publicServices;
    return m_model.score(input);
}

ApiResponse Api::internalError(const Error& error)
{
    std::cerr << "error: " << error.fullText().toStdString() << std::endl;
    return ApiResponse::error(500, QStringLiteral("internal"), tr("The server could not complete the request."));
}

ApiResponse Api::badField(const FieldError& error)
{
    if (error.field.isEmpty())
        return ApiResponse::error(400, QStringLiteral("malformed_json"), error.message);
    return ApiResponse::error(400, QStringLiteral("invalid_field"), error.text(), error.field);
}

std::optional<ApiResponse> Api::fromCache(const ApiRequest& request)
{
    const auto version = m_store.dataVersion();
    if (!version)
        return std::nullopt;
    std::shared_future<ApiResponse> answer;
    {
        const std::lock_guard<std::mutex> lock(m_cacheMutex);
        if (*version != m_cacheVersion)
            return std::nullopt;
        const auto it = m_responses.constFind(request.target);
        if (it == m_responses.cend())
            return std::nullopt;
        answer = *it;
    }
    if (answer.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    m_metrics->cacheHit();
    return answer.get();
}

ApiResponse Api::cached(const ApiRequest& request, const Producer& produce)
{
    const auto version = m_store.dataVersion();
    if (!version)
        return internalError(version.error());

    // One answer per request target and data version; a thread that finds it being produced waits
    // for it instead of producing its own (after a write, every reader needs a fresh one at once).
    std::promise<ApiResponse> promise;
    bool producer = false;
    {
        std::unique_lock<std::mutex> lock(m_cacheMutex);
        followVersion(*version);
        if (*version == m_cacheVersion) {
            if (const auto it = m_responses.constFind(request.target); it != m_responses.cend()) {
                const std::shared_future<ApiResponse> answer = *it;
                lock.unlock();
                m_metrics->cacheHit();
                return answer.get();
            }
            if (m_responses.size() >= kMaxCachedResponses)
                m_responses.clear();
            m_responses.insert(request.target, promise.get_future().share());
            producer = true;
        }
    }

    m_metrics->cacheMiss();
    ApiResponse response;
    try {
        response = produce();
    } catch (...) {
        if (producer) {
            forget(request.target, *version);
            promise.set_exception(std::current_exception());
        }
        throw;
    }
    if (response.status == 200)
        response.etag = ApiResponse::etagOf(response.body);
    else if (producer)
        forget(request.target, *version); // errors are not kept: the next reader tries again
    if (producer)
        promise.set_value(response);
    return response;
}

void Api::forget(const QByteArray& target, qint64 version)
{
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (version == m_cacheVersion)
        m_responses.remove(target);
}

Result<std::shared_ptr<const ScoreTable>> Api::scoreTable(const Period& period)
{
    const auto version = m_store.dataVersion();
    if (!version)
        return version.error();

    // One build per period and data version: a thread that finds the table being built waits for
    // it instead of building its own (after a write, every reader of the period needs it at once).
    std::promise<TableResult> promise;
    {
        std::unique_lock<std::mutex> lock(m_cacheMutex);
        followVersion(*version);
        if (*version == m_cacheVersion) {
            if (const auto it = m_tables.constFind(period); it != m_tables.cend()) {
                const std::shared_future<TableResult> building = *it;
                lock.unlock();
                return building.get();
            }
            if (m_tables.size() >= kMaxCachedTables)
                m_tables.clear();
            m_tables.insert(period, promise.get_future().share());
        }
    }

    const auto forgetTable = [&]() {
        const std::lock_guard<std::mutex> lock(m_cacheMutex);
        if (*version == m_cacheVersion)
            m_tables.remove(period);
    };
    TableResult result = Error{};
    try {
        const auto rows = m_store.scoreRows(period);
        if (rows)
            result = std::make_shared<const ScoreTable>(ScoreTable::build(period, *rows, m_model.rules().passMark()));
        else
            result = rows.error();
    } catch (...) {
        forgetTable();
        promise.set_exception(std::current_exception());
        throw;
    }
    if (!result)
        forgetTable(); // failures are not kept: the next reader tries again
    promise.set_value(result);
    return result;
}

ApiResponse Api::fixed(const ApiRequest& request, const QByteArray& body, const QByteArray& etag)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    ApiResponse r;
    r.body = body;
    r.etag = etag;
    return r;
}

ApiResponse Api::health(const ApiRequest& request)
{
    return fixed(request, m_healthBody, m_healthEtag);
}

ApiResponse Api::rules(const ApiRequest& request)
{
    return fixed(request, m_rulesBody, m_rulesEtag);
}

ApiResponse Api::metricsText(const ApiRequest& request)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    ApiResponse r;
    r.body = m_metrics->render();
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.noStore = true;
    r.header("Cache-Control", "no-store");
    return r;
}

ApiResponse Api::listSites(const ApiRequest& request)
{
    const QueryParams& q = request.query;
    if (const auto e = q.allowOnly({QStringLiteral("level"), QStringLiteral("kind"), QStringLiteral("region"),
            QStringLiteral("limit"), QStringLiteral("cursor")}))
        return badField(*e);
    ServerStore::SiteQuery query;
    query.limit = kDefaultLimit;
    if (const auto e = levelParam(q, &query.level))
        return badField(*e);
    if (q.has(QStringLiteral("kind"))) {
        const auto kind = Vocabulary::siteKind(q.value(QStringLiteral("kind")));
        if (!kind || Vocabulary::key(*kind) != q.value(QStringLiteral("kind")))
            return badField({QStringLiteral("kind"), tr("must be one of portal, department, special")});
        query.kind = kind;
    }
    QString region;
    if (const auto e = regionParam(q, &region))
        return badField(*e);
    query.region = DivisionCode::regionPrefix(region);
    if (const auto e = q.integer(QStringLiteral("limit"), 1, kMaxLimit, &query.limit))
        return badField(*e);
    if (q.has(QStringLiteral("cursor"))) {
        const auto after = decodeCursor(q.value(QStringLiteral("cursor")), u's');
        if (!after || !RequestBody::isSiteCode(*after))
            return badField(badCursor());
        query.afterCode = *after;
    }
    return cached(request, [this, query]() {
        ServerStore::SiteQuery more = query;
        more.limit = query.limit + 1;
        const auto sites = m_store.sites(more);
        if (!sites)
            return internalError(sites.error());
        QJsonArray items;
        for (int i = 0; i < std::min<qsizetype>(sites->size(), query.limit); ++i)
            items.append(siteJson(sites->at(i)));
        QJsonObject o{{QStringLiteral("items"), items}};
        o.insert(QStringLiteral("next_cursor"),
            sites->size() > query.limit
                ? QJsonValue(encodeCursor(QStringLiteral("s:") + sites->at(query.limit - 1).code))
                : QJsonValue(QJsonValue::Null));
        return ApiResponse::json(200, o);
    });
}

ApiResponse Api::getSite(const ApiRequest& request)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    const QString code = request.params.value(0);
    return cached(request, [this, code]() {
        const auto site = m_store.site(code);
        if (!site)
            return internalError(site.error());
        if (!site->has_value())
            return ApiResponse::error(
                404, QStringLiteral("site_not_found"), tr("No site with this code is registered."));
        return ApiResponse::json(200, siteJson(**site));
    });
}

ApiResponse Api::putSite(const ApiRequest& request)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    RequestBody::Site parsed;
    if (const auto e = RequestBody::parseSite(request.body, request.params.value(0), &parsed))
        return badField(*e);
    ServerStore::Site site;
    site.code = parsed.code;
    site.name = parsed.name;
    site.level = parsed.level;
    site.kind = parsed.kind;
    site.divisionCode = parsed.divisionCode;
    site.publicServices = parsed.publicServices;
    const auto outcome = m_store.putSite(
        site, [this](const ServerStore::Site& s, const QByteArray& inputs) { return score(s, inputs); });
    if (!outcome)
        return internalError(outcome.error());
    if (outcome->rejected)
        return ApiResponse::error(409, QStringLiteral("conflict"), outcome->rejected->text(), outcome->rejected->field);
    const auto stored = m_store.site(site.code);
    if (!stored || !stored->has_value())
        return internalError(stored ? Error{tr("The site vanished after it was stored."), site.code} : stored.error());
    ApiResponse r = ApiResponse::json(outcome->created ? 201 : 200, siteJson(**stored));
    if (outcome->created)
        r.header("Location", "/api/v1/sites/" + site.code.toUtf8());
    return r;
}

ApiResponse Api::postAssessment(const ApiRequest& request)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    RequestBody::Assessment parsed;
    if (const auto e = RequestBody::parseAssessment(request.body, &parsed))
        return badField(*e);
    // Check against the rules before touching the store (the site's kind is checked inside).
    ScoreInput input;
    input.vetoes = parsed.vetoes;
    input.deductions = parsed.deductions;
    input.bonus = parsed.bonus;
    input.kind = SiteKind::Department; // the kind-independent checks; kind and services are checked in the store
    if (const auto problem = m_model.check(input))
        return badField(*problem);

    const QByteArray inputs = RequestBody::inputsJson(parsed);
    const auto outcome = m_store.putAssessment(parsed.siteCode, parsed.period, inputs,
        [this](const ServerStore::Site& s, const QByteArray& in) { return score(s, in); });
    if (!outcome)
        return internalError(outcome.error());
    // A code of its own, so that a client can tell "register the site first" (PUT /api/v1/sites/{code},
    // then post again) from a malformed site field.
    if (!outcome->siteFound)
        return ApiResponse::error(400, QStringLiteral("unknown_site"),
            FieldError{QStringLiteral("site"),
                tr("no site with this code is registered (register it with PUT /api/v1/sites/{code} first)")}
                .text(),
            QStringLiteral("site"));
    if (outcome->rejected)
        return badField(*outcome->rejected);

    const auto site = m_store.site(parsed.siteCode);
    if (!site || !site->has_value())
        return internalError(
            site ? Error{tr("The site vanished after it was assessed."), parsed.siteCode} : site.error());
    ServerStore::ScoreRow row;
    row.siteCode = (*site)->code;
    row.siteName = (*site)->name;
    row.level = (*site)->level;
    row.kind = (*site)->kind;
    row.divisionCode = (*site)->divisionCode;
    row.period = parsed.period;
    row.card = outcome->card;
    QJsonObject o = scoreJson(row);
    o.remove(QStringLiteral("updated_at"));
    o.insert(QStringLiteral("replaced"), !outcome->created);
    ApiResponse r = ApiResponse::json(outcome->created ? 201 : 200, o);
    r.header("Location",
        "/api/v1/sites/" + row.siteCode.toUtf8() + "/scores?from=" + row.period.toString().toUtf8()
            + "&to=" + row.period.toString().toUtf8());
    return r;
}

ApiResponse Api::scores(const ApiRequest& request)
{
    const QueryParams& q = request.query;
    if (const auto e = q.allowOnly({QStringLiteral("period"), QStringLiteral("level"), QStringLiteral("region"),
            QStringLiteral("site"), QStringLiteral("limit"), QStringLiteral("cursor")}))
        return badField(*e);
    Period period;
    if (const auto e = q.period(QStringLiteral("period"), true, &period))
        return badField(*e);
    std::optional<AdminLevel> level;
    if (const auto e = levelParam(q, &level))
        return badField(*e);
    QString region;
    if (const auto e = regionParam(q, &region))
        return badField(*e);
    const QString site = q.value(QStringLiteral("site"));
    if (q.has(QStringLiteral("site")) && !RequestBody::isSiteCode(site))
        return badField({QStringLiteral("site"), tr("must be a site identifier code")});
    int limit = kDefaultLimit;
    if (const auto e = q.integer(QStringLiteral("limit"), 1, kMaxLimit, &limit))
        return badField(*e);
    std::optional<std::pair<int, QString>> after;
    if (q.has(QStringLiteral("cursor"))) {
        const auto text = decodeCursor(q.value(QStringLiteral("cursor")), u'r');
        const int colon = text ? int(text->indexOf(u':')) : -1;
        bool ok = false;
        const int rank = colon > 0 ? text->left(colon).toInt(&ok) : 0;
        if (!ok || rank < 1 || !RequestBody::isSiteCode(text->mid(colon + 1)))
            return badField(badCursor());
        after = std::make_pair(rank, text->mid(colon + 1));
    }

    return cached(request, [=]() {
        const auto table = scoreTable(period);
        if (!table)
            return internalError(table.error());
        const QString prefix = DivisionCode::regionPrefix(region);
        QJsonArray items;
        int matched = 0;
        const ScoreTable::Entry* last = nullptr;
        bool more = false;
        for (const ScoreTable::Entry& e : (*table)->entries()) {
            if (level && e.row.level != *level)
                continue;
            if (!prefix.isEmpty() && !e.row.divisionCode.startsWith(prefix))
                continue;
            if (!site.isEmpty() && e.row.siteCode != site)
                continue;
            ++matched;
            if (after && (e.rank < after->first || (e.rank == after->first && e.row.siteCode <= after->second)))
                continue;
            if (items.size() >= limit) {
                more = true;
                continue;
            }
            items.append(entryJson(e));
            last = &e;
        }
        QJsonObject o{{QStringLiteral("period"), period.toString()}, {QStringLiteral("items"), items},
            {QStringLiteral("matched"), matched}, {QStringLiteral("digest"), QString::fromLatin1((*table)->digest())}};
        o.insert(QStringLiteral("next_cursor"),
            more && last ? QJsonValue(encodeCursor(QStringLiteral("r:%1:%2").arg(last->rank).arg(last->row.siteCode)))
                         : QJsonValue(QJsonValue::Null));
        return ApiResponse::json(200, o);
    });
}

ApiResponse Api::siteScores(const ApiRequest& request)
{
    const QueryParams& q = request.query;
    if (const auto e = q.allowOnly({QStringLiteral("from"), QStringLiteral("to")}))
        return badField(*e);
    Period from;
    Period to;
    if (const auto e = q.period(QStringLiteral("from"), false, &from))
        return badField(*e);
    if (const auto e = q.period(QStringLiteral("to"), false, &to))
        return badField(*e);
    if (from.isValid() && to.isValid() && to.lastMonthIndex() < from.firstMonthIndex())
        return badField({QStringLiteral("to"), tr("ends before from begins")});
    const QString code = request.params.value(0);
    return cached(request, [=]() {
        const auto site = m_store.site(code);
        if (!site)
            return internalError(site.error());
        if (!site->has_value())
            return ApiResponse::error(
                404, QStringLiteral("site_not_found"), tr("No site with this code is registered."));
        const auto rows = m_store.siteSeries(code, from, to);
        if (!rows)
            return internalError(rows.error());
        QJsonArray items;
        for (const ServerStore::ScoreRow& r : *rows) {
            QJsonObject o = scoreJson(r);
            const auto table = scoreTable(r.period);
            if (!table)
                return internalError(table.error());
            if (const ScoreTable::Entry* e = (*table)->find(code)) {
                o.insert(QStringLiteral("rank"), e->rank);
                o.insert(QStringLiteral("rank_of"), e->rankOf);
            }
            items.append(o);
        }
        QJsonObject o{{QStringLiteral("site_code"), (*site)->code}, {QStringLiteral("site_name"), (*site)->name},
            {QStringLiteral("level"), Vocabulary::key((*site)->level)}, {QStringLiteral("items"), items}};
        o.insert(QStringLiteral("from"), from.isValid() ? QJsonValue(from.toString()) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("to"), to.isValid() ? QJsonValue(to.toString()) : QJsonValue(QJsonValue::Null));
        return ApiResponse::json(200, o);
    });
}

ApiResponse Api::summary(const ApiRequest& request)
{
    const QueryParams& q = request.query;
    if (const auto e = q.allowOnly({QStringLiteral("period"), QStringLiteral("group_by"), QStringLiteral("level")}))
        return badField(*e);
    Period period;
    if (const auto e = q.period(QStringLiteral("period"), true, &period))
        return badField(*e);
    const QString groupBy = q.value(QStringLiteral("group_by"));
    if (groupBy != u"region" && groupBy != u"level")
        return badField({QStringLiteral("group_by"), tr("must be region or level")});
    std::optional<AdminLevel> level;
    if (const auto e = levelParam(q, &level))
        return badField(*e);
    return cached(request, [=]() {
        const auto table = scoreTable(period);
        if (!table)
            return internalError(table.error());
        QMap<QString, QList<const ScoreTable::Entry*>> groups;
        QList<const ScoreTable::Entry*> all;
        for (const ScoreTable::Entry& e : (*table)->entries()) {
            if (level && e.row.level != *level)
                continue;
            all.append(&e);
            const QString key = groupBy == u"region"
                ? DivisionCode::cityRegion(e.row.divisionCode)
                : QStringLiteral("%1:%2").arg(int(e.row.level)).arg(Vocabulary::key(e.row.level));
            groups[key].append(&e);
        }
        QJsonArray out;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QString name = groupBy == u"region" ? it.key() : it.key().section(u':', 1);
            out.append(groupJson(name, it.value()));
        }
        return ApiResponse::json(200,
            QJsonObject{{QStringLiteral("period"), period.toString()}, {QStringLiteral("group_by"), groupBy},
                {QStringLiteral("groups"), out}, {QStringLiteral("overall"), groupJson(QString(), all)}});
    });
}

ApiResponse Api::periods(const ApiRequest& request)
{
    if (const auto e = request.query.allowOnly({}))
        return badField(*e);
    return cached(request, [this]() {
        const auto periods = m_store.periods();
        if (!periods)
            return internalError(periods.error());
        QJsonArray items;
        for (const auto& p : *periods)
            items.append(QJsonObject{{QStringLiteral("period"), p.period.toString()},
                {QStringLiteral("kind"), p.period.kindKey()}, {QStringLiteral("sites"), p.sites}});
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    });
}

void Api::followVersion(qint64 version)
{
    if (version > m_cacheVersion) {
        m_cacheVersion = version;
        m_responses.clear();
        m_tables.clear();
    }
}

} // namespace sitegov::server
