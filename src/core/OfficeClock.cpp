#include "core/OfficeClock.h"

#include <QMutex>

namespace sitegov {

namespace {
QMutex s_clockMutex;
QTimeZone s_zone;
QDateTime s_testNow;
} // namespace

QTimeZone OfficeClock::defaultZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

void OfficeClock::setZone(const QTimeZone& zone)
{
    const QMutexLocker lock(&s_clockMutex);
    s_zone = zone;
}

QTimeZone OfficeClock::zone()
{
    const QMutexLocker lock(&s_clockMutex);
    return s_zone.isValid() ? s_zone : defaultZone();
}

QDateTime OfficeClock::nowUtc()
{
    const QMutexLocker lock(&s_clockMutex);
    return s_testNow.isValid() ? s_testNow.toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime OfficeClock::now()
{
    return nowUtc().toTimeZone(zone());
}

QDate OfficeClock::today()
{
    return today(zone(), nowUtc());
}

QDate OfficeClock::today(const QTimeZone& zone, const QDateTime& nowUtc)
{
    const QTimeZone z = zone.isValid() ? zone : defaultZone();
    return nowUtc.toTimeZone(z).date();
}

QString OfficeClock::stamp()
{
    return nowUtc().toString(Qt::ISODate);
}

QString OfficeClock::stampMs()
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime OfficeClock::toOffice(const QDateTime& moment)
{
    return moment.isValid() ? moment.toTimeZone(zone()) : QDateTime();
}

QString OfficeClock::format(const QDateTime& moment, const QString& pattern)
{
    return moment.isValid() ? toOffice(moment).toString(pattern) : QString();
}

QDateTime OfficeClock::parseStored(const QString& stored)
{
    QDateTime t = QDateTime::fromString(stored.trimmed(), Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t;
}

QString OfficeClock::format(const QString& stored, const QString& pattern)
{
    return format(parseStored(stored), pattern);
}

QDateTime OfficeClock::startOfDay(const QDate& day)
{
    return day.isValid() ? QDateTime(day, QTime(0, 0), zone()).toUTC() : QDateTime();
}

void OfficeClock::setNowForTests(const QDateTime& nowUtc)
{
    const QMutexLocker lock(&s_clockMutex);
    s_testNow = nowUtc;
}

} // namespace sitegov
