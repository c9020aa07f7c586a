#include "gui/registry/SiteListModel.h"

#include "core/Domain.h"
#include "core/Registry.h"
#include "gui/common/Icons.h"

#include <QColor>
#include <QDate>

namespace sitegov {

namespace {
QStringList headers()
{
    return {SiteListModel::tr("Identifier code"), SiteListModel::tr("Name"), SiteListModel::tr("Domain"),
        SiteListModel::tr("Kind"), SiteListModel::tr("Status"), SiteListModel::tr("Platform"),
        SiteListModel::tr("Host unit"), SiteListModel::tr("Level"), SiteListModel::tr("City"),
        SiteListModel::tr("Flags"), SiteListModel::tr("Opened on")};
}
} // namespace

SiteListModel::SiteListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath, headers(), parent)
{
}

qint64 SiteListModel::siteId(int row) const
{
    return rowId(row, SiteListQuery::IdColumn);
}

QVariant SiteListModel::display(int, int column, const QVariant& raw) const
{
    const QString key = raw.toString();
    switch (column) {
    case SiteListQuery::Kind:
        if (const auto v = Vocabulary::siteKind(key))
            return Vocabulary::displayName(*v);
        return raw;
    case SiteListQuery::Status:
        if (const auto v = Vocabulary::siteStatus(key))
            return Vocabulary::displayName(*v);
        return raw;
    case SiteListQuery::Platform:
        if (const auto v = Vocabulary::platform(key))
            return Vocabulary::displayName(*v);
        return raw;
    case SiteListQuery::Level:
        if (const auto v = Vocabulary::adminLevel(key))
            return Vocabulary::displayName(*v);
        return raw;
    case SiteListQuery::City:
        return key.isEmpty() ? tr("Province") : raw;
    case SiteListQuery::Flags:
        return RegistryVocabulary::describe(raw.toInt());
    case SiteListQuery::OpenedOn:
        return raw;
    default:
        return raw;
    }
}

QVariant SiteListModel::foreground(int row, int column) const
{
    const QString status = raw(row, SiteListQuery::Status).toString();
    if (status == u"closed")
        return QColor(0x75, 0x75, 0x75); // grey: closed
    if (column == SiteListQuery::Flags && raw(row, SiteListQuery::Flags).toInt() != 0)
        return QColor(0xb2, 0x6a, 0x00); // amber: flagged
    if (column == SiteListQuery::Status && status == u"migrating")
        return QColor(0xb2, 0x6a, 0x00);
    return {};
}

QVariant SiteListModel::decoration(int row, int column) const
{
    if (column == SiteListQuery::Flags && raw(row, SiteListQuery::Flags).toInt() != 0)
        return themeIcon(QStringLiteral("flag"));
    return {};
}

QVariant SiteListModel::toolTip(int row, int column) const
{
    if (column == SiteListQuery::Name)
        return raw(row, SiteListQuery::Name).toString() + u'\n' + raw(row, SiteListQuery::Domain).toString();
    return {};
}

} // namespace sitegov
