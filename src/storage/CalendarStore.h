#pragma once

#include "core/WorkCalendar.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// The working-day calendar in force: the years shipped with the program (resources/calendar),
// each replaced by the year the office imported into the database, if it did.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    struct YearInfo
    {
        int year = 0;
        QString source;
        bool imported = false; // false: the shipped file
        QString importedBy;
        QString importedAt;
        int holidays = 0;
        int workdays = 0;
    };

    explicit CalendarStore(QSqlDatabase db);

    Result<WorkCalendar> calendar();
    Result<QList<YearInfo>> years();
    // Checks the file (WorkCalendar::parse) and keeps it as the year's arrangement, audited; needs
    // the right to change database-wide settings. Returns the year.
    Result<int> importYear(const Session& session, const QByteArray& json);
    // importYear() of the file at `path` (an ordinary file of at most 1 MiB, never the database
    // `databasePath` or its working files: UserFile): what `sitegovctl calendar import` and the
    // console's Error reports page import. Nothing changes when the file is refused.
    Result<int> importFile(const Session& session, const QString& path, const QString& databasePath);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
