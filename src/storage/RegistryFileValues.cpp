#include "storage/RegistryFileValues.h"

#include <QHash>
#include <QRegularExpression>
#include <initializer_list>

namespace sitegov {

namespace {

// The values of the registry's files: each stored key with the Chinese a Chinese file writes for
// it (as the office's forms name it) and the other words people write in a table, English ones
// included. A vocabulary's keys and words are read back in any language.
struct FileWord
{
    const char* key;
    const char* chinese;
    std::initializer_list<const char*> others;
};

const QHash<QString, QHash<QString, QString>>& fileVocabularies()
{
    static const QHash<QString, QHash<QString, QString>> table = [] {
        QHash<QString, QHash<QString, QString>> t;
        auto add = [&t](const char* vocabulary, std::initializer_list<FileWord> words) {
            QHash<QString, QString>& v = t[QString::fromLatin1(vocabulary)];
            for (const FileWord& w : words) {
                const QString key = QString::fromLatin1(w.key);
                v.insert(QStringLiteral("\x01") + key, QString::fromUtf8(w.chinese)); // the key's Chinese
                v.insert(RegistryFileValues::norm(key), key);
                v.insert(RegistryFileValues::norm(QString::fromUtf8(w.chinese)), key);
                for (const char* o : w.others)
                    v.insert(RegistryFileValues::norm(QString::fromUtf8(o)), key);
            }
        };
        add("site_kind",
            {{"portal", "门户网站", {"Portal", "门户"}},
                {"department", "部门网站", {"Department site", "部门", "Department"}},
                {"special", "专项网站", {"Special-topic site", "专题网站", "专项"}}});
        add("status",
            {{"planned", "拟开设", {"Planned", "筹建中", "计划"}},
                {"operating", "运行中", {"Operating", "运行", "正常"}}, {"migrating", "迁移中", {"Migrating", "迁移"}},
                {"closed", "已关停", {"Closed", "关停", "已关闭"}}});
        add("platform",
            {{"unified", "集约化平台", {"Unified platform", "集约化", "统一平台"}},
                {"standalone", "独立部署", {"Standalone", "独立"}}});
        add("level",
            {{"province", "省级", {"Province", "省"}}, {"city", "设区市", {"City", "市级", "市"}},
                {"county", "县级", {"County", "县", "区县"}},
                {"township", "乡镇（街道）", {"Township / street", "乡镇(街道)", "乡镇", "街道", "Township"}}});
        add("org_kind", {{"government", "政府", {"Government"}}, {"department", "部门", {"Department"}}});
        add("role",
            {{"first_responsible", "第一责任人", {"First responsible person"}},
                {"security", "安全责任人", {"Security responsible person"}}, {"caretaker", "看护人", {"Caretaker"}},
                {"editor", "信息员", {"Content editor", "内容编辑"}}});
        return t;
    }();
    return table;
}

} // namespace

QString RegistryFileValues::norm(const QString& s)
{
    QString out = s.trimmed().toLower();
    out.remove(QChar(0xfeff));
    out.remove(u' ');
    out.remove(u'_');
    return out;
}

// The stored key a cell names in a vocabulary, or empty.
QString RegistryFileValues::keyOf(const char* vocabulary, const QString& text)
{
    return fileVocabularies().value(QString::fromLatin1(vocabulary)).value(norm(text));
}

// What a file writes for a stored key: the key itself in an English file, its Chinese otherwise.
QString RegistryFileValues::value(const char* vocabulary, const QString& key, bool english)
{
    if (english)
        return key;
    return fileVocabularies().value(QString::fromLatin1(vocabulary)).value(QStringLiteral("\x01") + key, key);
}

QString RegistryFileValues::yesNo(bool value, bool english)
{
    if (english)
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    return value ? QStringLiteral("是") : QStringLiteral("否");
}

std::optional<bool> RegistryFileValues::parseBool(const QString& text)
{
    const QString t = norm(text);
    if (t.isEmpty() || t == u"1" || t == u"yes" || t == u"true" || t == u"y" || t == QStringLiteral("是")
        || t == QStringLiteral("在用") || t == QStringLiteral("启用") || t == QStringLiteral("正常"))
        return true;
    if (t == u"0" || t == u"no" || t == u"false" || t == u"n" || t == QStringLiteral("否")
        || t == QStringLiteral("停用") || t == QStringLiteral("已停用"))
        return false;
    return std::nullopt;
}

// 2017-09-30, 2017/9/30, 2017.9.30, 2017年9月30日; empty gives an invalid date.
std::optional<QDate> RegistryFileValues::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace sitegov
