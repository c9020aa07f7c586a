#include "core/RepostRules.h"

#include <QRegularExpression>

namespace sitegov {

QString RepostRules::normalise(const QString& title)
{
    const QString folded = title.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isPunct() || c.isSymbol() || c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        out += c;
    }
    return out;
}

bool RepostRules::lineMatches(const QString& line, const QString& titleKey)
{
    return titleKey.size() >= kMinTitleKey && normalise(line).contains(titleKey);
}

int RepostRules::delayMinutes(const QDateTime& publishedAt, const QDateTime& foundAt)
{
    const qint64 seconds = publishedAt.secsTo(foundAt);
    return seconds <= 0 ? 0 : int(seconds / 60);
}

RepostState RepostRules::state(const QDateTime& publishedAt, std::optional<int> delay, const QDateTime& now)
{
    if (delay)
        return *delay <= kOnTimeMinutes ? RepostState::OnTime : RepostState::Late;
    return publishedAt.secsTo(now) > qint64(kOnTimeMinutes) * 60 ? RepostState::Missing : RepostState::Pending;
}

QString RepostRules::key(RepostState state)
{
    switch (state) {
    case RepostState::OnTime:
        return QStringLiteral("on_time");
    case RepostState::Late:
        return QStringLiteral("late");
    case RepostState::Pending:
        return QStringLiteral("pending");
    case RepostState::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString RepostRules::displayName(RepostState state)
{
    switch (state) {
    case RepostState::OnTime:
        return tr("Within 8 hours");
    case RepostState::Late:
        return tr("Late");
    case RepostState::Pending:
        return tr("Not yet (within 8 hours)");
    case RepostState::Missing:
        return tr("Not yet, overdue");
    }
    return {};
}

QString RepostRules::lateness(int delayMinutes)
{
    const int late = std::max(0, delayMinutes - kOnTimeMinutes);
    if (late >= 60)
        return tr("%1 h %2 min late").arg(late / 60).arg(late % 60);
    return tr("%1 min late").arg(late);
}

QDateTime RepostRules::parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：时](\d{2})分?(?:[:：](\d{2})(?:\.\d+)?)?)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime t = m.captured(4).isEmpty()
        ? QTime(0, 0)
        : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t);
}

} // namespace sitegov
