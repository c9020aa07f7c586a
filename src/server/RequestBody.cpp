#include "server/RequestBody.h"

#include "core/DivisionCode.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

namespace sitegov::server {

namespace {

const QString kSite = QStringLiteral("site");
const QString kPeriod = QStringLiteral("period");
const QString kVetoes = QStringLiteral("vetoes");
const QString kDeductions = QStringLiteral("deductions");
const QString kBonus = QStringLiteral("bonus");
const QString kNote = QStringLiteral("note");
const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kLevel = QStringLiteral("level");
const QString kKind = QStringLiteral("kind");
const QString kDivision = QStringLiteral("division_code");
const QString kServices = QStringLiteral("public_services");

// A field name safe to echo back in a message: printable, at most 64 characters.
QString shown(const QString& key)
{
    QString out;
    for (const QChar c : key.left(64))
        out.append(c.isPrint() ? c : QChar(u'?'));
    return out;
}

std::optional<FieldError> unknownFields(const QJsonObject& o, const QSet<QString>& allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return FieldError{shown(it.key()), RequestBody::tr("unknown field")};
    }
    return std::nullopt;
}

bool isNumber(const QJsonValue& v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

// Points are out of 100: anything far beyond is a mistake (and 1e308 would sum to infinity).
constexpr double kMaxPoints = 1000;

// The end of the JSON string that starts at `from` (its opening quote): the index of its closing quote.
qsizetype stringEnd(const QByteArray& json, qsizetype from)
{
    for (qsizetype i = from + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i;
    }
    return json.size();
}

// QJsonDocument keeps the last of two equal keys: a body that names "site" twice would be stored
// under another site than a reader of the body sees first. Finds the first key that an object of
// `json` (already valid JSON) repeats.
std::optional<QString> repeatedKey(const QByteArray& json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
            stack.append(Frame{true, true, {}});
            break;
        case '[':
            stack.append(Frame{false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            const qsizetype end = stringEnd(json, i);
            if (!stack.isEmpty() && stack.last().expectKey) {
                const QByteArray raw = json.mid(i, end - i + 1);
                // A key with escapes (\u0073ite is "site") is compared as JSON reads it.
                const QString key = raw.contains('\\')
                    ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
                if (stack.last().keys.contains(key))
                    return key;
                stack.last().keys.insert(key);
                stack.last().expectKey = false;
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

// A required field holding one key of a vocabulary, exactly as Vocabulary::key() writes it;
// `oneOf` says which keys there are.
template<typename E>
std::optional<FieldError> readKey(const QJsonObject& o, const QString& field,
    std::optional<E> (*lookup)(QStringView), const QString& oneOf, E* out)
{
    const QJsonValue value = o.value(field);
    if (value.isUndefined())
        return FieldError{field, RequestBody::tr("is required")};
    const auto e = lookup(value.toString());
    if (!value.isString() || !e || value.toString() != Vocabulary::key(*e))
        return FieldError{field, oneOf};
    *out = *e;
    return std::nullopt;
}

} // namespace

bool RequestBody::isSiteCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 32)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
                || c == u'_'))
            return false;
    }
    return true;
}

std::optional<FieldError> RequestBody::parseObject(const QByteArray& body, QJsonObject* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return FieldError{
            QString(), tr("the body is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        return FieldError{QString(), tr("the body must be a JSON object")};
    if (const auto key = repeatedKey(body))
        return FieldError{shown(*key), tr("is given more than once")};
    *out = doc.object();
    return std::nullopt;
}

std::optional<FieldError> RequestBody::readInputs(
    const QJsonObject& o, QStringList* vetoes, QMap<QString, double>* deductions, double* bonus, QString* note)
{
    if (o.contains(kVetoes)) {
        const QJsonValue v = o.value(kVetoes);
        if (!v.isArray())
            return FieldError{kVetoes, tr("must be a list of veto item keys")};
        const QJsonArray array = v.toArray();
        if (array.size() > kMaxListItems)
            return FieldError{kVetoes, tr("has too many items")};
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return FieldError{QStringLiteral("vetoes[%1]").arg(i), tr("must be a veto item key (a string)")};
            vetoes->append(array.at(i).toString());
        }
    }
    if (o.contains(kDeductions)) {
        const QJsonValue v = o.value(kDeductions);
        if (!v.isObject())
            return FieldError{kDeductions, tr("must be an object of indicator keys and points")};
        const QJsonObject d = v.toObject();
        if (d.size() > kMaxListItems)
            return FieldError{kDeductions, tr("has too many items")};
        for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
            const QString field = QStringLiteral("deductions.") + shown(it.key());
            double sum = 0;
            if (it.value().isArray()) {
                const QJsonArray items = it.value().toArray();
                if (items.size() > kMaxListItems)
                    return FieldError{field, tr("has too many items")};
                for (int i = 0; i < items.size(); ++i) {
                    const QString itemField = field + QStringLiteral("[%1]").arg(i);
                    if (!isNumber(items.at(i)))
                        return FieldError{itemField, tr("not a number")};
                    if (items.at(i).toDouble() < 0)
                        return FieldError{itemField, tr("must be zero or more")};
                    sum += items.at(i).toDouble();
                }
            } else if (isNumber(it.value())) {
                sum = it.value().toDouble();
                if (sum < 0)
                    return FieldError{field, tr("must be zero or more")};
            } else {
                return FieldError{field, tr("not a number")};
            }
            if (sum > kMaxPoints) // one check of the indicator's total (no item of it is more)
                return FieldError{field, tr("must be at most %1").arg(kMaxPoints)};
            deductions->insert(it.key(), sum);
        }
    }
    if (o.contains(kBonus)) {
        const QJsonValue v = o.value(kBonus);
        if (!isNumber(v))
            return FieldError{kBonus, tr("not a number")};
        if (v.toDouble() < 0)
            return FieldError{kBonus, tr("must be zero or more")};
        if (v.toDouble() > kMaxPoints)
            return FieldError{kBonus, tr("must be at most %1").arg(kMaxPoints)};
        *bonus = v.toDouble();
    }
    if (o.contains(kNote)) {
        const QJsonValue v = o.value(kNote);
        if (!v.isString() && !v.isNull())
            return FieldError{kNote, tr("must be text")};
        if (v.toString().size() > kMaxNoteLength)
            return FieldError{kNote, tr("is longer than %1 characters").arg(kMaxNoteLength)};
        *note = v.toString();
    }
    return std::nullopt;
}

std::optional<FieldError> RequestBody::parseAssessment(const QByteArray& body, Assessment* out)
{
    QJsonObject o;
    if (auto e = parseObject(body, &o))
        return e;
    if (auto e = unknownFields(o, {kSite, kPeriod, kVetoes, kDeductions, kBonus, kNote}))
        return e;
    Assessment a;
    const QJsonValue site = o.value(kSite);
    if (site.isUndefined())
        return FieldError{kSite, tr("is required")};
    if (!site.isString() || !isSiteCode(site.toString()))
        return FieldError{kSite, tr("must be a site identifier code (1 to 32 letters, digits, - or _)")};
    a.siteCode = site.toString();
    const QJsonValue period = o.value(kPeriod);
    if (period.isUndefined())
        return FieldError{kPeriod, tr("is required")};
    if (!period.isString())
        return FieldError{kPeriod, tr("must be YYYY-MM, YYYY-Qn or YYYY")};
    const auto p = Period::parse(period.toString());
    if (!p)
        return FieldError{kPeriod, p.error().message};
    // An assessment is of a period that has begun, in the years government websites are assessed.
    if (p->firstDay() > OfficeClock::today())
        return FieldError{kPeriod, tr("has not begun yet")};
    if (p->firstDay().year() < kFirstYear)
        return FieldError{kPeriod, tr("is before %1").arg(kFirstYear)};
    a.period = *p;
    if (auto e = readInputs(o, &a.vetoes, &a.deductions, &a.bonus, &a.note))
        return e;
    *out = std::move(a);
    return std::nullopt;
}

std::optional<FieldError> RequestBody::parseSite(const QByteArray& body, const QString& pathCode, Site* out)
{
    if (!isSiteCode(pathCode))
        return FieldError{kCode, tr("must be a site identifier code (1 to 32 letters, digits, - or _)")};
    QJsonObject o;
    if (auto e = parseObject(body, &o))
        return e;
    if (auto e = unknownFields(o, {kCode, kName, kLevel, kKind, kDivision, kServices}))
        return e;
    Site s;
    s.code = pathCode;
    if (o.contains(kCode) && o.value(kCode) != QJsonValue(pathCode))
        return FieldError{kCode, tr("differs from the code in the address")};

    const QJsonValue name = o.value(kName);
    if (name.isUndefined())
        return FieldError{kName, tr("is required")};
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return FieldError{kName, tr("must be a non-empty text")};
    if (name.toString().size() > kMaxNameLength)
        return FieldError{kName, tr("is longer than %1 characters").arg(kMaxNameLength)};
    s.name = name.toString().trimmed();

    if (auto e = readKey(o, kLevel, &Vocabulary::adminLevel, tr("must be one of province, city, county, township"),
            &s.level))
        return e;
    if (auto e = readKey(o, kKind, &Vocabulary::siteKind, tr("must be one of portal, department, special"), &s.kind))
        return e;

    const QJsonValue division = o.value(kDivision);
    if (division.isUndefined())
        return FieldError{kDivision, tr("is required")};
    if (!division.isString() || !DivisionCode::isValid(division.toString()))
        return FieldError{kDivision, tr("must be a 6-digit administrative-division code")};
    s.divisionCode = division.toString();

    if (o.contains(kServices)) {
        if (!o.value(kServices).isBool())
            return FieldError{kServices, tr("must be true or false")};
        s.publicServices = o.value(kServices).toBool();
    }
    if (!s.publicServices && s.kind != SiteKind::Department)
        return FieldError{kServices, tr("only department sites may be scored without public services")};
    *out = std::move(s);
    return std::nullopt;
}

QByteArray RequestBody::inputsJson(const Assessment& assessment)
{
    QJsonObject deductions;
    for (auto it = assessment.deductions.cbegin(); it != assessment.deductions.cend(); ++it)
        deductions.insert(it.key(), it.value());
    QJsonObject o{{kVetoes, QJsonArray::fromStringList(assessment.vetoes)}, {kDeductions, deductions},
        {kBonus, assessment.bonus}};
    if (!assessment.note.isEmpty())
        o.insert(kNote, assessment.note);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<FieldError> RequestBody::parseInputs(const QByteArray& json, ScoreInput* out)
{
    QJsonObject o;
    if (auto e = parseObject(json, &o))
        return e;
    QString note;
    return readInputs(o, &out->vetoes, &out->deductions, &out->bonus, &note);
}

} // namespace sitegov::server
