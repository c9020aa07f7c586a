#pragma once

#include "core/Result.h"
#include "storage/ProbeRecords.h"
#include "storage/Session.h"
#include "storage/TableData.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace sitegov {

// The probe's governed settings: the columns registered per site for the freshness check (in the
// console's site hub, or by importing a table) and each site's probe settings (interval, robots.txt,
// maintenance, link exceptions). Whoever may edit a site may change them; every change is audited.
class ProbeSettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeSettingsService)

public:
    explicit ProbeSettingsService(QSqlDatabase db);

    // A column's fields checked: a name, an http(s) address, a selector that parses.
    static Status validate(const ProbeColumn& column);

    Result<qint64> addColumn(const Session& session, const ProbeColumn& column);
    Status updateColumn(const Session& session, const ProbeColumn& column);
    // The column is no longer checked (kept with its history).
    Status removeColumn(const Session& session, qint64 columnId);
    Status saveSettings(const Session& session, const ProbeSiteSettings& settings);

    // A table of columns: site_code (网站标识码), name (栏目名称), url (栏目地址), kind (栏目类型:
    // news/notice/other or 新闻动态/通知公告、政策文件/其他), optionally selector (选择规则). A row whose
    // site and address name a registered column updates it; the others add one. All or nothing.
    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList errors; // "line 4, 栏目地址: ..." in the user's language
    };
    Result<ImportReport> importColumns(const Session& session, const TableData& table, bool dryRun = false);
    // The headers importColumns() reads, Chinese first: {key, chinese}.
    static QList<std::pair<QString, QString>> columnHeaders();

    static QJsonObject snapshot(const ProbeColumn& column);
    static QJsonObject snapshot(const ProbeSiteSettings& settings);

private:
    // The session may edit the sites of the unit that hosts site `siteId`.
    Status requireEditSite(const Session& session, qint64 siteId);
    Result<ProbeColumn> column(qint64 id);

    QSqlDatabase m_db;
};

} // namespace sitegov
