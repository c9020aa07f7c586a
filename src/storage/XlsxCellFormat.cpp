#include "storage/XlsxCellFormat.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace sitegov {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "_xHHHH_" at i.
bool escapeAt(const QString& text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
        return false;
    for (qsizetype k = 2; k < 6; ++k) {
        if (!isHex(text.at(k + i)))
            return false;
    }
    return true;
}

} // namespace

QString XlsxCellFormat::numberText(QStringView stored)
{
    const QString trimmed = stored.trimmed().toString();
    bool ok = false;
    const double d = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return stored.toString();
    if (d == 0)
        return QStringLiteral("0");
    const double a = std::abs(d);
    if (std::floor(d) == d && a < 1e15)
        return QString::number(qint64(d));
    // Fifteen significant digits, as Excel keeps and shows.
    const QString g = QString::number(d, 'g', 15);
    const qsizetype e = g.indexOf(u'e');
    if (e < 0 || a < 1e-9 || a >= 1e21)
        return g;
    // Written out in full: 1.23e+20 -> 123000000000000000000, 1.5e-07 -> 0.00000015.
    const bool negative = g.startsWith(u'-');
    const QString mantissa = g.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    const int exponent = g.mid(e + 1).toInt();
    const qsizetype point = mantissa.indexOf(u'.');
    QString digits = mantissa;
    digits.remove(u'.');
    const qsizetype newPoint = (point < 0 ? mantissa.size() : point) + exponent;
    QString out;
    if (newPoint <= 0)
        out = QStringLiteral("0.") + QString(-newPoint, u'0') + digits;
    else if (newPoint >= digits.size())
        out = digits + QString(newPoint - digits.size(), u'0');
    else
        out = digits.left(newPoint) + u'.' + digits.mid(newPoint);
    return negative ? u'-' + out : out;
}

QString XlsxCellFormat::dateText(QStringView stored, bool date1904)
{
    bool ok = false;
    const double serial = stored.trimmed().toString().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return numberText(stored);
    // Round to the second: Excel stores 12:00:00 as 0.49999999999 now and then.
    const qint64 seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    const QTime time = QTime(0, 0).addSecs(secondOfDay);
    if (days == 0 && !date1904 && secondOfDay != 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel keeps
    } else if (days == 0) {
        date = QStringLiteral("1900-01-00");
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (secondOfDay == 0)
        return date;
    return date + u' ' + time.toString(QStringLiteral("HH:mm:ss"));
}

bool XlsxCellFormat::isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool XlsxCellFormat::isDateFormat(int numFmtId, QStringView code)
{
    if (code.isEmpty())
        return isBuiltInDateFormat(numFmtId);
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    // Only the first section (positive numbers) decides.
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (bracket) {
            if (c == u']')
                bracket = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted = true;
            break;
        case u'[': {
            // [h], [mm] and [ss] are elapsed times; [Red], [$-804] and the like are not.
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inner = close > i ? code.sliced(i + 1, close - i - 1) : QStringView();
            if (!inner.isEmpty()) {
                bool time = true;
                for (QChar k : inner)
                    time = time && (k == u'h' || k == u'H' || k == u'm' || k == u'M' || k == u's' || k == u'S');
                if (time)
                    return true;
            }
            bracket = true;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i; // escaped or padding character
            break;
        case u';':
            return false;
        case u'y':
        case u'Y':
        case u'm':
        case u'M':
        case u'd':
        case u'D':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

QString XlsxCellFormat::unescape(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (escapeAt(text, i)) {
            out.append(QChar(char16_t(text.sliced(i + 2, 4).toUShort(nullptr, 16))));
            i += 7;
        } else {
            out.append(text.at(i));
            ++i;
        }
    }
    return out;
}

QString XlsxCellFormat::escape(const QString& text)
{
    QString out;
    bool changed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\t' && c != u'\n') || c == 0xFFFE || c == 0xFFFF;
        const bool lookalike = c == u'_' && escapeAt(text, i);
        if (control || lookalike) {
            if (!changed) {
                out = text.left(i);
                changed = true;
            }
            out += QLatin1String("_x") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper() + u'_';
        } else if (changed) {
            out.append(QChar(c));
        }
    }
    return changed ? out : text;
}

} // namespace sitegov
