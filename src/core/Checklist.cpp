#include "core/Checklist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace sitegov {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString ChecklistItem::name() const
{
    return chinese() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString ChecklistItem::hint() const
{
    return chinese() || hintEn.isEmpty() ? hintZh : hintEn;
}

Result<Checklist> Checklist::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{tr("The checklist is not valid JSON: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset), {}};
    if (!doc.isObject() || !doc.object().value(QStringLiteral("items")).isArray())
        return Error{tr("The checklist must be an object with a list of \"items\"."), {}};
    Checklist list;
    list.title = doc.object().value(QStringLiteral("name")).toString();
    const QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return Error{tr("The checklist has no items."), {}};
    if (items.size() > kMaxItems)
        return Error{tr("The checklist has %1 items; at most %2 are allowed.").arg(items.size()).arg(kMaxItems), {}};
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    QSet<QString> keys;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const int n = i + 1;
        ChecklistItem item;
        item.key = o.value(QStringLiteral("key")).toString();
        if (!keyPattern.match(item.key).hasMatch())
            return Error{tr("Item %1: the key \"%2\" must be lower-case letters, digits and _ (starting with a letter).")
                             .arg(n)
                             .arg(item.key),
                {}};
        if (keys.contains(item.key))
            return Error{tr("Item %1: the key \"%2\" is used twice.").arg(n).arg(item.key), {}};
        keys.insert(item.key);
        const QJsonObject name = o.value(QStringLiteral("name")).toObject();
        item.nameZh = name.value(QStringLiteral("zh_CN")).toString().trimmed();
        item.nameEn = name.value(QStringLiteral("en")).toString().trimmed();
        if (item.nameZh.isEmpty() || item.nameEn.isEmpty())
            return Error{tr("Item %1 (%2): give its name in Chinese and in English.").arg(n).arg(item.key), {}};
        const QJsonObject hint = o.value(QStringLiteral("hint")).toObject();
        item.hintZh = hint.value(QStringLiteral("zh_CN")).toString().trimmed();
        item.hintEn = hint.value(QStringLiteral("en")).toString().trimmed();
        const QJsonValue days = o.value(QStringLiteral("deadline_days"));
        if (!days.isDouble() || days.toDouble() != double(days.toInt()) || days.toInt() < 1 || days.toInt() > 365)
            return Error{tr("Item %1 (%2): the deadline must be a whole number of days from 1 to 365.").arg(n).arg(item.key), {}};
        item.deadlineDays = days.toInt();
        list.items << item;
    }
    if (const Status s = list.checkColumnNames(); !s)
        return s.error();
    return list;
}

QString Checklist::columnName(const QString& s)
{
    QString out = s.trimmed().toLower();
    for (const QChar c : {QChar(0xfeff), QChar(u' '), QChar(u'_'), QChar(u'-'), QChar(u'（'), QChar(u'）'), QChar(u'('), QChar(u')')})
        out.remove(c);
    return out;
}

QList<InspectionFileColumn> Checklist::fileColumns()
{
    auto c = [](const char* key, const char* chinese, bool required, std::initializer_list<const char*> aliases) {
        InspectionFileColumn column{QString::fromLatin1(key), QString::fromUtf8(chinese), required, {}};
        for (const char* a : aliases)
            column.aliases << QString::fromUtf8(a);
        return column;
    };
    return {c("site_code", "网站标识码", true, {"code", "site"}), c("site_name", "网站名称", false, {}),
        c("day", "巡查日期", true, {"date", "日期"}), c("inspector", "巡查人", false, {"巡查员"}),
        c("note", "备注", false, {"notes", "说明", "巡查备注"})};
}

QStringList Checklist::noteHeaders(const ChecklistItem& item)
{
    return {item.key + QStringLiteral("_note"), item.nameZh + QStringLiteral("（说明）"), item.key + QStringLiteral(" note"),
        item.nameZh + QStringLiteral("备注"), item.nameEn + QStringLiteral(" note")};
}

Status Checklist::checkColumnNames() const
{
    // The columns an inspection file has besides the items, under every name it is read by.
    QSet<QString> fixed;
    for (const InspectionFileColumn& column : fileColumns()) {
        for (const QString& name : QStringList{column.key, column.chinese} + column.aliases)
            fixed.insert(columnName(name));
    }
    QList<QSet<QString>> itemNames;
    QList<QSet<QString>> noteNames;
    for (const ChecklistItem& item : items) {
        itemNames.append({columnName(item.key), columnName(item.nameZh), columnName(item.nameEn)});
        QSet<QString> notes;
        for (const QString& header : noteHeaders(item))
            notes.insert(columnName(header));
        noteNames.append(notes);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QSet<QString> taken = fixed;
        for (qsizetype j = 0; j < items.size(); ++j) {
            if (j != i)
                taken.unite(itemNames.at(j)).unite(noteNames.at(j));
        }
        for (const QString& name : itemNames.at(i) + noteNames.at(i)) {
            if (taken.contains(name))
                return Error{tr("Item %1 (%2): its key or a name reads as another column of an inspection file (\"%3\"): "
                                "choose another.")
                                 .arg(i + 1)
                                 .arg(items.at(i).key, name),
                    {}};
        }
    }
    return {};
}

Result<Checklist> Checklist::builtin()
{
    QFile f(QStringLiteral(":/sitegov/checklist/daily.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("The built-in checklist is missing from the program."), {}};
    return fromJson(f.readAll());
}

QJsonObject Checklist::toJsonObject() const
{
    QJsonArray array;
    for (const ChecklistItem& i : items) {
        QJsonObject o{{QStringLiteral("key"), i.key},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh_CN"), i.nameZh}, {QStringLiteral("en"), i.nameEn}}},
            {QStringLiteral("deadline_days"), i.deadlineDays}};
        if (!i.hintZh.isEmpty() || !i.hintEn.isEmpty())
            o.insert(QStringLiteral("hint"), QJsonObject{{QStringLiteral("zh_CN"), i.hintZh}, {QStringLiteral("en"), i.hintEn}});
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("name"), title}, {QStringLiteral("items"), array}};
}

QByteArray Checklist::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

const ChecklistItem* Checklist::item(const QString& key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &items.at(i);
}

int Checklist::indexOf(const QString& key) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace sitegov
