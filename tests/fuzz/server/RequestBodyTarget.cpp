#include "RequestBodyTarget.h"

#include "core/Period.h"
#include "core/ScoringModel.h"
#include "server/QueryParams.h"
#include "server/RequestBody.h"

#include <QByteArray>
#include <cmath>
#include <cstdlib>

using namespace sitegov;
using namespace sitegov::server;

namespace {

const ScoringModel& model()
{
    static const ScoringModel m = [] {
        auto rules = ScoringRules::builtin();
        if (!rules)
            std::abort();
        return ScoringModel(*rules);
    }();
    return m;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkCard(const ScoreCard& card, const ScoreInput& input)
{
    require(std::isfinite(card.total) && std::isfinite(card.deductionScore) && std::isfinite(card.bonus));
    require(card.deductionScore >= 0 && card.deductionScore <= 100);
    require(card.bonus >= 0 && card.bonus <= 30);
    require(card.total >= 0 && card.total <= 130);
    require(card.passed == (card.vetoes.isEmpty() && card.deductionScore >= 60));
    require(card.bonus == 0 || (input.kind == SiteKind::Portal && card.deductionScore > 80));
    require(card.categories.size() == (input.hasPublicServices ? 4 : 3));
}

void scoreAllWays(ScoreInput input)
{
    for (const SiteKind kind : {SiteKind::Portal, SiteKind::Department, SiteKind::Special}) {
        for (const bool services : {true, false}) {
            input.kind = kind;
            input.hasPublicServices = services;
            const auto problem = model().check(input);
            const auto card = model().score(input);
            require(card.ok() == !problem.has_value());
            if (card)
                checkCard(*card, input);
            else
                require(!card.error().detail.isEmpty());
        }
    }
}

} // namespace

int sitegovFuzzRequestBody(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));

    RequestBody::Assessment assessment;
    if (!RequestBody::parseAssessment(body, &assessment)) {
        require(RequestBody::isSiteCode(assessment.siteCode));
        require(assessment.period.isValid());
        require(Period::parse(assessment.period.toString()).ok());
        // What is stored reads back the same.
        const QByteArray stored = RequestBody::inputsJson(assessment);
        ScoreInput input;
        require(!RequestBody::parseInputs(stored, &input));
        require(input.vetoes == assessment.vetoes);
        require(input.deductions == assessment.deductions);
        require(input.bonus == assessment.bonus);
        scoreAllWays(input);
    }

    RequestBody::Site site;
    if (!RequestBody::parseSite(body, QStringLiteral("3501000001"), &site)) {
        require(site.code == QStringLiteral("3501000001"));
        require(!site.name.trimmed().isEmpty());
        require(site.divisionCode.size() == 6);
        require(site.publicServices || site.kind == SiteKind::Department);
    }

    ScoreInput inputs;
    if (!RequestBody::parseInputs(body, &inputs))
        scoreAllWays(inputs);

    QueryParams query;
    if (!QueryParams::parse(body, &query)) {
        Period p;
        int n = 0;
        (void)query.period(QStringLiteral("period"), false, &p);
        (void)query.integer(QStringLiteral("limit"), 1, 500, &n);
        (void)query.allowOnly({QStringLiteral("period"), QStringLiteral("limit")});
    }

    const auto period = Period::parse(QString::fromUtf8(body.left(16)));
    if (period)
        require(Period::parse(period->toString())->toString() == period->toString());
    return 0;
}
