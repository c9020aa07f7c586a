#include "storage/InspectionService.h"

#include "core/Domain.h"
#include "db/Dialect.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/ChecklistService.h"
#include "storage/RectificationService.h"
#include "storage/SiteRepository.h"

#include <QJsonObject>

namespace sitegov {

namespace {

const char* const kColumns = "i.id, i.site_id, s.name, i.day, i.inspector, i.account_id, i.checklist_id, i.results, i.note, "
                             "i.failed, i.created_at, i.updated_at, i.corrected_at, i.corrected_by, i.correction_reason";

// What saving an inspection needs of its site, by a narrow statement prepared once per connection
// (an import saves thousands; a full SiteRepository row costs several times as much to read).
Result<InspectedSite> siteFacts(const QSqlDatabase& db, qint64 siteId)
{
    const auto found = db::Query::cached(db,
        QStringLiteral("SELECT code, name, status, host_org_id, closed_on, opened_on FROM sites WHERE id = ?"))
                           .bind(siteId)
                           .first(InspectionService::tr("The inspection could not be saved."), [siteId](const QSqlQuery& q) {
                               InspectedSite site;
                               site.id = siteId;
                               db::RowReader in(q);
                               in.into(site.code, site.name);
                               site.status = Vocabulary::siteStatus(in.next().toString()).value_or(SiteStatus::Planned);
                               in.into(site.hostOrgId, site.closedOn, site.openedOn);
                               return site;
                           });
    if (!found)
        return found.error();
    if (!*found)
        return Error{InspectionService::tr("There is no site with the number %1.").arg(siteId), {}};
    return **found;
}

// Whether the site has rectification items not yet re-checked or closed (most have none).
Result<bool> hasUnresolved(const QSqlDatabase& db, qint64 siteId)
{
    return db::Query::cached(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM rectifications WHERE site_id = ? AND status IN ('open', 'fixed'))"))
        .bind(siteId)
        .value<bool>(InspectionService::tr("The inspection could not be saved."));
}

QJsonObject auditJson(qint64 siteId, const QDate& day, const QString& inspector, const QString& results, const QString& note)
{
    return QJsonObject{{QStringLiteral("site_id"), siteId}, {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("inspector"), inspector}, {QStringLiteral("results"), results}, {QStringLiteral("note"), note}};
}

} // namespace

InspectionService::InspectionService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<InspectionRecord> InspectionService::byId(qint64 inspectionId)
{
    QString results;
    const auto found = db::Query(m_db,
        QStringLiteral("SELECT %1 FROM inspections i JOIN sites s ON s.id = i.site_id WHERE i.id = ?").arg(QLatin1String(kColumns)))
                           .bind(inspectionId)
                           .single(tr("The inspection could not be read."),
                               tr("There is no inspection with the number %1.").arg(inspectionId),
                               [&results](const QSqlQuery& q) {
                                   InspectionRecord r;
                                   db::RowReader in(q);
                                   in.into(r.id, r.siteId, r.siteName, r.day, r.inspector, r.accountId, r.checklistId);
                                   results = in.next().toString();
                                   in.into(r.note, r.failed);
                                   r.createdAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
                                   r.updatedAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
                                   r.correctedAt = QDateTime::fromString(in.next().toString(), Qt::ISODate);
                                   in.into(r.correctedBy, r.correctionReason);
                                   return r;
                               });
    if (!found)
        return found.error();
    InspectionRecord r = *found;
    const auto checklist = ChecklistService(m_db).version(r.checklistId);
    if (!checklist)
        return checklist.error();
    const auto outcomes = InspectionRules::decode(*checklist, results);
    if (!outcomes)
        return outcomes.error();
    r.outcomes = *outcomes;
    return r;
}

Result<InspectionRecord> InspectionService::find(qint64 siteId, const QDate& day, const QString& inspector)
{
    const auto id = db::Query::cached(m_db, QStringLiteral("SELECT id FROM inspections WHERE site_id = ? AND day = ? AND inspector = ?"))
                         .bind(siteId, Sql::date(day), inspector)
                         .first(tr("The inspection could not be read."), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!id)
        return id.error();
    if (!*id)
        return InspectionRecord{};
    return byId(**id);
}

EditKind InspectionService::editKind(const Session& session, const InspectionRecord& record, const QDate& today) const
{
    return InspectionRules::editKind(record.inspector, session.username, record.day, today);
}

Result<InspectionSaved> InspectionService::log(const Session& session, const InspectionInput& in, const QDate& today)
{
    InspectionInput input = in;
    if (!input.day.isValid())
        input.day = today;
    if (input.day > today)
        return Error{tr("An inspection cannot be logged for a day still to come (%1).").arg(input.day.toString(Qt::ISODate)), {}};
    const auto existing = find(input.siteId, input.day, session.username);
    if (!existing)
        return existing.error();
    if (existing->id != 0)
        return change(session, existing->id, input.outcomes, input.note, input.reason, today);
    // A day gone by is entered late: an audited correction of the record, with a reason.
    const bool late = input.day != today;
    if (late && input.reason.trimmed().isEmpty())
        return Error{tr("%1 is not today: say why the inspection is entered late.").arg(input.day.toString(Qt::ISODate)), {}};
    return write(session, input, session.username, session.accountId, nullptr, late, today);
}

Result<InspectionSaved> InspectionService::change(const Session& session, qint64 inspectionId, const Outcomes& outcomes,
    const QString& note, const QString& reason, const QDate& today)
{
    const auto existing = byId(inspectionId);
    if (!existing)
        return existing.error();
    const bool correction = editKind(session, *existing, today) == EditKind::Correction;
    if (correction && reason.trimmed().isEmpty()) {
        return Error{existing->inspector == session.username
                ? tr("The inspection of %1 can no longer be edited: correct it, giving the reason.").arg(existing->day.toString(Qt::ISODate))
                : tr("This inspection is %1's: correct it only with a reason, which is recorded.").arg(existing->inspector),
            {}};
    }
    InspectionInput input;
    input.siteId = existing->siteId;
    input.day = existing->day;
    input.outcomes = outcomes;
    input.note = note;
    input.reason = reason;
    return write(session, input, existing->inspector, existing->accountId, &*existing, correction, today);
}

Result<InspectionSaved> InspectionService::record(const Session& actor, const InspectionInput& input, const QString& inspector,
    qint64 inspectorAccountId, const QDate& today, const InspectedSite* site)
{
    if (inspector.trimmed().isEmpty())
        return Error{tr("Say who inspected."), {}};
    if (!input.day.isValid() || input.day > today)
        return Error{tr("The day of the inspection is missing or still to come."), {}};
    const auto existing = find(input.siteId, input.day, inspector.trimmed());
    if (!existing)
        return existing.error();
    if (existing->id != 0)
        return Error{tr("%1 already logged an inspection of this site on %2.").arg(inspector.trimmed(), input.day.toString(Qt::ISODate)), {}};
    return write(actor, input, inspector.trimmed(), inspectorAccountId, nullptr, false, today,
        site && site->id == input.siteId ? site : nullptr);
}

Result<InspectionSaved> InspectionService::write(const Session& session, const InspectionInput& input, const QString& inspector,
    qint64 accountId, const InspectionRecord* existing, bool correction, const QDate& today, const InspectedSite* knownSite)
{
    const auto site = knownSite ? Result<InspectedSite>(*knownSite) : siteFacts(m_db, input.siteId);
    if (!site)
        return site.error();
    if (const Status s = Authorizer::require(m_db, session, Action::LogInspection, site->hostOrgId); !s)
        return s.error();
    // A closed site is no longer inspected; an inspection recorded elsewhere before it closed still counts.
    if (!existing && site->status == SiteStatus::Closed && !(site->closedOn.isValid() && input.day <= site->closedOn))
        return Error{tr("%1 is closed: it is no longer inspected.").arg(site->name), {}};
    if (!existing && site->openedOn.isValid() && input.day < site->openedOn)
        return Error{tr("%1 opened on %2: there is no inspection of it on %3.")
                         .arg(site->name, site->openedOn.toString(Qt::ISODate), input.day.toString(Qt::ISODate)),
            {}};
    ChecklistService checklists(m_db);
    const qint64 listId = existing ? existing->checklistId : input.checklistVersion;
    const auto checklist = listId != 0 ? checklists.version(listId) : checklists.current();
    if (!checklist)
        return checklist.error();
    const QList<OutcomeProblem> problems = InspectionRules::check(*checklist, input.outcomes);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < problems.size() && i < 3; ++i)
            lines << problems.at(i).message;
        if (problems.size() > 3)
            lines << tr("(%1 more)").arg(problems.size() - 3);
        return Error{lines.join(u'\n'), {}};
    }
    if (input.note.size() > InspectionRules::kMaxNote)
        return Error{tr("The note is longer than %1 characters.").arg(InspectionRules::kMaxNote), {}};

    return db::inTransaction(m_db, [&]() -> Result<InspectionSaved> {
        const QString results = InspectionRules::encode(input.outcomes);
        const int failed = InspectionRules::failures(input.outcomes);
        const QString now = Sql::nowUtc();
        InspectionSaved saved;
        saved.correction = correction;
        const QVariant none(QMetaType::fromType<QString>());
        if (!existing) {
            const auto version = input.checklistVersion != 0 ? Result<qint64>(input.checklistVersion)
                                                             : checklists.currentVersionId(session);
            if (!version)
                return version.error();
            const auto id = db::Query::cached(m_db,
                QStringLiteral(
                    "INSERT INTO inspections (site_id, day, inspector, account_id, checklist_id, results, failed, "
                    "note, "
                    "created_at, updated_at, corrected_at, corrected_by, correction_reason) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?)"))
                                .bind(input.siteId, Sql::date(input.day), inspector, Sql::nullIfZero(accountId),
                                    *version, Sql::text(results), failed, Sql::text(input.note), now, now,
                                    correction ? QVariant(now) : none, correction ? QVariant(session.username) : none,
                                    correction ? QVariant(input.reason.trimmed()) : none)
                                .insert(tr("The inspection could not be saved."));
            if (!id) {
                if (id.error().code == db::Dialect::uniqueViolationCode())
                    return Error{tr("%1 already logged an inspection of this site on %2.")
                                     .arg(inspector, input.day.toString(Qt::ISODate)),
                        {}};
                return id.error();
            }
            saved.inspectionId = *id;
            saved.created = true;
        } else {
            saved.inspectionId = existing->id;
            const Status updated = correction
                ? db::Query(m_db,
                    QStringLiteral(
                        "UPDATE inspections SET results = ?, failed = ?, note = ?, updated_at = ?, corrected_at = ?, "
                        "corrected_by = ?, correction_reason = ? WHERE id = ?"))
                      .bind(Sql::text(results), failed, Sql::text(input.note), now, now, session.username,
                          input.reason.trimmed(), existing->id)
                      .exec(tr("The inspection could not be saved."))
                : db::Query(m_db,
                    QStringLiteral(
                        "UPDATE inspections SET results = ?, failed = ?, note = ?, updated_at = ? WHERE id = ?"))
                      .bind(Sql::text(results), failed, Sql::text(input.note), now, existing->id)
                      .exec(tr("The inspection could not be saved."));
            if (!updated)
                return updated.error();
            if (const Status s
                = db::Query(m_db, QStringLiteral("DELETE FROM inspection_failures WHERE inspection_id = ?"))
                      .bind(existing->id)
                      .exec(tr("The inspection could not be saved."));
                !s)
                return s.error();
        }
        db::Query failure = db::Query::cached(m_db,
            QStringLiteral("INSERT INTO inspection_failures (inspection_id, item_key, site_id, day, note) VALUES (?, "
                           "?, ?, ?, ?)"));
        RectificationService rectifications(m_db);
        // The site's items still being fixed, read once (most sites have none).
        const auto anyUnresolved = hasUnresolved(m_db, input.siteId);
        if (!anyUnresolved)
            return anyUnresolved.error();
        const auto unresolved = *anyUnresolved ? rectifications.unresolved(input.siteId)
                                               : Result<QList<RectificationRecord>>(QList<RectificationRecord>{});
        if (!unresolved)
            return unresolved.error();
        for (const ChecklistItem& item : checklist->items) {
            const ItemOutcome outcome = input.outcomes.value(item.key);
            const bool failsNow = outcome.result == ItemResult::Fail;
            const bool failedBefore = existing && existing->outcomes.value(item.key).result == ItemResult::Fail;
            if (failsNow) {
                if (const Status s = failure
                                         .bind(saved.inspectionId, item.key, input.siteId, Sql::date(input.day),
                                             Sql::text(outcome.note))
                                         .exec(tr("The inspection could not be saved."));
                    !s)
                    return s.error();
                if (!failedBefore) {
                    const auto opened = rectifications.fromFailure(session, input.siteId, saved.inspectionId, item.key,
                        outcome.note, input.day, item.deadlineDays);
                    if (!opened)
                        return opened.error();
                    if (*opened != 0)
                        saved.openedRectifications << *opened;
                }
            } else {
                if (failedBefore) {
                    if (const Status s
                        = rectifications.withdrawFromInspection(session, saved.inspectionId, item.key, today);
                        !s)
                        return s.error();
                }
                if (outcome.result == ItemResult::Pass) {
                    for (const RectificationRecord& r : *unresolved) {
                        if (r.itemKey == item.key)
                            saved.recheckable << r.id;
                    }
                }
            }
        }
        const QJsonObject after = auditJson(input.siteId, input.day, inspector, results, input.note.trimmed());
        const QJsonObject before = existing ? auditJson(existing->siteId, existing->day, existing->inspector,
                                       InspectionRules::encode(existing->outcomes), existing->note)
                                            : QJsonObject{};
        const QString action = correction ? QStringLiteral("correct")
            : existing                    ? QStringLiteral("update")
                                          : QStringLiteral("create");
        QString summary
            = QStringLiteral("%1 %2: %3 failed").arg(site->code, input.day.toString(Qt::ISODate)).arg(failed);
        if (correction)
            summary += QStringLiteral(" (reason: %1)").arg(input.reason.trimmed());
        if (const Status s = AuditLog::append(m_db, session, action, QStringLiteral("inspection"),
                QString::number(saved.inspectionId), summary, before, after);
            !s)
            return s.error();
        return saved;
    });
}

} // namespace sitegov
