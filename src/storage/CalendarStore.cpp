#include "storage/CalendarStore.h"

#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/UserFile.h"

#include <QDir>

namespace sitegov {

CalendarStore::CalendarStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<WorkCalendar> CalendarStore::calendar()
{
    WorkCalendar c = WorkCalendar::shipped();
    const auto stored = db::Query(m_db, QStringLiteral("SELECT data FROM calendar_years ORDER BY year"))
                            .column<QString>(tr("The working-day calendar could not be read."));
    if (!stored)
        return stored.error();
    for (const QString& data : *stored) {
        // Checked when it was imported.
        if (const auto year = WorkCalendar::parse(data.toUtf8()))
            c.setYear(*year);
    }
    return c;
}

Result<QList<CalendarStore::YearInfo>> CalendarStore::years()
{
    const auto c = calendar();
    if (!c)
        return c.error();
    const auto stored = db::Query(m_db, QStringLiteral("SELECT year, imported_by, imported_at FROM calendar_years"))
                            .rows(tr("The working-day calendar could not be read."), [](const QSqlQuery& q) {
                                return std::make_tuple(q.value(0).toInt(), q.value(1).toString(), q.value(2).toString());
                            });
    if (!stored)
        return stored.error();
    QList<YearInfo> out;
    for (const int y : c->years()) {
        const CalendarYear year = c->year(y);
        YearInfo info{y, year.source, false, {}, {}, int(year.holidays.size()), int(year.workdays.size())};
        for (const auto& [sy, by, at] : *stored) {
            if (sy == y) {
                info.imported = true;
                info.importedBy = by;
                info.importedAt = at;
            }
        }
        out << info;
    }
    return out;
}

Result<int> CalendarStore::importYear(const Session& session, const QByteArray& json)
{
    if (const Status s = Authorizer::require(m_db, session, Action::ManageSettings); !s)
        return s.error();
    const auto year = WorkCalendar::parse(json);
    if (!year)
        return year.error();
    return db::inTransaction(m_db, [&]() -> Result<int> {
        if (const Status s
            = db::Query(m_db,
                QStringLiteral("INSERT INTO calendar_years (year, source, data, imported_at, imported_by) VALUES (?, ?, "
                               "?, ?, ?) ON CONFLICT (year) DO UPDATE SET source = excluded.source, data = "
                               "excluded.data, imported_at = excluded.imported_at, imported_by = excluded.imported_by"))
                  .bind(year->year, year->source, QString::fromUtf8(WorkCalendar::toJson(*year)), Sql::nowUtc(),
                      session.username)
                  .exec(tr("The working-day calendar could not be saved."));
            !s)
            return s.error();
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("import"), QStringLiteral("calendar"),
                QString::number(year->year),
                QStringLiteral("%1: %2 holidays, %3 worked weekend days (%4)")
                    .arg(year->year)
                    .arg(year->holidays.size())
                    .arg(year->workdays.size())
                    .arg(year->source));
            !s)
            return s.error();
        return year->year;
    });
}

Result<int> CalendarStore::importFile(const Session& session, const QString& path, const QString& databasePath)
{
    // The permission first: a reader without the right hears that, not what is wrong with the file.
    if (const Status s = Authorizer::require(m_db, session, Action::ManageSettings); !s)
        return s.error();
    const auto bytes = UserFile::readAll(path, qint64(1) << 20, databasePath);
    if (!bytes) {
        if (bytes.error().code == u"file.large")
            return Error{
                tr("%1 is larger than 1 MiB: it is not a working-day calendar.").arg(QDir::toNativeSeparators(path)),
                {}};
        return bytes.error();
    }
    return importYear(session, *bytes);
}

} // namespace sitegov
