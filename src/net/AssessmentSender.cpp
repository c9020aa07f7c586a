#include "net/AssessmentSender.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "net/CancelToken.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "net/ScoreJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace sitegov::net {

namespace {

// The server takes notes of at most this many characters (server/RequestBody.h).
constexpr int kMaxNote = 2000;
constexpr double kSameTotal = 0.005;

// What became of one try.
struct Step
{
    enum class Kind
    {
        Sent,
        Refused,
        Failed
    };
    Kind kind = Kind::Failed;
    double total = 0;
    bool replaced = false;
    bool registered = false;
    Error error;
};

QString errorCode(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString shortBody(const QByteArray& body)
{
    return QString::fromUtf8(body.left(500));
}

class Sending final
{
public:
    explicit Sending(ScoreClient& client)
        : m_client(client)
    { }

    Step send(const OutgoingAssessment& a)
    {
        Step step = post(a);
        if (step.kind == Step::Kind::Refused && step.error.code == QLatin1String("unknown_site")) {
            // The backend does not know the site yet: tell it what the registry says, then post again.
            if (const auto problem = registerSite(a)) {
                step.kind = problem->first;
                step.error = problem->second;
                return step;
            }
            step = post(a);
            step.registered = true;
        } else if (step.kind == Step::Kind::Sent && std::abs(step.total - a.total) > kSameTotal) {
            // The backend scored it otherwise: its facts of the site (kind, public services) are not the
            // registry's. Bring them up to date and post once more; what it computes then stands.
            if (const auto problem = registerSite(a)) {
                step.kind = problem->first;
                step.error = problem->second;
                return step;
            }
            const bool replaced = step.replaced;
            step = post(a);
            step.registered = true;
            step.replaced = step.replaced && replaced;
        }
        return step;
    }

private:
    Step post(const OutgoingAssessment& a)
    {
        Step step;
        const auto answer = m_client.send(
            QByteArrayLiteral("POST"), QStringLiteral("/api/v1/assessments"), AssessmentSender::assessmentJson(a));
        if (!answer) {
            step.error = answer.error();
            return step;
        }
        if (answer->status == 200 || answer->status == 201) {
            QJsonParseError parse;
            const QJsonDocument doc = QJsonDocument::fromJson(answer->body, &parse);
            const QJsonObject o = doc.object();
            const QJsonValue total = o.value(QLatin1String("total"));
            if (parse.error != QJsonParseError::NoError || !doc.isObject() || !total.isDouble()
                || o.value(QLatin1String("site_code")).toString() != a.siteCode
                || o.value(QLatin1String("period")).toString() != a.period.toString()) {
                step.error = NetError::make(Failure::BadAnswer,
                    AssessmentSender::tr("The backend answered the assessment of %1 for %2 with something that is not "
                                         "its score; it is sent again later.")
                        .arg(a.siteCode, a.period.toString()),
                    shortBody(answer->body));
                return step;
            }
            step.kind = Step::Kind::Sent;
            step.total = total.toDouble();
            step.replaced = answer->status == 200;
            return step;
        }
        const QString said = ScoreJson::serverMessage(answer->body);
        const QString code = errorCode(answer->body);
        switch (answer->status) {
        case 400:
        case 409:
        case 413:
        case 415:
        case 422:
            step.kind = Step::Kind::Refused;
            step.error = Error{AssessmentSender::tr("The backend refused the assessment: %1")
                                   .arg(said.isEmpty() ? AssessmentSender::tr("status %1").arg(answer->status) : said),
                shortBody(answer->body), code};
            return step;
        case 401:
            step.error = NetError::make(Failure::Unauthorized,
                AssessmentSender::tr("The backend refused the token (401 Unauthorized): enter a valid write token in "
                                     "Settings."),
                said);
            return step;
        case 403:
            step.error = NetError::make(Failure::Forbidden,
                AssessmentSender::tr("The token in Settings may only read scores: sending assessments needs a write "
                                     "token (sitegov-server token create --scope write)."),
                said);
            return step;
        case 404:
        case 405:
            step.error = NetError::make(Failure::NotFound,
                AssessmentSender::tr("The backend at this address does not take assessments (status %1): check the "
                                     "backend address in Settings.")
                    .arg(answer->status),
                said);
            return step;
        default:
            break;
        }
        step.error = NetError::make(Failure::ServerError,
            answer->status >= 500
                ? AssessmentSender::tr("The backend failed with an internal error (status %1).").arg(answer->status)
                : AssessmentSender::tr("The backend answered with an unexpected status %1.").arg(answer->status),
            said.isEmpty() ? shortBody(answer->body) : said);
        return step;
    }

    // Registers (or updates) the site on the backend; the failure, if any.
    std::optional<std::pair<Step::Kind, Error>> registerSite(const OutgoingAssessment& a)
    {
        const auto answer = m_client.send(
            QByteArrayLiteral("PUT"), QStringLiteral("/api/v1/sites/") + a.siteCode, AssessmentSender::siteJson(a));
        if (!answer)
            return std::pair(Step::Kind::Failed, answer.error());
        if (answer->status == 200 || answer->status == 201)
            return std::nullopt;
        const QString said = ScoreJson::serverMessage(answer->body);
        if (answer->status == 400 || answer->status == 409 || answer->status == 422) {
            return std::pair(Step::Kind::Refused,
                Error{
                    AssessmentSender::tr("The backend refused to register the site %1: %2")
                        .arg(a.siteCode, said.isEmpty() ? AssessmentSender::tr("status %1").arg(answer->status) : said),
                    shortBody(answer->body), errorCode(answer->body)});
        }
        if (answer->status == 403) {
            return std::pair(Step::Kind::Failed,
                NetError::make(Failure::Forbidden,
                    AssessmentSender::tr("The token in Settings may only read scores: sending assessments needs a "
                                         "write token (sitegov-server token create --scope write)."),
                    said));
        }
        return std::pair(Step::Kind::Failed,
            NetError::make(answer->status >= 500 ? Failure::ServerError : Failure::BadAnswer,
                AssessmentSender::tr("The backend could not register the site %1 (status %2).")
                    .arg(a.siteCode)
                    .arg(answer->status),
                said.isEmpty() ? shortBody(answer->body) : said));
    }

    ScoreClient& m_client;
};

} // namespace

QByteArray AssessmentSender::assessmentJson(const OutgoingAssessment& a)
{
    QJsonObject deductions;
    for (auto it = a.deductions.cbegin(); it != a.deductions.cend(); ++it)
        deductions.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("site"), a.siteCode}, {QStringLiteral("period"), a.period.toString()},
        {QStringLiteral("vetoes"), QJsonArray::fromStringList(a.vetoes)}, {QStringLiteral("deductions"), deductions},
        {QStringLiteral("bonus"), a.bonus}};
    const QString note = a.note.trimmed().left(kMaxNote);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray AssessmentSender::siteJson(const OutgoingAssessment& a)
{
    const QJsonObject o{{QStringLiteral("name"), a.siteName.left(200)},
        {QStringLiteral("level"), Vocabulary::key(a.level)}, {QStringLiteral("kind"), Vocabulary::key(a.kind)},
        {QStringLiteral("division_code"), a.divisionCode},
        {QStringLiteral("public_services"), a.kind != SiteKind::Department || a.publicServices}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AssessmentSender::Outcome> AssessmentSender::run(
    QSqlDatabase& db, const ClientOptions& options, CancelToken* cancel, const QString& owner)
{
    Outcome outcome;
    AssessmentOutbox outbox(db);
    const QString me = owner.isEmpty()
        ? QStringLiteral("%1:%2").arg(QCoreApplication::applicationName()).arg(QCoreApplication::applicationPid())
        : owner;
    ScoreClient client(options, cancel);
    Sending sending(client);
    QSet<qint64> tried;
    while (tried.size() < kMaxPerRun) {
        const auto due = outbox.due(OfficeClock::nowUtc(), 50);
        if (!due)
            return due.error();
        bool fresh = false;
        for (const OutgoingAssessment& a : *due) {
            if (tried.contains(a.assessmentId))
                continue;
            fresh = true;
            tried.insert(a.assessmentId);
            if (const Status valid = client.validate(); !valid) {
                outcome.stopReason = valid.error();
                return outcome;
            }
            if (cancel && cancel->isCancelled()) {
                outcome.stopReason = NetError::make(Failure::Cancelled, tr("Cancelled."));
                return outcome;
            }
            const QDateTime now = OfficeClock::nowUtc();
            const auto claimed = outbox.claim(a.assessmentId, me, now, now.addSecs(kClaimSeconds));
            if (!claimed)
                return claimed.error();
            if (!*claimed) {
                ++outcome.skipped;
                continue;
            }
            const Step step = sending.send(a);
            const QDateTime at = OfficeClock::nowUtc();
            if (step.registered) {
                ++outcome.registered;
                if (const Status s = outbox.markSiteRegistered(a.assessmentId, at); !s)
                    return s.error();
            }
            switch (step.kind) {
            case Step::Kind::Sent:
                if (const Status s = outbox.markSent(a.assessmentId, options.baseUrl, step.total, at); !s)
                    return s.error();
                ++outcome.sent;
                outcome.replaced += step.replaced ? 1 : 0;
                break;
            case Step::Kind::Refused:
                if (const Status s = outbox.markRefused(a.assessmentId, step.error, at); !s)
                    return s.error();
                ++outcome.refused;
                break;
            case Step::Kind::Failed: {
                const QDateTime retry = at.addSecs(AssessmentOutbox::retryDelaySeconds(a.attempts + 1));
                if (const Status s = outbox.markFailed(a.assessmentId, step.error, at, retry); !s)
                    return s.error();
                ++outcome.failed;
                // The backend cannot take assessments now: the others wait for the next run.
                outcome.stopReason = step.error;
                return outcome;
            }
            }
        }
        if (!fresh)
            break;
    }
    return outcome;
}

} // namespace sitegov::net
