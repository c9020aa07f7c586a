#include "storage/AssessmentOutbox.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace sitegov {

namespace {

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QStringList splitKeys(const QString& text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

} // namespace

AssessmentOutbox::AssessmentOutbox(QSqlDatabase db)
    : m_db(std::move(db))
{ }

int AssessmentOutbox::retryDelaySeconds(int attempts)
{
    int delay = 30;
    for (int i = 1; i < attempts && delay < 3600; ++i)
        delay *= 2;
    return std::min(delay, 3600);
}

Status AssessmentOutbox::enqueue(qint64 assessmentId, const QDateTime& now)
{
    const QString what = tr("The assessment could not be queued for the backend.");
    const auto site = db::Query(m_db,
        QStringLiteral("SELECT s.code, a.period FROM assessments a JOIN sites s ON s.id = a.site_id WHERE a.id = ?"))
                          .bind(assessmentId)
                          .single(what, tr("There is no assessment with the number %1.").arg(assessmentId),
                              [](const QSqlQuery& q) {
                                  return std::pair(q.value(0).toString(), q.value(1).toString());
                              });
    if (!site)
        return site.error();
    const auto& [code, period] = *site;
    // The backend keeps one assessment per site and month: an older one still waiting would only be
    // replaced there.
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "UPDATE assessment_outbox SET state = 'replaced', next_attempt_at = NULL WHERE site_code = ? AND "
                "period = ? AND state = 'waiting' AND assessment_id <> ?"))
                             .bind(code, period, assessmentId)
                             .exec(what);
        !s)
        return s;
    return db::Query(m_db,
        QStringLiteral("INSERT INTO assessment_outbox (assessment_id, site_code, period, state, queued_at, attempts, "
                       "next_attempt_at) VALUES (?, ?, ?, 'waiting', ?, 0, ?)"))
        .bind(assessmentId, code, period, stamp(now), stamp(now))
        .exec(what);
}

Result<QList<OutgoingAssessment>> AssessmentOutbox::due(const QDateTime& now, int limit)
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT x.assessment_id, x.attempts, s.code, s.name, o.level, a.kind, o.division_code, "
            "a.public_services, a.period, a.vetoes, a.deductions, a.bonus_claimed, a.summary, a.total FROM "
            "assessment_outbox x JOIN assessments a ON a.id = x.assessment_id JOIN sites s ON s.id = a.site_id "
            "JOIN organisations o ON o.id = s.host_org_id WHERE x.state = 'waiting' AND (x.next_attempt_at IS "
            "NULL OR x.next_attempt_at <= ?) AND (x.claimed_until IS NULL OR x.claimed_until <= ?) ORDER BY "
            "x.queued_at, x.assessment_id LIMIT ?"))
        .bind(stamp(now), stamp(now), limit)
        .rows(tr("The assessments waiting for the backend could not be read."), [](const QSqlQuery& q) {
            OutgoingAssessment a;
            db::RowReader r(q);
            r.into(a.assessmentId, a.attempts, a.siteCode, a.siteName);
            a.level = Vocabulary::adminLevel(r.next().toString()).value_or(AdminLevel::Province);
            a.kind = Vocabulary::siteKind(r.next().toString()).value_or(SiteKind::Portal);
            r.into(a.divisionCode);
            a.publicServices = r.next().toInt() != 0;
            a.period = Period::parse(r.next().toString()).value();
            a.vetoes = splitKeys(r.next().toString());
            const QJsonObject deductions = QJsonDocument::fromJson(r.next().toString().toUtf8()).object();
            for (auto it = deductions.begin(); it != deductions.end(); ++it)
                a.deductions.insert(it.key(), it.value().toDouble());
            r.into(a.bonus, a.note, a.total);
            return a;
        });
}

Result<bool> AssessmentOutbox::claim(
    qint64 assessmentId, const QString& owner, const QDateTime& now, const QDateTime& until)
{
    const auto changed = db::Query(m_db,
        QStringLiteral(
            "UPDATE assessment_outbox SET claimed_by = ?, claimed_until = ? WHERE assessment_id = ? AND state = "
            "'waiting' AND (claimed_until IS NULL OR claimed_until <= ?)"))
                             .bind(owner, stamp(until), assessmentId, stamp(now))
                             .changed(tr("The assessment could not be claimed for sending."));
    if (!changed)
        return changed.error();
    return *changed == 1;
}

Status AssessmentOutbox::markSiteRegistered(qint64 assessmentId, const QDateTime& at)
{
    return db::Query(
        m_db, QStringLiteral("UPDATE assessment_outbox SET site_registered_at = ? WHERE assessment_id = ?"))
        .bind(stamp(at), assessmentId)
        .exec(tr("The sending state could not be saved."));
}

Status AssessmentOutbox::markSent(qint64 assessmentId, const QString& backendUrl, double total, const QDateTime& at)
{
    return db::Query(m_db,
        QStringLiteral(
            "UPDATE assessment_outbox SET state = 'sent', attempts = attempts + 1, last_attempt_at = ?, sent_at "
            "= ?, next_attempt_at = NULL, backend_url = ?, backend_total = ?, error = NULL, error_detail = NULL, "
            "error_code = NULL, claimed_by = NULL, claimed_until = NULL WHERE assessment_id = ? AND state = 'waiting'"))
        .bind(stamp(at), stamp(at), backendUrl, total, assessmentId)
        .exec(tr("The sending state could not be saved."));
}

Status AssessmentOutbox::markRefused(qint64 assessmentId, const Error& reason, const QDateTime& at)
{
    return db::Query(m_db,
        QStringLiteral(
            "UPDATE assessment_outbox SET state = 'refused', attempts = attempts + 1, last_attempt_at = ?, "
            "next_attempt_at = NULL, error = ?, error_detail = ?, error_code = ?, claimed_by = NULL, claimed_until = "
            "NULL WHERE assessment_id = ? AND state = 'waiting'"))
        .bind(stamp(at), reason.message, Sql::nullIfEmpty(reason.detail), Sql::nullIfEmpty(reason.code), assessmentId)
        .exec(tr("The sending state could not be saved."));
}

Status AssessmentOutbox::markFailed(
    qint64 assessmentId, const Error& reason, const QDateTime& at, const QDateTime& retryAt)
{
    return db::Query(m_db,
        QStringLiteral(
            "UPDATE assessment_outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?, "
            "error = ?, error_detail = ?, error_code = ?, claimed_by = NULL, claimed_until = NULL WHERE assessment_id "
            "= ? AND state = 'waiting'"))
        .bind(stamp(at), stamp(retryAt), reason.message, Sql::nullIfEmpty(reason.detail), Sql::nullIfEmpty(reason.code),
            assessmentId)
        .exec(tr("The sending state could not be saved."));
}

Status AssessmentOutbox::requeue(qint64 assessmentId)
{
    const auto current = entry(assessmentId);
    if (!current)
        return current.error();
    if (!*current)
        return Error{tr("The assessment %1 is not confirmed, so it is not sent.").arg(assessmentId), {}};
    if ((*current)->state == SendState::Sent || (*current)->state == SendState::Replaced)
        return Error{tr("The assessment %1 needs no sending: %2.")
                         .arg(assessmentId)
                         .arg(SpotCheckRules::displayName((*current)->state)),
            {}};
    return db::Query(m_db,
        QStringLiteral("UPDATE assessment_outbox SET state = 'waiting', next_attempt_at = NULL, claimed_by = NULL, "
                       "claimed_until = NULL WHERE assessment_id = ? AND state IN ('waiting', 'refused')"))
        .bind(assessmentId)
        .exec(tr("The sending state could not be saved."));
}

namespace {

const QString kEntryColumns = QStringLiteral(
    "assessment_id, site_code, period, state, attempts, queued_at, last_attempt_at, next_attempt_at, sent_at, "
    "backend_total, error, error_detail, error_code, site_registered_at");

OutboxEntry readEntry(const QSqlQuery& q)
{
    OutboxEntry e;
    db::RowReader r(q);
    auto moment = [&r] { return OfficeClock::parseStored(r.next().toString()); };
    r.into(e.assessmentId, e.siteCode);
    e.period = Period::parse(r.next().toString()).value();
    e.state = SpotCheckRules::sendState(r.next().toString()).value_or(SendState::Waiting);
    r.into(e.attempts);
    e.queuedAt = moment();
    e.lastAttemptAt = moment();
    e.nextAttemptAt = moment();
    e.sentAt = moment();
    const QVariant total = r.next();
    e.hasBackendTotal = !total.isNull();
    e.backendTotal = total.toDouble();
    r.into(e.error, e.errorDetail, e.errorCode);
    e.siteRegisteredAt = moment();
    return e;
}

} // namespace

Result<std::optional<OutboxEntry>> AssessmentOutbox::entry(qint64 assessmentId)
{
    return db::Query(
        m_db, QStringLiteral("SELECT %1 FROM assessment_outbox WHERE assessment_id = ?").arg(kEntryColumns))
        .bind(assessmentId)
        .first(tr("The sending state could not be read."), readEntry);
}

Result<QList<OutboxEntry>> AssessmentOutbox::entries(std::optional<SendState> state)
{
    db::Query q(m_db,
        QStringLiteral("SELECT %1 FROM assessment_outbox%2 ORDER BY queued_at, assessment_id")
            .arg(kEntryColumns, state ? QStringLiteral(" WHERE state = ?") : QString()));
    if (state)
        q.bind(SpotCheckRules::key(*state));
    return q.rows(tr("The sending state could not be read."), readEntry);
}

Result<OutboxCounts> AssessmentOutbox::counts()
{
    OutboxCounts c;
    const QString what = tr("The sending state could not be read.");
    const Status read
        = db::Query(m_db, QStringLiteral("SELECT state, count(*), max(sent_at) FROM assessment_outbox GROUP BY state"))
              .forEach(what, [&c](const QSqlQuery& q) {
                  const QString state = q.value(0).toString();
                  const int n = q.value(1).toInt();
                  if (state == u"waiting")
                      c.waiting = n;
                  else if (state == u"sent") {
                      c.sent = n;
                      c.lastSentAt = OfficeClock::parseStored(q.value(2).toString());
                  } else if (state == u"refused")
                      c.refused = n;
                  else if (state == u"replaced")
                      c.replaced = n;
                  return true;
              });
    if (!read)
        return read.error();
    const auto last = db::Query(m_db,
        QStringLiteral(
            "SELECT error FROM assessment_outbox WHERE state = 'waiting' AND last_attempt_at IS NOT NULL ORDER BY "
            "last_attempt_at DESC LIMIT 1"))
                          .first(what, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!last)
        return last.error();
    c.lastError = last->value_or(QString());
    return c;
}

} // namespace sitegov
