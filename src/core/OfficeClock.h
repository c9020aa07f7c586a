#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sitegov {

// The one clock of SiteGov. Every "today" and "now" in the programs comes from here, and every
// time shown to a person is put into the office's time zone here (Asia/Shanghai unless configured),
// whatever the machine's own zone: inspections are for a day, deadlines fall on days, and a request
// filed at 01:30 in Fuzhou was filed on that day in Fuzhou (docs/design/domain.md, "Days and times").
// Moments are stored as UTC text (ISO 8601 with a Z); days as the office's calendar days.
//
// Tests pin the clock with setNowForTests(); elapsed-time measurements (QElapsedTimer, deadlines of
// a network call) are not "now" and do not go through it.
class OfficeClock final
{
public:
    static QTimeZone defaultZone(); // Asia/Shanghai
    static void setZone(const QTimeZone& zone);
    static QTimeZone zone(); // the configured zone, else the default one

    // The current moment: the real one, or the one a test pinned.
    static QDateTime nowUtc();
    static QDateTime now(); // nowUtc() in the office's zone
    static QDate today(); // the office's calendar day now
    // The calendar day of `zone` (the default one when invalid) at the moment `nowUtc`.
    static QDate today(const QTimeZone& zone, const QDateTime& nowUtc);

    // The current moment as stored: "2026-11-28T12:00:00Z", or with milliseconds
    // ("2026-11-28T12:00:00.123Z") where two records of one second must keep their order.
    static QString stamp();
    static QString stampMs();

    // A moment in the office's zone (an invalid one stays invalid).
    static QDateTime toOffice(const QDateTime& moment);
    // A moment as a person reads it: in the office's zone, by a QDateTime format pattern such as
    // "yyyy-MM-dd HH:mm"; empty for an invalid moment.
    static QString format(const QDateTime& moment, const QString& pattern);
    // The same for a stored moment (ISO 8601 text, with or without milliseconds; text without an
    // offset is UTC, as the programs store it); empty when the text is not a moment.
    static QString format(const QString& stored, const QString& pattern);
    static QDateTime parseStored(const QString& stored);
    // The moment (UTC) the office's calendar day `day` begins: filters by day compare stored moments with it.
    static QDateTime startOfDay(const QDate& day);

    // Tests: pretend it is this moment from now on (an invalid QDateTime goes back to the real clock).
    static void setNowForTests(const QDateTime& nowUtc);
};

} // namespace sitegov
