#pragma once

#include "core/Inspection.h"
#include "storage/Session.h"

#include <QSqlDatabase>

namespace sitegov {

struct RectificationRecord
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteName;
    qint64 unitId = 0;
    QString unitName;
    RectificationSource source = RectificationSource::Inspection;
    qint64 inspectionId = 0;
    QString itemKey;
    QString problem;
    QDate openedOn;
    QDate deadline;
    RectificationStatus status = RectificationStatus::Open;
    QString openedBy;     // the login
    QString openedByName; // the account's name, or the login when no account has it
    QDate fixedOn;
    QString fixedBy;
    QDate recheckedOn;
    QString recheckedBy;
    QDate closedOn;
    QString closedBy;
};

struct RectificationEvent
{
    QDateTime at;
    QString accountName;
    QString action; // open, failed_again, fixed, rechecked, reopened, closed
    QString fromStatus;
    QString toStatus;
    QString note;
    QString personName; // the account's name, or accountName when no account has it
};

// Rectification items (整改): opened from a failed inspection item, a spot check, an error report or
// by hand; the responsible unit reports them fixed, an inspector re-checks them, and they close.
// Every step records who did it and when, with an audit record in the same transaction.
class RectificationService final
{
    Q_DECLARE_TR_FUNCTIONS(RectificationService)

public:
    explicit RectificationService(QSqlDatabase db);

    Result<qint64> open(const Session& session, qint64 siteId, RectificationSource source, const QString& itemKey,
        const QString& problem, const QDate& deadline, const QDate& today, qint64 inspectionId = 0);
    // The unit reports it fixed.
    Status markFixed(const Session& session, qint64 id, const QString& note, const QDate& today);
    // An inspector looks again: passed -> re-checked; not passed -> open again.
    Status recheck(const Session& session, qint64 id, bool passed, const QString& note, const QDate& today);
    // Closes a re-checked item; an open or fixed one only with a reason (withdrawn, a duplicate).
    Status close(const Session& session, qint64 id, const QString& note, const QDate& today);

    Result<RectificationRecord> byId(qint64 id);
    Result<QList<RectificationEvent>> events(qint64 id);
    // The site's items not yet re-checked or closed, for a checklist item (or all when empty).
    Result<QList<RectificationRecord>> unresolved(qint64 siteId, const QString& itemKey = {});

    // Used by InspectionService inside its transaction: a failed item opens an item, or adds to the
    // one still unresolved for the same site and checklist item. Returns the new item's id, or 0.
    Result<qint64> fromFailure(const Session& session, qint64 siteId, qint64 inspectionId, const QString& itemKey,
        const QString& note, const QDate& day, int deadlineDays);
    // An inspection was corrected and no longer fails the item: an item it opened that nobody has
    // worked on yet is closed.
    Status withdrawFromInspection(const Session& session, qint64 inspectionId, const QString& itemKey, const QDate& today);

private:
    Status transition(const Session& session, qint64 id, RectificationStatus to, const QString& action,
        const QString& note, const QDate& today, Action permission);
    Status event(const Session& session, qint64 id, const QString& action, const QString& from, const QString& to,
        const QString& note);

    QSqlDatabase m_db;
};

} // namespace sitegov
