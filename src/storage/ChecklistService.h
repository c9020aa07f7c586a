#pragma once

#include "core/Checklist.h"
#include "storage/Session.h"

#include <QSqlDatabase>

namespace sitegov {

// The daily checklist in force and its earlier versions. Until an administrator saves one, the
// built-in list is in force; it is stored as a version the first time an inspection needs it.
class ChecklistService final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistService)

public:
    explicit ChecklistService(QSqlDatabase db);

    Result<Checklist> current();
    Result<Checklist> version(qint64 id);
    // The version id of the list in force, storing the built-in list first if needed (call inside
    // the transaction that records the inspection).
    Result<qint64> currentVersionId(const Session& session);
    // Replaces the list in force (administrators): a new version, audited.
    Result<qint64> save(const Session& session, const Checklist& checklist);

    // A checklist (JSON) from a file a user chose, read only after UserFile's checks (an ordinary
    // file, not the database `databasePath` or one this program has open, nor their working files)
    // and only up to 1 MiB.
    static Result<Checklist> readFile(const QString& path, const QString& databasePath = {});

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
