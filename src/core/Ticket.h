#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// The four kinds of message of the national error-report platform (我为政府网站找错).
enum class TicketKind
{
    Late,       // 不及时
    Inaccurate, // 不准确
    Unanswered, // 不回应
    Unusable,   // 不实用
};

enum class TicketStatus
{
    Open,    // passed to the unit, no reply yet
    Replied, // the unit has replied
    Closed,  // the office closed it (办结)
};

// Keys, names and the deadline rule of error-report tickets (docs/design/domain.md).
class TicketRules final
{
    Q_DECLARE_TR_FUNCTIONS(TicketRules)

public:
    // The unit must deal with a message within this many working days after the day it came.
    static constexpr int kWorkingDays = 3;
    static constexpr int kMaxBody = 4000;

    static QList<TicketKind> kinds();
    static QString key(TicketKind kind);       // late, inaccurate, unanswered, unusable
    static QString chinese(TicketKind kind);   // 不及时 ..., as the platform writes it
    static QString displayName(TicketKind kind);
    // A key, the platform's Chinese name or the display name.
    static std::optional<TicketKind> kind(const QString& text);

    static QList<TicketStatus> statuses();
    static QString key(TicketStatus status); // open, replied, closed
    static QString displayName(TicketStatus status);
    static std::optional<TicketStatus> status(const QString& key);
};

} // namespace sitegov
