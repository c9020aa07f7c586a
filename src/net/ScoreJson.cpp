#include "net/ScoreJson.h"

#include "net/NetError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace sitegov::net {

namespace {

// Reads members of JSON objects, remembering the first member that is missing or of the wrong
// type with its path.
class ShapeReader final
{
public:
    bool failed() const { return m_failure.has_value(); }

    Error error() const
    {
        return NetError::make(Failure::BadAnswer,
            ScoreJson::tr("The backend's answer is not in the expected form (%1: %2).").arg(m_failure->first, m_failure->second),
            {});
    }

    void fail(const QString& path, const QString& expected)
    {
        if (!m_failure)
            m_failure = std::make_pair(path, expected);
    }

    QJsonValue member(const QJsonObject& o, QLatin1String key, const QString& path, bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isUndefined()) {
            if (required)
                fail(join(path, key), ScoreJson::tr("missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    QString string(const QJsonObject& o, QLatin1String key, const QString& path, bool required = true)
    {
        const QJsonValue v = member(o, key, path, required);
        if (v.isUndefined() || (!required && v.isNull()))
            return {};
        if (!v.isString()) {
            fail(join(path, key), ScoreJson::tr("a string was expected"));
            return {};
        }
        return v.toString();
    }

    double number(const QJsonObject& o, QLatin1String key, const QString& path)
    {
        const QJsonValue v = member(o, key, path, true);
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(join(path, key), ScoreJson::tr("a number was expected"));
            return 0;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject& o, QLatin1String key, const QString& path, bool required = true)
    {
        const QJsonValue v = member(o, key, path, required);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 2e9 || d != std::floor(d)) {
            fail(join(path, key), ScoreJson::tr("a whole number was expected"));
            return 0;
        }
        return int(d);
    }

    bool boolean(const QJsonObject& o, QLatin1String key, const QString& path)
    {
        const QJsonValue v = member(o, key, path, true);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(join(path, key), ScoreJson::tr("true or false was expected"));
            return false;
        }
        return v.toBool();
    }

    QJsonArray array(const QJsonObject& o, QLatin1String key, const QString& path)
    {
        const QJsonValue v = member(o, key, path, true);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(join(path, key), ScoreJson::tr("a list was expected"));
            return {};
        }
        return v.toArray();
    }

    Period period(const QJsonObject& o, QLatin1String key, const QString& path)
    {
        const QString text = string(o, key, path);
        if (failed())
            return {};
        const auto p = Period::parse(text);
        if (!p) {
            fail(join(path, key), ScoreJson::tr("a period (YYYY-MM, YYYY-Qn or YYYY) was expected"));
            return {};
        }
        return *p;
    }

    static QString join(const QString& path, QLatin1String key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }

private:
    std::optional<std::pair<QString, QString>> m_failure;
};

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return NetError::make(Failure::BadAnswer,
            ScoreJson::tr("The backend's answer is not valid JSON (at byte %1: %2).")
                .arg(error.offset)
                .arg(error.errorString()),
            QString::fromUtf8(body.left(300)));
    }
    if (!doc.isObject()) {
        return NetError::make(Failure::BadAnswer,
            ScoreJson::tr("The backend's answer is not in the expected form (a JSON object was expected)."),
            QString::fromUtf8(body.left(300)));
    }
    return doc.object();
}

} // namespace

Result<QString> ScoreJson::parseHealth(const QByteArray& body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    ShapeReader r;
    const QString status = r.string(*object, QLatin1String("status"), {});
    const QString version = r.string(*object, QLatin1String("version"), {});
    if (r.failed())
        return r.error();
    if (status != u"ok")
        r.fail(QStringLiteral("status"), tr("\"ok\" was expected"));
    if (r.failed())
        return r.error();
    return version;
}

Result<QList<BackendPeriod>> ScoreJson::parsePeriods(const QByteArray& body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    ShapeReader r;
    const QJsonArray items = r.array(*object, QLatin1String("items"), {});
    QList<BackendPeriod> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(path, tr("an object was expected"));
            break;
        }
        const QJsonObject o = items.at(i).toObject();
        BackendPeriod p;
        p.period = r.period(o, QLatin1String("period"), path);
        p.sites = r.integer(o, QLatin1String("sites"), path);
        out.append(p);
    }
    if (r.failed())
        return r.error();
    return out;
}

Result<ScorePage> ScoreJson::parseScorePage(const QByteArray& body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    ShapeReader r;
    ScorePage page;
    page.period = r.period(*object, QLatin1String("period"), {});
    page.matched = r.integer(*object, QLatin1String("matched"), {});
    page.nextCursor = r.string(*object, QLatin1String("next_cursor"), {}, false);
    const QJsonArray items = r.array(*object, QLatin1String("items"), {});
    if (r.failed())
        return r.error();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(path, tr("an object was expected"));
            break;
        }
        const QJsonObject o = items.at(i).toObject();
        SiteScore s;
        s.siteCode = r.string(o, QLatin1String("site_code"), path);
        s.siteName = r.string(o, QLatin1String("site_name"), path);
        const QString level = r.string(o, QLatin1String("level"), path);
        const QString kind = r.string(o, QLatin1String("kind"), path);
        s.region = r.string(o, QLatin1String("region"), path);
        s.period = r.period(o, QLatin1String("period"), path);
        s.total = r.number(o, QLatin1String("total"), path);
        s.deductionScore = r.number(o, QLatin1String("deduction_score"), path);
        s.bonus = r.number(o, QLatin1String("bonus"), path);
        s.passed = r.boolean(o, QLatin1String("passed"), path);
        const QJsonArray vetoes = r.array(o, QLatin1String("vetoes"), path);
        s.rank = r.integer(o, QLatin1String("rank"), path);
        s.rankOf = r.integer(o, QLatin1String("rank_of"), path);
        s.assessments = r.integer(o, QLatin1String("assessments"), path, false);
        s.updatedAt = r.string(o, QLatin1String("updated_at"), path, false);
        if (r.failed())
            break;
        for (qsizetype v = 0; v < vetoes.size(); ++v) {
            if (!vetoes.at(v).isString()) {
                r.fail(QStringLiteral("%1.vetoes[%2]").arg(path).arg(v), tr("a string was expected"));
                break;
            }
            s.vetoes.append(vetoes.at(v).toString());
        }
        const auto parsedLevel = Vocabulary::adminLevel(level);
        if (!parsedLevel || Vocabulary::key(*parsedLevel) != level)
            r.fail(path + QStringLiteral(".level"), tr("province, city, county or township was expected"));
        else
            s.level = *parsedLevel;
        const auto parsedKind = Vocabulary::siteKind(kind);
        if (!parsedKind || Vocabulary::key(*parsedKind) != kind)
            r.fail(path + QStringLiteral(".kind"), tr("portal, department or special was expected"));
        else
            s.kind = *parsedKind;
        if (s.siteCode.isEmpty() || s.siteCode.size() > 64)
            r.fail(path + QStringLiteral(".site_code"), tr("a site identifier code was expected"));
        if (s.period != page.period)
            r.fail(path + QStringLiteral(".period"), tr("the page's period was expected"));
        if (r.failed())
            break;
        page.items.append(std::move(s));
    }
    if (r.failed())
        return r.error();
    return page;
}

QString ScoreJson::serverMessage(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject e = doc.object().value(QLatin1String("error")).toObject();
    const QString message = e.value(QLatin1String("message")).toString();
    const QString field = e.value(QLatin1String("field")).toString();
    return field.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, field);
}

} // namespace sitegov::net
