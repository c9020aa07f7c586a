#pragma once

#include "core/Domain.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/SpotCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace sitegov {

// Where one confirmed assessment stands with the backend.
struct OutboxEntry
{
    qint64 assessmentId = 0;
    QString siteCode;
    Period period;
    SendState state = SendState::Waiting;
    int attempts = 0;
    QDateTime queuedAt;
    QDateTime lastAttemptAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    double backendTotal = 0;
    bool hasBackendTotal = false;
    QString error; // refused: the backend's reason; waiting: why the last try failed
    QString errorDetail;
    QString errorCode;
    QDateTime siteRegisteredAt; // the backend was told about the site first
};

// What the sender puts on the wire for one assessment: the site as the console's registry has it
// (PUT /api/v1/sites/{code}) and the assessment (POST /api/v1/assessments).
struct OutgoingAssessment
{
    qint64 assessmentId = 0;
    int attempts = 0;
    QString siteCode;
    QString siteName;
    AdminLevel level = AdminLevel::Province; // of the host unit
    SiteKind kind = SiteKind::Portal;
    QString divisionCode; // of the host unit
    bool publicServices = true;
    Period period;
    QStringList vetoes;
    QMap<QString, double> deductions;
    double bonus = 0;
    QString note;
    double total = 0; // as the console scored it
};

struct OutboxCounts
{
    int waiting = 0;
    int sent = 0;
    int refused = 0;
    int replaced = 0;
    QDateTime lastSentAt;
    QString lastError; // of the waiting entry tried last, if it failed
};

// The durable queue of confirmed assessments for sitegov-server (migrations 0011 and 0013, assessment_outbox):
// an assessment is queued in the transaction that confirms it, sent oldest first, retried after a
// growing pause while the backend cannot take it, and kept with its outcome. The backend keeps one
// assessment per site and month, so a newer confirmed assessment of the same site and month replaces
// one still waiting, and sending one again after a lost answer replaces it there instead of adding
// a second.
class AssessmentOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentOutbox)

public:
    explicit AssessmentOutbox(QSqlDatabase db);

    // Queues a confirmed assessment (inside the confirming transaction).
    Status enqueue(qint64 assessmentId, const QDateTime& now);
    // The waiting entries due at `now` and not claimed by a sender, oldest first.
    Result<QList<OutgoingAssessment>> due(const QDateTime& now, int limit);
    // Claims a waiting entry for `owner` until `until` (migration 0013): true when this sender may put
    // it on the wire now, false when another sender holds an unexpired claim on it or it is no longer
    // waiting. The marks below end the claim.
    Result<bool> claim(qint64 assessmentId, const QString& owner, const QDateTime& now, const QDateTime& until);
    // The backend did not know the site and was told about it (PUT /api/v1/sites/{code}).
    Status markSiteRegistered(qint64 assessmentId, const QDateTime& at);
    // The backend has it: `total` is the score it computed.
    Status markSent(qint64 assessmentId, const QString& backendUrl, double total, const QDateTime& at);
    // The backend refuses it for good (the reason in the user's language; the backend's own words in
    // the detail). It is sent again only when someone asks (requeue()).
    Status markRefused(qint64 assessmentId, const Error& reason, const QDateTime& at);
    // It could not be sent now (the backend is down, slow, failing or answered garbage): it stays
    // waiting and is tried again at `retryAt`.
    Status markFailed(qint64 assessmentId, const Error& reason, const QDateTime& at, const QDateTime& retryAt);
    // A refused entry, or a waiting one, is sent at the next run.
    Status requeue(qint64 assessmentId);

    Result<std::optional<OutboxEntry>> entry(qint64 assessmentId);
    // Every entry (or those in `state`), oldest first.
    Result<QList<OutboxEntry>> entries(std::optional<SendState> state = std::nullopt);
    Result<OutboxCounts> counts();
    // The pause before try n+1 after n failed ones: 30 s, doubling, at most an hour.
    static int retryDelaySeconds(int attempts);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
