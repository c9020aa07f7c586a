#pragma once

#include "core/Result.h"
#include "storage/RegistryExchange.h"
#include "storage/Session.h"
#include "storage/TableData.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// A list of key policy items (CSV in UTF-8 or GBK, XLSX; read by TableReader): one item a row with
// its title (标题), issuing body (发布机关), publication time (发布时间) and, optionally, the source
// address (来源地址). Each row becomes an item through PolicyService (checked and audited as in the
// console). All or nothing: one transaction, every bad row named with its line and the column's own
// header; an item registered already (the same title the same day) is a bad row too.
class PolicyExchange final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyExchange)

public:
    // title, issuer, source_url, published_at
    static QList<ExchangeColumn> columns();

    static Result<ImportReport> import(QSqlDatabase& db, const Session& actor, const TableData& table);
};

} // namespace sitegov
