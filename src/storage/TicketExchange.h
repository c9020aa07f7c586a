#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "storage/RegistryExchange.h"
#include "storage/Session.h"
#include "storage/TableData.h"
#include "storage/TicketService.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

class TableWriter;

// The national error-report platform's export (CSV in UTF-8 or GBK, XLSX; read by TableReader): one
// message a row with its number (留言编号), the site's identifier code (网站标识码, the site's name
// alongside is checked when given), the type (不及时/不准确/不回应/不实用), the text and the time it
// was received. Each row becomes a ticket through TicketService (checked, routed and audited as in
// the console). All or nothing: one transaction, and every bad row is named with its line and the
// column's own header. A message already registered is a bad row too: export, fix, import only new.
// The export writes the list's tickets with their state; its first five columns import again.
class TicketExchange final
{
    Q_DECLARE_TR_FUNCTIONS(TicketExchange)

public:
    // message_no, site_code, site_name, kind, body, received_at; the export adds the rest.
    static QList<ExchangeColumn> columns();

    static Result<ImportReport> import(
        QSqlDatabase& db, const Session& actor, const TableData& table, const WorkCalendar& calendar);

    // The tickets of the filter, newest first; returns the rows written.
    static Result<int> exportTable(
        QSqlDatabase& db, const TicketFilter& filter, TableWriter& writer, bool englishHeaders = false);
    // A received time as the platform writes it: 2026-09-30 16:20[:00], 2026/9/30 16:20, 2026-09-30T16:20,
    // or an XLSX date-time as TableReader gives it.
    static QDateTime parseTime(const QString& text);
};

} // namespace sitegov
