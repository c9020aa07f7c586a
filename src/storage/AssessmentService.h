#pragma once

#include "core/Period.h"
#include "core/ScoringModel.h"
#include "core/SpotCheck.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace sitegov {

// What a checker enters: the scoring input (the site's kind is the registry's), an overall note,
// and the evidence per veto item and deduction (files are added one by one with addFile()).
struct AssessmentDraft
{
    bool publicServices = true;
    QStringList vetoes;
    QMap<QString, double> deductions;
    double bonus = 0;
    QString summary;
    QMap<QString, Evidence> evidence; // by SpotCheckRules::vetoKey() / deductionKey(); files are ignored here
};

struct AssessmentRecord
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 planId = 0;
    qint64 planOrgId = 0;
    QString planOrgName;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString siteUrl;
    qint64 hostOrgId = 0;
    QString hostUnit;
    Period period;
    QString rulesId;
    ScoreInput input;
    ScoreCard card;
    QString summary;
    AssessmentStatus status = AssessmentStatus::Draft;
    qint64 checkerId = 0;
    QString checkerName;
    QDateTime submittedAt;
    qint64 reviewerId = 0;
    QString reviewerName;
    QDateTime reviewedAt;
    QString reviewNote;
    QDate confirmedOn;
    qint64 rectificationId = 0;
    QDate rectificationDeadline;
    QDateTime updatedAt;
    QMap<QString, Evidence> evidence;
};

struct AssessmentEvent
{
    QDateTime at;
    QString accountName;
    QString personName;
    QString action; // saved, submitted, returned, confirmed
    QString note;
};

// Spot-check assessments (docs/design/domain.md, "Spot checks"): scored with the rule set in force by
// core/ScoringModel, the same code the backend scores with; two people: the checker saves and
// submits, a reviewer of the office confirms or returns. Confirming a failing site opens a
// rectification item with the deadline the reviewer sets, and a confirmed assessment waits in the
// outbox (AssessmentOutbox) until the backend has it. A confirmed assessment is locked (also by a
// trigger). Every step is audited in its transaction.
class AssessmentService final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)

public:
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;
    static constexpr int kMaxNote = 4000;

    explicit AssessmentService(QSqlDatabase db);
    AssessmentService(QSqlDatabase db, const ScoringModel& model);

    const ScoringModel& model() const { return m_model; }

    Result<AssessmentRecord> byId(qint64 id);
    Result<std::optional<AssessmentRecord>> forItem(qint64 itemId);
    Result<QList<AssessmentEvent>> events(qint64 id);

    // The score `draft` gets for the site of the plan item (what the form shows as it is typed).
    Result<ScoreCard> preview(qint64 itemId, const AssessmentDraft& draft);

    // Saves the checker's work on a planned site (its assigned checker, or an inspector of the office
    // while it has none): a new assessment, or a draft or returned one. The plan is locked by it.
    Result<qint64> save(const Session& session, qint64 itemId, const AssessmentDraft& draft);
    // Submits it for review: every veto item and deduction must carry its evidence.
    Status submit(const Session& session, qint64 id);
    // A reviewer of the office (not the checker) returns it to the checker, saying why.
    Status returnToChecker(const Session& session, qint64 id, const QString& reason);
    // A reviewer of the office (not the checker) confirms it; a failing site opens a rectification
    // item due on `deadline`. It is queued for the backend.
    Status confirm(const Session& session, qint64 id, const QString& note, const QDate& deadline, const QDate& today);

    // Evidence files, stored with the assessment.
    Result<qint64> addFile(const Session& session, qint64 id, const QString& itemKey, const QString& path);
    Result<qint64> addFileContent(
        const Session& session, qint64 id, const QString& itemKey, const QString& fileName, const QByteArray& content);
    Status removeFile(const Session& session, qint64 fileId);
    Result<QByteArray> fileContent(qint64 fileId, QString* fileName = nullptr);

    // Whether `session` may edit the assessment of the item (the checker's side), with the reason.
    Status editable(const Session& session, qint64 itemId);
    // Whether `session` may confirm or return the assessment (the reviewer's side), with the reason.
    Status reviewable(const Session& session, qint64 id);

private:
    Result<AssessmentRecord> read(const QString& where, const QVariant& key);
    Status event(const Session& session, qint64 id, const QString& action, const QString& note);
    Result<ScoreCard> score(const AssessmentRecord& record) const;
    Status requireEditor(const Session& session, qint64 itemId, qint64* assessmentId);

    QSqlDatabase m_db;
    ScoringModel m_model;
};

} // namespace sitegov
