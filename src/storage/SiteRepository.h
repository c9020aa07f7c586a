#pragma once

#include "core/Result.h"
#include "core/Site.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

namespace sitegov {

class SiteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    explicit SiteRepository(QSqlDatabase db);

    Result<qint64> insert(const Site& site);
    Result<Site> byId(qint64 id);
    Result<int> count();
    Result<QMap<SiteStatus, int>> countByStatus();

    static Site fromRecord(const class QSqlQuery& q);
    static const char* columns();

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
