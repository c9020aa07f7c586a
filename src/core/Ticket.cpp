#include "core/Ticket.h"

namespace sitegov {

QList<TicketKind> TicketRules::kinds()
{
    return {TicketKind::Late, TicketKind::Inaccurate, TicketKind::Unanswered, TicketKind::Unusable};
}

QString TicketRules::key(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Late:
        return QStringLiteral("late");
    case TicketKind::Inaccurate:
        return QStringLiteral("inaccurate");
    case TicketKind::Unanswered:
        return QStringLiteral("unanswered");
    case TicketKind::Unusable:
        return QStringLiteral("unusable");
    }
    return {};
}

QString TicketRules::chinese(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Late:
        return QStringLiteral("不及时");
    case TicketKind::Inaccurate:
        return QStringLiteral("不准确");
    case TicketKind::Unanswered:
        return QStringLiteral("不回应");
    case TicketKind::Unusable:
        return QStringLiteral("不实用");
    }
    return {};
}

QString TicketRules::displayName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Late:
        return tr("Not timely");
    case TicketKind::Inaccurate:
        return tr("Not accurate");
    case TicketKind::Unanswered:
        return tr("Not answered");
    case TicketKind::Unusable:
        return tr("Not practical");
    }
    return {};
}

std::optional<TicketKind> TicketRules::kind(const QString& text)
{
    const QString t = text.trimmed();
    for (const TicketKind k : kinds()) {
        if (t.compare(key(k), Qt::CaseInsensitive) == 0 || t == chinese(k)
            || t.compare(displayName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QList<TicketStatus> TicketRules::statuses()
{
    return {TicketStatus::Open, TicketStatus::Replied, TicketStatus::Closed};
}

QString TicketRules::key(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::Replied:
        return QStringLiteral("replied");
    case TicketStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString TicketRules::displayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Replied:
        return tr("Replied");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

std::optional<TicketStatus> TicketRules::status(const QString& key)
{
    for (const TicketStatus s : statuses()) {
        if (key.trimmed() == TicketRules::key(s))
            return s;
    }
    return std::nullopt;
}

} // namespace sitegov
