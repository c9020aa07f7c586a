#pragma once

#include "core/SpotCheck.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace sitegov {

struct AccountabilityRecord
{
    qint64 id = 0;
    qint64 rectificationId = 0;
    QString personName;
    QString personPost; // post and unit
    AccountabilityMeasure measure = AccountabilityMeasure::Interview;
    QDate decidedOn;
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

// Accountability (问责) for a failing site: who was held to account, by which measure (约谈, 书面检查,
// 通报批评, 调离, 免职), and when it was decided, attached to the site's rectification item. The
// quarterly bulletin counts them by measure. Audited.
class AccountabilityService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountabilityService)

public:
    explicit AccountabilityService(QSqlDatabase db);

    Result<qint64> add(const Session& session, qint64 rectificationId, const QString& personName,
        const QString& personPost, AccountabilityMeasure measure, const QDate& decidedOn, const QString& note,
        const QDate& today);
    Result<QList<AccountabilityRecord>> forRectification(qint64 rectificationId);

private:
    QSqlDatabase m_db;
};

} // namespace sitegov
