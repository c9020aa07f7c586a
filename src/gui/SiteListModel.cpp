#include "gui/SiteListModel.h"

#include "core/Domain.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitegov {

namespace {
QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}
} // namespace

SiteListModel::SiteListModel(QSqlDatabase db, QObject* parent)
    : QSqlQueryModel(parent)
    , m_db(std::move(db))
{
}

void SiteListModel::setFilter(const Filter& filter)
{
    m_filter = filter;
    reload();
}

void SiteListModel::sort(int column, Qt::SortOrder order)
{
    if (column <= Id || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

bool SiteListModel::reload()
{
    static const char* const orderColumns[] = {"s.id", "s.code", "s.name", "s.domain", "s.kind", "s.status",
        "s.platform", "o.name", "o.level"};
    QStringList where;
    QVariantList binds;
    if (!m_filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\' OR s.domain LIKE ? ESCAPE "
                                "'\\' OR o.name LIKE ? ESCAPE '\\')");
        const QString p = likePattern(m_filter.text);
        binds << p << p << p << p;
    }
    if (!m_filter.status.isEmpty()) {
        where << QStringLiteral("s.status = ?");
        binds << m_filter.status;
    }
    if (!m_filter.kind.isEmpty()) {
        where << QStringLiteral("s.kind = ?");
        binds << m_filter.kind;
    }
    if (!m_filter.platform.isEmpty()) {
        where << QStringLiteral("s.platform = ? AND s.status <> 'closed'");
        binds << m_filter.platform;
    }
    if (m_filter.flaggedOnly) {
        where << QStringLiteral("s.status <> 'closed' AND (o.level = 'township' OR (o.level = 'county' AND o.kind = "
                                "'department'))");
    }
    const QString sql = QStringLiteral("SELECT s.id, s.code, s.name, s.domain, s.kind, s.status, s.platform, o.name, "
                                       "o.level FROM sites s JOIN organisations o ON o.id = s.host_org_id %1 "
                                       "ORDER BY %2 %3, s.id")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                QLatin1String(orderColumns[m_sortColumn]),
                                m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.exec();
    setQuery(std::move(q));
    return !lastError().isValid();
}

QVariant SiteListModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
        const QString key = raw.toString();
        switch (index.column()) {
        case Kind:
            return Vocabulary::siteKind(key).has_value() ? Vocabulary::displayName(*Vocabulary::siteKind(key)) : raw;
        case Status:
            return Vocabulary::siteStatus(key).has_value() ? Vocabulary::displayName(*Vocabulary::siteStatus(key)) : raw;
        case Platform:
            return Vocabulary::platform(key).has_value() ? Vocabulary::displayName(*Vocabulary::platform(key)) : raw;
        case Level:
            return Vocabulary::adminLevel(key).has_value() ? Vocabulary::displayName(*Vocabulary::adminLevel(key))
                                                          : raw;
        default:
            return raw;
        }
    }
    return QSqlQueryModel::data(index, role);
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Code:
        return tr("Identifier code");
    case Name:
        return tr("Name");
    case Domain:
        return tr("Domain");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Platform:
        return tr("Platform");
    case HostUnit:
        return tr("Host unit");
    case Level:
        return tr("Level");
    default:
        return {};
    }
}

qint64 SiteListModel::siteId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

} // namespace sitegov
