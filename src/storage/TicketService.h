#pragma once

#include "core/Ticket.h"
#include "core/WorkCalendar.h"
#include "storage/ListQueries.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace sitegov {

struct TicketInput
{
    QString messageNo; // the platform's 留言编号
    QString siteCode;  // 网站标识码
    TicketKind kind = TicketKind::Inaccurate;
    QString body;
    QDateTime receivedAt; // office time
};

struct TicketRecord
{
    qint64 id = 0;
    QString messageNo;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    qint64 unitId = 0;
    QString unitName;
    qint64 personId = 0;
    QString personName;
    TicketKind kind = TicketKind::Inaccurate;
    QString body;
    QDateTime receivedAt;
    QDate receivedOn;
    QDate deadline;
    TicketStatus status = TicketStatus::Open;
    std::optional<bool> valid; // unset until verified
    QString reply;
    QDate repliedOn;
    QString repliedBy;
    QDate verifiedOn;
    QString verifiedBy;
    QDate closedOn;
    QString closedBy;
    QString source; // manual, import

    // Not closed after its deadline, unless the office found the message not valid.
    bool isOverdue(const QDate& today) const
    {
        return status != TicketStatus::Closed && valid != std::optional<bool>(false) && deadline < today;
    }
};

// A unit's error-report figures for a quarter, as the bulletins publish them.
struct TicketFigures
{
    qint64 unitId = 0;
    QString unitName;
    int received = 0;     // messages received in the quarter
    int valid = 0;        // of those, verified valid
    int closedOnTime = 0; // valid and closed by their deadline
    // closedOnTime / valid in percent; nullopt without valid messages.
    std::optional<double> onTimeRate() const
    {
        return valid > 0 ? std::optional<double>(100.0 * closedOnTime / valid) : std::nullopt;
    }
};

// Error-report tickets (我为政府网站找错, docs/design/domain.md): the office enters or imports each
// message of the national platform; it is routed to the site's unit and the site's first responsible
// person (or, without one, its caretaker); the unit replies, the office verifies it (valid or not)
// and closes it. The deadline is the 3rd working day after the day the message was received, by the
// working-day calendar in force then (CalendarStore). Every step is audited in its transaction.
// Who may act: accounts that may manage rectification (Action::ManageRectification), on tickets of
// units within their jurisdiction; the unit's own accounts reply to theirs the same way.
class TicketService final
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    explicit TicketService(QSqlDatabase db);

    // `calendar` gives the deadline; `source` is "manual" or "import".
    Result<qint64> add(const Session& session, const TicketInput& input, const WorkCalendar& calendar,
        const QString& source = QStringLiteral("manual"));
    // The unit's reply (again while the ticket is open or replied: the latest counts).
    Status reply(const Session& session, qint64 id, const QString& text, const QDate& today);
    // The office's verdict on the message: valid or not.
    Status verify(const Session& session, qint64 id, bool valid, const QDate& today);
    // Closes (办结) a verified ticket: a valid one needs the unit's reply first.
    Status close(const Session& session, qint64 id, const QDate& today);

    Result<TicketRecord> byId(qint64 id);
    Result<TicketRecord> byMessageNo(const QString& messageNo);

    // Overdue tickets of units within `withinUnitId` (0: everywhere) on `today`.
    Result<int> overdueCount(const QDate& today, qint64 withinUnitId = 0);
    // Per unit within `withinUnitId`, the quarter's figures, units with tickets only, by unit name.
    Result<QList<TicketFigures>> quarterFigures(int year, int quarter, qint64 withinUnitId = 0);

    // Checks the fields of a new ticket; the messages name the field (for the form and the import).
    struct FieldProblem
    {
        QString field; // message_no, site, kind, body, received_at
        QString message;
    };
    QList<FieldProblem> check(const TicketInput& input);

private:
    Result<TicketRecord> readOne(const QString& where, const QVariant& bind);
    Result<TicketRecord> mayAct(const Session& session, qint64 id);
    Status change(const Session& session, const TicketRecord& before, const QString& action, const QString& sql,
        const QVariantList& binds, const QString& summary);

    QSqlDatabase m_db;
};

struct TicketFilter
{
    qint64 unitId = 0; // the unit and everything under it (0: everywhere)
    QString status;    // open, replied, closed, overdue, unclosed (open or replied), or empty for all
    QString kind;      // a TicketKind key, or empty
    QString text;      // message number, site, unit or message text contains
    QDate today;       // for "overdue" and the overdue flag
};

class TicketListQuery final
{
public:
    enum Column
    {
        MessageNo,
        Site,
        Unit,
        Kind,
        Received,
        Deadline,
        Status,
        Valid,
        Person,
        ColumnCount
    };
    static constexpr int IdColumn = ColumnCount;
    static constexpr int OverdueColumn = ColumnCount + 1; // 1 when overdue on the filter's day
    static ListQuery build(const TicketFilter& filter);
    // The condition "overdue on ?" on the alias t (bind the day).
    static QString overdueCondition();
};

} // namespace sitegov
