#pragma once

#include "core/Domain.h"
#include "core/Inspection.h"
#include "storage/Session.h"

#include <QSqlDatabase>

namespace sitegov {

struct InspectionInput
{
    qint64 siteId = 0;
    QDate day; // the office's day it is for; empty: today
    Outcomes outcomes;
    QString note;
    QString reason; // required for a correction (another's inspection, a past day)
    // An inspection recorded elsewhere: the version of the checklist it was made with (0: the list
    // in force). An edit keeps the inspection's own version.
    qint64 checklistVersion = 0;
};

struct InspectionRecord
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteName;
    QDate day;
    QString inspector;
    qint64 accountId = 0;
    qint64 checklistId = 0;
    Outcomes outcomes;
    QString note;
    int failed = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime correctedAt;
    QString correctedBy;
    QString correctionReason;
};

// What saving an inspection did.
struct InspectionSaved
{
    qint64 inspectionId = 0;
    bool created = false;
    bool correction = false;
    QList<qint64> openedRectifications; // new rectification items for its failures
    QList<qint64> recheckable;          // the site's open items whose checklist item now passed
};

// What saving an inspection needs of its site.
struct InspectedSite
{
    qint64 id = 0;
    QString code;
    QString name;
    SiteStatus status = SiteStatus::Planned;
    qint64 hostOrgId = 0;
    QDate openedOn;
    QDate closedOn;
};

// Logs daily inspections. One inspection per site, day and inspector; its author may change it on
// its day, anyone else (or the author later) only as an audited correction with a reason. Each
// failed item opens a rectification item on the site (or adds to the one already open for it);
// everything lands in one transaction with its audit records.
class InspectionService final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionService)

public:
    explicit InspectionService(QSqlDatabase db);

    // A new inspection for the session's user, or a change to their existing one for that day.
    Result<InspectionSaved> log(const Session& session, const InspectionInput& input, const QDate& today);
    // Changes an existing inspection (an edit by its author on its day, else a correction).
    Result<InspectionSaved> change(const Session& session, qint64 inspectionId, const Outcomes& outcomes,
        const QString& note, const QString& reason, const QDate& today);

    Result<InspectionRecord> byId(qint64 inspectionId);
    // The inspection of a site on a day by an inspector (id 0 when there is none).
    Result<InspectionRecord> find(qint64 siteId, const QDate& day, const QString& inspector);
    // Whether the session's change to this inspection would be an edit or a correction.
    EditKind editKind(const Session& session, const InspectionRecord& record, const QDate& today) const;

    // Inspections recorded elsewhere (sitegovctl inspection import): `inspector` is who inspected;
    // the import's own account is the actor in the audit trail. Refuses a duplicate.
    // `site`, when given, is what the caller read of input.siteId inside the same transaction (code,
    // name, status, host unit, opening and closing days): an import reads each site once for its
    // own checks and hands it on instead of the service reading it again for every row.
    Result<InspectionSaved> record(const Session& actor, const InspectionInput& input, const QString& inspector,
        qint64 inspectorAccountId, const QDate& today, const InspectedSite* site = nullptr);

private:
    Result<InspectionSaved> write(const Session& session, const InspectionInput& input, const QString& inspector,
        qint64 accountId, const InspectionRecord* existing, bool correction, const QDate& today,
        const InspectedSite* knownSite = nullptr);

    QSqlDatabase m_db;
};

} // namespace sitegov
