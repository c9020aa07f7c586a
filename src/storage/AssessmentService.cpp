#include "storage/AssessmentService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AssessmentOutbox.h"
#include "storage/AuditLog.h"
#include "storage/RectificationService.h"
#include "storage/SpotCheckService.h"
#include "storage/UserFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

const ScoringModel& builtinModel()
{
    static const ScoringModel model = [] {
        auto rules = ScoringRules::builtin();
        return ScoringModel(rules ? std::move(rules).value() : ScoringRules());
    }();
    return model;
}

const char* const kColumns
    = "a.id, a.item_id, i.plan_id, p.org_id, po.name, a.site_id, s.code, s.name, s.url, s.host_org_id, ho.name, "
      "a.period, "
      "a.rules_id, a.kind, a.public_services, a.vetoes, a.deductions, a.bonus_claimed, a.deduction_score, a.bonus, "
      "a.total, "
      "a.passed, a.summary, a.status, a.checker_id, a.checker_name, a.submitted_at, a.reviewer_id, a.reviewer_name, "
      "a.reviewed_at, a.review_note, a.confirmed_on, a.rectification_id, r.deadline, a.updated_at";

QString deductionsJson(const QMap<QString, double>& deductions)
{
    QJsonObject o;
    for (auto it = deductions.cbegin(); it != deductions.cend(); ++it) {
        if (it.value() > 0)
            o.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject snapshot(const ScoreInput& input, const ScoreCard& card, const QString& status)
{
    QJsonObject deductions;
    for (auto it = input.deductions.cbegin(); it != input.deductions.cend(); ++it)
        deductions.insert(it.key(), it.value());
    return {{QStringLiteral("status"), status}, {QStringLiteral("public_services"), input.hasPublicServices},
        {QStringLiteral("vetoes"), QJsonArray::fromStringList(input.vetoes)},
        {QStringLiteral("deductions"), deductions}, {QStringLiteral("bonus"), input.bonus},
        {QStringLiteral("total"), card.total}, {QStringLiteral("passed"), card.passed}};
}

bool sameChecker(const Session& session, qint64 checkerId, const QString& checkerName)
{
    if (session.accountId != 0 || checkerId != 0)
        return session.accountId == checkerId;
    return session.displayName == checkerName;
}

} // namespace

AssessmentService::AssessmentService(QSqlDatabase db)
    : AssessmentService(std::move(db), builtinModel())
{ }

AssessmentService::AssessmentService(QSqlDatabase db, const ScoringModel& model)
    : m_db(std::move(db))
    , m_model(model)
{ }

Result<AssessmentRecord> AssessmentService::read(const QString& where, const QVariant& key)
{
    const auto row
        = db::Query(m_db,
            QStringLiteral(
                "SELECT %1 FROM assessments a JOIN spot_check_items i ON i.id = a.item_id JOIN spot_check_plans p ON "
                "p.id = i.plan_id JOIN organisations po ON po.id = p.org_id JOIN sites s ON s.id = a.site_id JOIN "
                "organisations ho ON ho.id = s.host_org_id LEFT JOIN rectifications r ON r.id = a.rectification_id "
                "WHERE %2")
                .arg(QLatin1String(kColumns), where))
              .bind(key)
              .first(tr("The assessment could not be read."), [](const QSqlQuery& q) {
                  AssessmentRecord r;
                  db::RowReader in(q);
                  in.into(r.id, r.itemId, r.planId, r.planOrgId, r.planOrgName, r.siteId, r.siteCode, r.siteName,
                      r.siteUrl, r.hostOrgId, r.hostUnit);
                  r.period = Period::parse(in.next().toString()).value();
                  in.into(r.rulesId);
                  r.input.kind = Vocabulary::siteKind(in.next().toString()).value_or(SiteKind::Portal);
                  r.input.hasPublicServices = in.next().toInt() != 0;
                  r.input.vetoes = in.next().toString().split(u',', Qt::SkipEmptyParts);
                  const QJsonObject deductions = QJsonDocument::fromJson(in.next().toString().toUtf8()).object();
                  for (auto it = deductions.begin(); it != deductions.end(); ++it)
                      r.input.deductions.insert(it.key(), it.value().toDouble());
                  r.input.bonus = in.next().toDouble();
                  // The numbers as stored: the score of the rule set it was assessed under.
                  r.card.rulesId = r.rulesId;
                  r.card.deductionScore = in.next().toDouble();
                  r.card.bonusClaimed = r.input.bonus;
                  r.card.bonus = in.next().toDouble();
                  r.card.total = in.next().toDouble();
                  r.card.passed = in.next().toInt() != 0;
                  r.card.vetoes = r.input.vetoes;
                  r.card.scaled = !r.input.hasPublicServices;
                  in.into(r.summary);
                  r.status = SpotCheckRules::assessmentStatus(in.next().toString()).value_or(AssessmentStatus::Draft);
                  in.into(r.checkerId, r.checkerName);
                  r.submittedAt = OfficeClock::parseStored(in.next().toString());
                  in.into(r.reviewerId, r.reviewerName);
                  r.reviewedAt = OfficeClock::parseStored(in.next().toString());
                  in.into(r.reviewNote, r.confirmedOn, r.rectificationId, r.rectificationDeadline);
                  r.updatedAt = OfficeClock::parseStored(in.next().toString());
                  return r;
              });
    if (!row)
        return row.error();
    if (!*row)
        return Error{tr("There is no such assessment."), {}, QStringLiteral("assessment.none")};
    AssessmentRecord r = std::move(**row);
    // The category scores come from the model, when it is the rule set the assessment was scored with.
    if (r.rulesId == m_model.rules().id()) {
        if (const auto card = m_model.score(r.input))
            r.card.categories = card->categories;
    }

    const Status evidence
        = db::Query(m_db, QStringLiteral("SELECT item_key, url, note FROM assessment_evidence WHERE assessment_id = ?"))
              .bind(r.id)
              .forEach(tr("The evidence could not be read."), [&r](const QSqlQuery& q) {
                  Evidence& e = r.evidence[q.value(0).toString()];
                  e.url = q.value(1).toString();
                  e.note = q.value(2).toString();
                  return true;
              });
    if (!evidence)
        return evidence.error();
    const Status files = db::Query(m_db,
        QStringLiteral(
            "SELECT id, item_key, file_name, size FROM assessment_files WHERE assessment_id = ? ORDER BY id"))
                             .bind(r.id)
                             .forEach(tr("The evidence could not be read."), [&r](const QSqlQuery& q) {
                                 r.evidence[q.value(1).toString()].files.append(EvidenceFile{
                                     q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
                                 return true;
                             });
    if (!files)
        return files.error();
    return r;
}

Result<AssessmentRecord> AssessmentService::byId(qint64 id)
{
    return read(QStringLiteral("a.id = ?"), id);
}

Result<std::optional<AssessmentRecord>> AssessmentService::forItem(qint64 itemId)
{
    auto r = read(QStringLiteral("a.item_id = ?"), itemId);
    if (!r) {
        if (r.error().code == u"assessment.none")
            return std::optional<AssessmentRecord>();
        return r.error();
    }
    return std::optional<AssessmentRecord>(std::move(r).value());
}

Result<QList<AssessmentEvent>> AssessmentService::events(qint64 id)
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT e.at, e.account_name, coalesce((SELECT a.display_name FROM accounts a WHERE a.username = "
            "e.account_name), e.account_name), e.action, e.note FROM assessment_events e WHERE e.assessment_id "
            "= ? ORDER BY e.id"))
        .bind(id)
        .rows(tr("The history of the assessment could not be read."), [](const QSqlQuery& q) {
            return AssessmentEvent{OfficeClock::parseStored(q.value(0).toString()), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        });
}

Status AssessmentService::event(const Session& session, qint64 id, const QString& action, const QString& note)
{
    return db::Query(m_db,
        QStringLiteral(
            "INSERT INTO assessment_events (assessment_id, at, account_name, action, note) VALUES (?, ?, ?, ?, ?)"))
        .bind(id, Sql::nowUtc(), session.username, action, Sql::text(note))
        .exec(tr("The history of the assessment could not be written."));
}

Status AssessmentService::requireEditor(const Session& session, qint64 itemId, qint64* assessmentId)
{
    if (!session.can(Action::AssessSites)) {
        const QString roles = session.roles.isEmpty() ? tr("no role") : Permissions::displayNames(session.roles);
        return Error{tr("Your account (%1) may not %2.").arg(roles, Permissions::describe(Action::AssessSites)), {}};
    }
    SpotCheckService plans(m_db);
    const auto item = plans.item(itemId);
    if (!item)
        return item.error();
    if (item->removed)
        return Error{tr("%1 has left the plan: %2").arg(item->siteName, item->removedNote), {}};
    const auto plan = plans.plan(item->planId);
    if (!plan)
        return plan.error();
    if (!session.isSystem()) {
        if (item->checkerId != 0 && item->checkerId != session.accountId)
            return Error{tr("%1 is assigned to %2 for checking.").arg(item->siteName, item->checkerName), {}};
        if (item->checkerId == 0 && session.orgId != plan->orgId)
            return Error{tr("%1 has no checker yet: an inspector of %2 checks it, or the plan assigns it.")
                             .arg(item->siteName, plan->orgName),
                {}};
    }
    if (item->status == AssessmentStatus::Submitted)
        return Error{
            tr("The assessment of %1 is submitted and waits for review: it changes only if the reviewer returns it.")
                .arg(item->siteName),
            {}};
    if (item->status == AssessmentStatus::Confirmed)
        return Error{tr("The assessment of %1 is confirmed and locked.").arg(item->siteName), {}};
    if (assessmentId)
        *assessmentId = item->assessmentId;
    return {};
}

Status AssessmentService::editable(const Session& session, qint64 itemId)
{
    return requireEditor(session, itemId, nullptr);
}

Status AssessmentService::reviewable(const Session& session, qint64 id)
{
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ReviewAssessments, r->planOrgId); !s)
        return s;
    if (r->status != AssessmentStatus::Submitted)
        return Error{tr("Only a submitted assessment is confirmed or returned; this one is: %1.")
                         .arg(SpotCheckRules::displayName(r->status)),
            {}};
    if (sameChecker(session, r->checkerId, r->checkerName))
        return Error{tr("Another person reviews an assessment: you checked %1 yourself.").arg(r->siteName), {}};
    return {};
}

Result<ScoreCard> AssessmentService::preview(qint64 itemId, const AssessmentDraft& draft)
{
    const auto item = SpotCheckService(m_db).item(itemId);
    if (!item)
        return item.error();
    ScoreInput input;
    input.kind = item->kind;
    input.hasPublicServices = draft.publicServices || item->kind != SiteKind::Department;
    input.vetoes = draft.vetoes;
    input.deductions = draft.deductions;
    input.bonus = draft.bonus;
    return m_model.score(input);
}

Result<qint64> AssessmentService::save(const Session& session, qint64 itemId, const AssessmentDraft& draft)
{
    qint64 id = 0;
    if (const Status s = requireEditor(session, itemId, &id); !s)
        return s.error();
    SpotCheckService plans(m_db);
    const auto item = plans.item(itemId);
    if (!item)
        return item.error();
    const auto plan = plans.plan(item->planId);
    if (!plan)
        return plan.error();

    ScoreInput input;
    input.kind = item->kind;
    input.hasPublicServices = draft.publicServices || item->kind != SiteKind::Department;
    input.vetoes = draft.vetoes;
    input.vetoes.removeDuplicates();
    for (auto it = draft.deductions.cbegin(); it != draft.deductions.cend(); ++it) {
        if (it.value() != 0)
            input.deductions.insert(it.key(), it.value());
    }
    input.bonus = draft.bonus;
    const auto card = m_model.score(input);
    if (!card)
        return Error{tr("The assessment cannot be scored: %1").arg(card.error().message), card.error().detail};
    if (draft.summary.size() > kMaxNote)
        return Error{tr("The overall note is longer than %1 characters.").arg(kMaxNote), {}};
    for (auto it = draft.evidence.cbegin(); it != draft.evidence.cend(); ++it) {
        const QString& key = it.key();
        const bool known = (key.startsWith(QStringLiteral("veto:")) && m_model.rules().veto(key.mid(5)))
            || (key.startsWith(QStringLiteral("deduction:")) && m_model.rules().indicator(key.mid(10)));
        if (!known)
            return Error{tr("Evidence for an unknown item \"%1\".").arg(key.left(80)), {}};
        if (it->note.size() > kMaxNote || it->url.size() > 2000)
            return Error{
                tr("The evidence of an item is too long (a note holds %1 characters, an address 2000).").arg(kMaxNote),
                {}};
    }

    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        if (!plan->isLocked()) {
            // Checking has started: the plan's sites are fixed from now on.
            if (const Status s = plans.lockForChecking(session, plan->id); !s)
                return s.error();
        }
        const QString now = Sql::nowUtc();
        const QVariantList values{m_model.rules().id(), Vocabulary::key(input.kind), input.hasPublicServices ? 1 : 0,
            Sql::text(input.vetoes.join(u',')), deductionsJson(input.deductions), input.bonus, card->deductionScore,
            card->bonus, card->total, card->passed ? 1 : 0, Sql::text(draft.summary), now};
        QJsonObject before;
        if (id == 0) {
            QVariantList binds = values;
            binds << itemId << item->siteId << plan->month.toString() << Sql::nullIfZero(session.accountId)
                  << session.displayName << now;
            const auto inserted = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO assessments (rules_id, kind, public_services, vetoes, deductions, bonus_claimed, "
                    "deduction_score, bonus, total, passed, summary, updated_at, item_id, site_id, period, checker_id, "
                    "checker_name, created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "'draft')"))
                                      .bindAll(binds)
                                      .insert(tr("The assessment could not be saved."));
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            const auto old = byId(id);
            if (!old)
                return old.error();
            before = snapshot(old->input, old->card, SpotCheckRules::key(old->status));
            QVariantList binds = values;
            binds << id;
            if (const Status s = db::Query(m_db,
                    QStringLiteral("UPDATE assessments SET rules_id = ?, kind = ?, public_services = ?, vetoes = ?, "
                                   "deductions = ?, "
                                   "bonus_claimed = ?, deduction_score = ?, bonus = ?, total = ?, passed = ?, summary "
                                   "= ?, updated_at "
                                   "= ? WHERE id = ? AND status IN ('draft', 'returned')"))
                                     .bindAll(binds)
                                     .exec(tr("The assessment could not be saved."));
                !s)
                return s.error();
        }
        // The evidence as the form holds it now: what it no longer names goes (its files stay).
        if (const Status s = db::Query(m_db, QStringLiteral("DELETE FROM assessment_evidence WHERE assessment_id = ?"))
                                 .bind(id)
                                 .exec(tr("The evidence could not be saved."));
            !s)
            return s.error();
        db::Query insertEvidence(m_db,
            QStringLiteral("INSERT INTO assessment_evidence (assessment_id, item_key, url, note) VALUES (?, ?, ?, ?)"));
        for (auto it = draft.evidence.cbegin(); it != draft.evidence.cend(); ++it) {
            if (it->url.trimmed().isEmpty() && it->note.trimmed().isEmpty())
                continue;
            if (const Status s = insertEvidence.bind(id, it.key(), Sql::text(it->url), Sql::text(it->note))
                                     .exec(tr("The evidence could not be saved."));
                !s)
                return s.error();
        }
        if (const Status s = event(session, id, QStringLiteral("saved"), {}); !s)
            return s.error();
        if (const Status s
            = AuditLog::append(m_db, session, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
                QStringLiteral("assessment"), QString::number(id),
                QStringLiteral("%1 %2 %3: %4")
                    .arg(item->siteCode, item->siteName, plan->month.toString())
                    .arg(card->total),
                before,
                snapshot(input, *card, before.value(QStringLiteral("status")).toString(QStringLiteral("draft"))));
            !s)
            return s.error();
        return id;
    });
}

Status AssessmentService::submit(const Session& session, qint64 id)
{
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (const Status s = requireEditor(session, r->itemId, nullptr); !s)
        return s;
    const QStringList missing = SpotCheckRules::missingEvidence(r->input, r->evidence);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& key : missing) {
            if (key.startsWith(QStringLiteral("veto:"))) {
                const auto* v = m_model.rules().veto(key.mid(5));
                names << (v ? v->displayName() : key);
            } else {
                const auto* i = m_model.rules().indicator(key.mid(10));
                names << (i ? i->displayName() : key);
            }
        }
        return Error{
            tr("Every veto item and deduction needs its evidence (a note, and an address or a file) before the "
               "assessment is submitted. Missing: %1.")
                .arg(names.join(tr(", "))),
            {}, QStringLiteral("assessment.evidence")};
    }
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = db::Query(m_db,
                QStringLiteral(
                    "UPDATE assessments SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ? AND "
                    "status IN ('draft', 'returned')"))
                                 .bind(Sql::nowUtc(), Sql::nowUtc(), id)
                                 .exec(tr("The assessment could not be submitted."));
            !s)
            return s;
        if (const Status s = event(session, id, QStringLiteral("submitted"), {}); !s)
            return s;
        return AuditLog::append(m_db, session, QStringLiteral("submit"), QStringLiteral("assessment"),
            QString::number(id), QStringLiteral("%1 %2 %3").arg(r->siteCode, r->siteName, r->period.toString()),
            {{QStringLiteral("status"), SpotCheckRules::key(r->status)}},
            {{QStringLiteral("status"), QStringLiteral("submitted")}});
    });
}

Status AssessmentService::returnToChecker(const Session& session, qint64 id, const QString& reason)
{
    if (const Status s = reviewable(session, id); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the assessment goes back to its checker."), {}};
    if (reason.size() > kMaxNote)
        return Error{tr("The reason is longer than %1 characters.").arg(kMaxNote), {}};
    const auto r = byId(id);
    if (!r)
        return r.error();
    return db::inTransaction(m_db, [&]() -> Status {
        const QString now = Sql::nowUtc();
        if (const Status s
            = db::Query(m_db,
                QStringLiteral(
                    "UPDATE assessments SET status = 'returned', reviewer_id = ?, reviewer_name = ?, reviewed_at = ?, "
                    "review_note = ?, updated_at = ? WHERE id = ? AND status = 'submitted'"))
                  .bind(Sql::nullIfZero(session.accountId), session.displayName, now, reason.trimmed(), now, id)
                  .exec(tr("The assessment could not be returned."));
            !s)
            return s;
        if (const Status s = event(session, id, QStringLiteral("returned"), reason); !s)
            return s;
        return AuditLog::append(m_db, session, QStringLiteral("return"), QStringLiteral("assessment"),
            QString::number(id),
            QStringLiteral("%1 %2 %3: %4").arg(r->siteCode, r->siteName, r->period.toString(), reason.trimmed()),
            {{QStringLiteral("status"), QStringLiteral("submitted")}},
            {{QStringLiteral("status"), QStringLiteral("returned")}});
    });
}

Status AssessmentService::confirm(
    const Session& session, qint64 id, const QString& note, const QDate& deadline, const QDate& today)
{
    if (const Status s = reviewable(session, id); !s)
        return s;
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (note.size() > kMaxNote)
        return Error{tr("The note is longer than %1 characters.").arg(kMaxNote), {}};
    // The score is what the model says for the stored input now: the form showed the same.
    const auto card = m_model.score(r->input);
    if (!card)
        return Error{tr("The assessment cannot be scored: %1").arg(card.error().message), card.error().detail};
    const bool fails = SpotCheckRules::fails(*card);
    if (fails && (!deadline.isValid() || deadline < today))
        return Error{tr("%1 fails the spot check: set the rectification deadline, today or later.").arg(r->siteName),
            {}, QStringLiteral("assessment.deadline")};

    return db::inTransaction(m_db, [&]() -> Status {
        qint64 rectificationId = 0;
        if (fails) {
            const QString problem = tr("Spot check %1 by %2 (score %3): %4")
                                        .arg(r->period.toString(), r->planOrgName)
                                        .arg(card->total, 0, 'f', 2)
                                        .arg(SpotCheckRules::problems(m_model.rules(), r->input, *card));
            const auto opened = RectificationService(m_db).open(
                session, r->siteId, RectificationSource::SpotCheck, QString(), problem, deadline, today);
            if (!opened)
                return opened.error();
            rectificationId = *opened;
        }
        const QString now = Sql::nowUtc();
        if (const Status s = db::Query(m_db,
                QStringLiteral(
                    "UPDATE assessments SET status = 'confirmed', reviewer_id = ?, reviewer_name = ?, reviewed_at = ?, "
                    "review_note = ?, confirmed_on = ?, rectification_id = ?, rules_id = ?, deduction_score = ?, bonus "
                    "= "
                    "?, total = ?, passed = ?, updated_at = ? WHERE id = ? AND status = 'submitted'"))
                                 .bind(Sql::nullIfZero(session.accountId), session.displayName, now, Sql::text(note),
                                     Sql::date(today), Sql::nullIfZero(rectificationId), card->rulesId,
                                     card->deductionScore, card->bonus, card->total, card->passed ? 1 : 0, now, id)
                                 .exec(tr("The assessment could not be confirmed."));
            !s)
            return s;
        if (const Status s = AssessmentOutbox(m_db).enqueue(id, OfficeClock::nowUtc()); !s)
            return s;
        if (const Status s = event(session, id, QStringLiteral("confirmed"), note); !s)
            return s;
        QJsonObject after{{QStringLiteral("status"), QStringLiteral("confirmed")},
            {QStringLiteral("total"), card->total}, {QStringLiteral("passed"), card->passed}};
        if (fails)
            after.insert(QStringLiteral("rectification_id"), rectificationId);
        return AuditLog::append(m_db, session, QStringLiteral("confirm"), QStringLiteral("assessment"),
            QString::number(id),
            QStringLiteral("%1 %2 %3: %4%5")
                .arg(r->siteCode, r->siteName, r->period.toString())
                .arg(card->total)
                .arg(fails ? QStringLiteral(" (failed)") : QString()),
            {{QStringLiteral("status"), QStringLiteral("submitted")}}, after);
    });
}

Result<qint64> AssessmentService::addFile(
    const Session& session, qint64 id, const QString& itemKey, const QString& path)
{
    const auto content = UserFile::readAll(path, kMaxFileBytes);
    if (!content) {
        if (content.error().code == u"file.large")
            return Error{tr("The file %1 is larger than %2 MiB, the most one piece of evidence may be.")
                             .arg(QFileInfo(path).fileName())
                             .arg(kMaxFileBytes / 1048576),
                {}};
        return content.error();
    }
    return addFileContent(session, id, itemKey, QFileInfo(path).fileName(), *content);
}

Result<qint64> AssessmentService::addFileContent(
    const Session& session, qint64 id, const QString& itemKey, const QString& fileName, const QByteArray& content)
{
    const auto r = byId(id);
    if (!r)
        return r.error();
    if (const Status s = requireEditor(session, r->itemId, nullptr); !s)
        return s.error();
    const bool known = (itemKey.startsWith(QStringLiteral("veto:")) && m_model.rules().veto(itemKey.mid(5)))
        || (itemKey.startsWith(QStringLiteral("deduction:")) && m_model.rules().indicator(itemKey.mid(10)));
    if (!known)
        return Error{tr("Evidence for an unknown item \"%1\".").arg(itemKey.left(80)), {}};
    if (content.isEmpty())
        return Error{tr("The file %1 is empty.").arg(fileName), {}};
    if (content.size() > kMaxFileBytes)
        return Error{tr("The file %1 is larger than %2 MiB, the most one piece of evidence may be.")
                         .arg(fileName)
                         .arg(kMaxFileBytes / 1048576),
            {}};
    const QString name = QFileInfo(fileName).fileName().left(200);
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const auto inserted = db::Query(m_db,
            QStringLiteral("INSERT INTO assessment_files (assessment_id, item_key, file_name, size, sha256, content, "
                           "added_by_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
                                  .bind(id, itemKey, name, qint64(content.size()), sha, content, session.displayName,
                                      Sql::nowUtc())
                                  .insert(tr("The file could not be stored with the assessment."));
        if (!inserted)
            return inserted.error();
        const qint64 fileId = *inserted;
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("add_file"), QStringLiteral("assessment"),
                QString::number(id),
                QStringLiteral("%1: %2 (%3 bytes, sha256 %4)").arg(itemKey, name).arg(content.size()).arg(sha));
            !s)
            return s.error();
        return fileId;
    });
}

Status AssessmentService::removeFile(const Session& session, qint64 fileId)
{
    const auto owner = db::Query(m_db, QStringLiteral("SELECT assessment_id FROM assessment_files WHERE id = ?"))
                           .bind(fileId)
                           .single<qint64>(tr("The file could not be read."), tr("There is no such file."));
    if (!owner)
        return owner.error();
    const auto r = byId(*owner);
    if (!r)
        return r.error();
    if (const Status s = requireEditor(session, r->itemId, nullptr); !s)
        return s;
    QString name;
    if (const auto content = fileContent(fileId, &name); !content)
        return content.error();
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = db::Query(m_db, QStringLiteral("DELETE FROM assessment_files WHERE id = ?"))
                                 .bind(fileId)
                                 .exec(tr("The file could not be removed."));
            !s)
            return s;
        return AuditLog::append(
            m_db, session, QStringLiteral("remove_file"), QStringLiteral("assessment"), QString::number(r->id), name);
    });
}

Result<QByteArray> AssessmentService::fileContent(qint64 fileId, QString* fileName)
{
    const auto file
        = db::Query(m_db, QStringLiteral("SELECT file_name, content FROM assessment_files WHERE id = ?"))
              .bind(fileId)
              .single(tr("The file could not be read."), tr("There is no such file."),
                  [](const QSqlQuery& q) { return std::pair(q.value(0).toString(), q.value(1).toByteArray()); });
    if (!file)
        return file.error();
    if (fileName)
        *fileName = file->first;
    return file->second;
}

} // namespace sitegov
