#include "core/ScoringRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace sitegov {

namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString pick(const QString& zh, const QString& en)
{
    return chinese() && !zh.isEmpty() ? zh : en;
}

bool isKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (const QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

// An optional "checklist" array of the daily checklist's item keys (the findings the console shows
// beside an indicator or a veto item of the assessment form).
bool readChecklistItems(const QJsonObject& o, QStringList* out)
{
    const QJsonValue v = o.value(QLatin1String("checklist"));
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || !isKey(item.toString()))
            return false;
        out->append(item.toString());
    }
    return true;
}

} // namespace

QString ScoringRules::Indicator::displayName() const
{
    return pick(nameZh, nameEn);
}

QString ScoringRules::Category::displayName() const
{
    return pick(nameZh, nameEn);
}

QString ScoringRules::Veto::displayName() const
{
    return pick(nameZh, nameEn);
}

QString ScoringRules::title() const
{
    return pick(m_titleZh, m_titleEn);
}

Result<ScoringRules> ScoringRules::builtin()
{
    return fromFile(QStringLiteral(":/sitegov/scoring/rules-2019.json"));
}

Result<ScoringRules> ScoringRules::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The scoring rules %1 cannot be read.").arg(path), file.errorString()};
    return fromJson(file.readAll());
}

Result<ScoringRules> ScoringRules::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{tr("The scoring rules are not a JSON object."), parseError.errorString()};
    const QJsonObject root = doc.object();
    const auto bad = [](const QString& what) {
        return Error{tr("The scoring rules are invalid: %1").arg(what), {}};
    };
    const auto positive = [](const QJsonValue& v) {
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0;
    };

    ScoringRules rules;
    rules.m_id = root.value(QLatin1String("id")).toString();
    if (rules.m_id.isEmpty())
        return bad(QStringLiteral("id"));
    const QJsonObject title = root.value(QLatin1String("title")).toObject();
    rules.m_titleZh = title.value(QLatin1String("zh")).toString();
    rules.m_titleEn = title.value(QLatin1String("en")).toString();
    if (!positive(root.value(QLatin1String("passMark"))))
        return bad(QStringLiteral("passMark"));
    rules.m_passMark = root.value(QLatin1String("passMark")).toDouble();

    const QJsonObject bonus = root.value(QLatin1String("bonus")).toObject();
    if (!positive(bonus.value(QLatin1String("max"))) || !positive(bonus.value(QLatin1String("threshold"))))
        return bad(QStringLiteral("bonus"));
    rules.m_bonusMax = bonus.value(QLatin1String("max")).toDouble();
    rules.m_bonusThreshold = bonus.value(QLatin1String("threshold")).toDouble();
    const QJsonArray kinds = bonus.value(QLatin1String("kinds")).toArray();
    for (const QJsonValue& k : kinds) {
        const auto kind = Vocabulary::siteKind(k.toString());
        if (!kind)
            return bad(QStringLiteral("bonus.kinds: %1").arg(k.toString()));
        rules.m_bonusKinds.append(*kind);
    }

    QSet<QString> keys;
    const QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    if (categories.isEmpty())
        return bad(QStringLiteral("categories"));
    for (const QJsonValue& cv : categories) {
        const QJsonObject c = cv.toObject();
        Category category;
        category.key = c.value(QLatin1String("key")).toString();
        category.nameZh = c.value(QLatin1String("zh")).toString();
        category.nameEn = c.value(QLatin1String("en")).toString();
        if (!isKey(category.key) || keys.contains(category.key))
            return bad(QStringLiteral("category key %1").arg(category.key));
        keys.insert(category.key);
        const QJsonArray indicators = c.value(QLatin1String("indicators")).toArray();
        if (indicators.isEmpty())
            return bad(QStringLiteral("%1.indicators").arg(category.key));
        for (const QJsonValue& iv : indicators) {
            const QJsonObject i = iv.toObject();
            Indicator indicator;
            indicator.key = i.value(QLatin1String("key")).toString();
            indicator.category = category.key;
            indicator.nameZh = i.value(QLatin1String("zh")).toString();
            indicator.nameEn = i.value(QLatin1String("en")).toString();
            if (!isKey(indicator.key) || keys.contains(indicator.key))
                return bad(QStringLiteral("indicator key %1").arg(indicator.key));
            keys.insert(indicator.key);
            if (!positive(i.value(QLatin1String("points"))))
                return bad(QStringLiteral("%1.points").arg(indicator.key));
            indicator.points = i.value(QLatin1String("points")).toDouble();
            if (!readChecklistItems(i, &indicator.checklistItems))
                return bad(QStringLiteral("%1.checklist").arg(indicator.key));
            category.points += indicator.points;
            category.indicators.append(indicator);
        }
        rules.m_maxPoints += category.points;
        rules.m_categories.append(category);
    }

    rules.m_servicesCategory = root.value(QLatin1String("servicesCategory")).toString();
    if (!rules.m_servicesCategory.isEmpty()) {
        const Category* services = rules.category(rules.m_servicesCategory);
        if (!services || services->points >= rules.m_maxPoints)
            return bad(QStringLiteral("servicesCategory"));
    }

    QSet<QString> vetoKeys;
    const QJsonArray vetoes = root.value(QLatin1String("vetoes")).toArray();
    for (const QJsonValue& vv : vetoes) {
        const QJsonObject v = vv.toObject();
        Veto veto;
        veto.key = v.value(QLatin1String("key")).toString();
        veto.nameZh = v.value(QLatin1String("zh")).toString();
        veto.nameEn = v.value(QLatin1String("en")).toString();
        veto.category = v.value(QLatin1String("category")).toString();
        if (!readChecklistItems(v, &veto.checklistItems))
            return bad(QStringLiteral("veto %1: checklist").arg(veto.key));
        if (!isKey(veto.key) || vetoKeys.contains(veto.key))
            return bad(QStringLiteral("veto key %1").arg(veto.key));
        if (!veto.category.isEmpty() && !rules.category(veto.category))
            return bad(QStringLiteral("veto %1: category %2").arg(veto.key, veto.category));
        vetoKeys.insert(veto.key);
        rules.m_vetoes.append(veto);
    }
    if (rules.m_passMark > rules.m_maxPoints || rules.m_bonusThreshold > rules.m_maxPoints)
        return bad(QStringLiteral("passMark or bonus.threshold above the maximum"));
    return rules;
}

const ScoringRules::Indicator* ScoringRules::indicator(QStringView key) const
{
    for (const Category& c : m_categories) {
        for (const Indicator& i : c.indicators) {
            if (i.key == key)
                return &i;
        }
    }
    return nullptr;
}

const ScoringRules::Category* ScoringRules::category(QStringView key) const
{
    for (const Category& c : m_categories) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const ScoringRules::Veto* ScoringRules::veto(QStringView key) const
{
    for (const Veto& v : m_vetoes) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

} // namespace sitegov
