#include "demo/DemoBuilder.h"

#include "db/Query.h"
#include "storage/AnnualReportService.h"

namespace sitegov {

// The annual reports (国办函〔2018〕12号) of the province office: last year's, a draft partly filled
// in (due by 31 January, so the dashboard reminds of it), with the province portal's own report
// begun by its unit; and this year's, started so that its figures can be followed.
Status DemoBuilder::buildAnnualReports(QSqlDatabase& db, const QDate& today)
{
    const Session actor = Session::system(QStringLiteral("demo"));
    const auto province = db::Query(db,
        QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL AND kind = 'government' ORDER BY id"))
                              .first(tr("The demo's units could not be read."),
                                  [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!province)
        return province.error();
    if (!*province)
        return {};
    const auto portal = db::Query(db,
        QStringLiteral("SELECT id FROM sites WHERE host_org_id = ? AND kind = 'portal' AND status = 'operating' ORDER "
                       "BY id"))
                            .bind(**province)
                            .first(tr("The demo's sites could not be read."),
                                [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!portal)
        return portal.error();

    AnnualReportService reports(db);
    const int past = today.year() - 1;
    const auto office = reports.open(actor, past, **province);
    if (!office)
        return office.error();
    if (const Status s = reports.setFields(actor, office->id,
            {{QStringLiteral("security_checks"), QStringLiteral("4")},
                {QStringLiteral("security_problems"), QStringLiteral("37")},
                {QStringLiteral("security_fixed"), QStringLiteral("35")},
                {QStringLiteral("fake_sites_found"), QStringLiteral("3")},
                {QStringLiteral("fake_sites_handled"), QStringLiteral("3")},
                {QStringLiteral("training_sessions"), QStringLiteral("2")},
                {QStringLiteral("training_people"), QStringLiteral("186")},
                {QStringLiteral("filler"), QStringLiteral("吴海峰")},
                {QStringLiteral("phone"), QStringLiteral("0591-87012345")}});
        !s)
        return s;
    if (*portal) {
        const auto site = reports.open(actor, past, 0, **portal);
        if (!site)
            return site.error();
        if (const Status s = reports.setFields(actor, site->id,
                {{QStringLiteral("unique_visitors"), QStringLiteral("2863517")},
                    {QStringLiteral("page_views"), QStringLiteral("41276930")},
                    {QStringLiteral("info_total"), QStringLiteral("12874")},
                    {QStringLiteral("info_overview"), QStringLiteral("96")},
                    {QStringLiteral("info_news"), QStringLiteral("6312")},
                    {QStringLiteral("info_disclosure"), QStringLiteral("4018")},
                    {QStringLiteral("columns_maintained"), QStringLiteral("42")},
                    {QStringLiteral("columns_new"), QStringLiteral("5")},
                    {QStringLiteral("service_catalogue"), QStringLiteral("是")},
                    {QStringLiteral("security_monitoring"), QStringLiteral("是")},
                    {QStringLiteral("emergency_drill"), QStringLiteral("是")},
                    {QStringLiteral("security_officer"), QStringLiteral("是")}});
            !s)
            return s;
    }
    const auto current = reports.open(actor, today.year(), **province);
    if (!current)
        return current.error();
    return {};
}

} // namespace sitegov
