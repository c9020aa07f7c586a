#include "core/DivisionCode.h"

namespace sitegov {

bool DivisionCode::isValid(QStringView code)
{
    if (code.size() != 6)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString DivisionCode::regionPrefix(QStringView code)
{
    if (!isValid(code))
        return {};
    QStringView prefix = code;
    while (prefix.size() > 2 && prefix.endsWith(u"00"))
        prefix.chop(2);
    return prefix.toString();
}

bool DivisionCode::contains(QStringView region, QStringView code)
{
    const QString prefix = regionPrefix(region);
    return !prefix.isEmpty() && isValid(code) && code.startsWith(prefix);
}

QString DivisionCode::cityRegion(QStringView code)
{
    if (!isValid(code))
        return {};
    return code.left(4).toString() + QStringLiteral("00");
}

} // namespace sitegov
