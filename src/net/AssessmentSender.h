#pragma once

#include "core/Result.h"
#include "net/ClientOptions.h"
#include "storage/AssessmentOutbox.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov::net {

class CancelToken;

// Sends the confirmed assessments waiting in the outbox (storage/AssessmentOutbox) to sitegov-server:
// POST /api/v1/assessments with the write token of the settings, oldest first. What the backend says
// decides each one's state:
// - 201 or 200 with the score it computed: sent (the backend keeps one assessment per site and month,
//   so sending one again after an answer that got lost replaces it there instead of adding a second);
// - 400 unknown_site: the backend does not know the site; it is registered from the console's
//   registry (PUT /api/v1/sites/{code}) and the assessment posted again. The same happens once when
//   the backend's total differs from the console's (its facts of the site are older than the registry's);
// - another 4xx that judges the assessment (400, 409, 413, 415, 422): refused, with the backend's reason;
//   it is sent again only when someone asks (AssessmentOutbox::requeue);
// - anything that says the backend cannot take assessments now (cannot connect, TLS, a timeout, an
//   answer too slow, too large or not JSON, 401, 403, 404, 5xx): the assessment stays waiting and is
//   tried again after a growing pause, and the run stops there (the others wait untouched).
// Each assessment is claimed in the database before it goes on the wire, so that two consoles (or a
// console and sitegovctl) on one database never send it at the same time.
//
// Blocking: runs on the calling (worker) thread over `db`, a connection of that thread.
class AssessmentSender final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentSender)

public:
    struct Outcome
    {
        int sent = 0; // the backend has them (replaced included)
        int replaced = 0; // of those, the backend already had one of that site and month
        int refused = 0;
        int failed = 0; // still waiting after a failed try
        int registered = 0; // sites the backend was told about first
        int skipped = 0; // claimed by another sender at the moment
        Error stopReason; // why the run stopped early (the backend cannot take assessments now)
        bool stopped() const { return !stopReason.message.isEmpty(); }
    };

    // How long a sender's claim on an assessment lasts: longer than one request may take.
    static constexpr int kClaimSeconds = 120;
    // At most this many assessments a run.
    static constexpr int kMaxPerRun = 5000;

    // `owner` names the sender in its claims (program and process). Errors are the database's only.
    static Result<Outcome> run(
        QSqlDatabase& db, const ClientOptions& options, CancelToken* cancel = nullptr, const QString& owner = {});

    // The bodies put on the wire.
    static QByteArray assessmentJson(const OutgoingAssessment& a);
    static QByteArray siteJson(const OutgoingAssessment& a);
};

} // namespace sitegov::net
