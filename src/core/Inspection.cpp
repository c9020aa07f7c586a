#include "core/Inspection.h"

#include "core/KeyTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

constexpr KeyTable<RectificationStatus, 4> kStatuses{{
    {RectificationStatus::Open, "open"},
    {RectificationStatus::Fixed, "fixed"},
    {RectificationStatus::Rechecked, "rechecked"},
    {RectificationStatus::Closed, "closed"},
}};
constexpr KeyTable<RectificationSource, 4> kSources{{
    {RectificationSource::Inspection, "inspection"},
    {RectificationSource::SpotCheck, "spot_check"},
    {RectificationSource::ErrorReport, "error_report"},
    {RectificationSource::Manual, "manual"},
}};

} // namespace

QList<OutcomeProblem> InspectionRules::check(const Checklist& checklist, const Outcomes& outcomes)
{
    QList<OutcomeProblem> problems;
    int missing = 0;
    for (const ChecklistItem& item : checklist.items) {
        const auto it = outcomes.constFind(item.key);
        if (it == outcomes.constEnd()) {
            ++missing;
            problems << OutcomeProblem{item.key, tr("\"%1\" has no result.").arg(item.name())};
            continue;
        }
        if (it->result == ItemResult::Fail && it->note.trimmed().isEmpty())
            problems << OutcomeProblem{item.key, tr("\"%1\" failed: say what is wrong in its note.").arg(item.name())};
        if (it->note.size() > kMaxNote)
            problems << OutcomeProblem{item.key, tr("The note on \"%1\" is longer than %2 characters.").arg(item.name()).arg(kMaxNote)};
    }
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
        if (checklist.indexOf(it.key()) < 0)
            problems << OutcomeProblem{it.key(), tr("\"%1\" is not on the checklist.").arg(it.key())};
    }
    Q_UNUSED(missing);
    return problems;
}

QString InspectionRules::encode(const Outcomes& outcomes)
{
    QJsonObject o;
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
        const ItemOutcome& v = it.value();
        if (v.result == ItemResult::Pass && v.note.isEmpty())
            continue;
        QJsonObject entry{{QStringLiteral("r"), key(v.result)}};
        if (!v.note.isEmpty())
            entry.insert(QStringLiteral("n"), v.note);
        o.insert(it.key(), entry);
    }
    return o.isEmpty() ? QStringLiteral("") : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Outcomes> InspectionRules::decode(const Checklist& checklist, const QString& stored)
{
    Outcomes out;
    for (const ChecklistItem& item : checklist.items)
        out.insert(item.key, ItemOutcome{});
    if (stored.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject())
        return Error{tr("A stored inspection result could not be read."), stored.left(200)};
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const auto result = itemResult(entry.value(QStringLiteral("r")).toString());
        if (!result)
            return Error{tr("A stored inspection result could not be read."), stored.left(200)};
        out.insert(it.key(), ItemOutcome{*result, entry.value(QStringLiteral("n")).toString()});
    }
    return out;
}

int InspectionRules::failures(const Outcomes& outcomes)
{
    int n = 0;
    for (const ItemOutcome& o : outcomes)
        n += o.result == ItemResult::Fail ? 1 : 0;
    return n;
}

EditKind InspectionRules::editKind(const QString& author, const QString& editor, const QDate& day, const QDate& today)
{
    return author == editor && day == today ? EditKind::Edit : EditKind::Correction;
}

QString InspectionRules::key(ItemResult v)
{
    switch (v) {
    case ItemResult::Pass:
        return QStringLiteral("pass");
    case ItemResult::Fail:
        return QStringLiteral("fail");
    case ItemResult::NotApplicable:
        return QStringLiteral("na");
    }
    return {};
}

std::optional<ItemResult> InspectionRules::itemResult(QStringView key)
{
    if (key == u"pass" || key == u"p")
        return ItemResult::Pass;
    if (key == u"fail" || key == u"f")
        return ItemResult::Fail;
    if (key == u"na" || key == u"n")
        return ItemResult::NotApplicable;
    return std::nullopt;
}

QString InspectionRules::displayName(ItemResult v)
{
    switch (v) {
    case ItemResult::Pass:
        return tr("Pass");
    case ItemResult::Fail:
        return tr("Fail");
    case ItemResult::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

bool RectificationRules::canTransition(RectificationStatus from, RectificationStatus to)
{
    using S = RectificationStatus;
    switch (from) {
    case S::Open:
        return to == S::Fixed || to == S::Rechecked || to == S::Closed;
    case S::Fixed:
        return to == S::Rechecked || to == S::Open || to == S::Closed;
    case S::Rechecked:
        return to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

bool RectificationRules::isOverdue(RectificationStatus status, const QDate& deadline, const QDate& today)
{
    return status == RectificationStatus::Open && deadline.isValid() && today > deadline;
}

int RectificationRules::daysOverdue(RectificationStatus status, const QDate& deadline, const QDate& today)
{
    return isOverdue(status, deadline, today) ? int(deadline.daysTo(today)) : 0;
}

QString RectificationRules::key(RectificationStatus v)
{
    return keyOf(kStatuses, v);
}

QString RectificationRules::key(RectificationSource v)
{
    return keyOf(kSources, v);
}

std::optional<RectificationStatus> RectificationRules::status(QStringView key)
{
    return fromExactKey(kStatuses, key);
}

std::optional<RectificationSource> RectificationRules::source(QStringView key)
{
    return fromExactKey(kSources, key);
}

QString RectificationRules::displayName(RectificationStatus v)
{
    switch (v) {
    case RectificationStatus::Open:
        return tr("Open");
    case RectificationStatus::Fixed:
        return tr("Fixed, to re-check");
    case RectificationStatus::Rechecked:
        return tr("Re-checked");
    case RectificationStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString RectificationRules::displayName(RectificationSource v)
{
    switch (v) {
    case RectificationSource::Inspection:
        return tr("Daily inspection");
    case RectificationSource::SpotCheck:
        return tr("Spot check");
    case RectificationSource::ErrorReport:
        return tr("Error report");
    case RectificationSource::Manual:
        return tr("Entered by hand");
    }
    return {};
}

QList<RectificationStatus> RectificationRules::statuses()
{
    return valuesOf(kStatuses);
}

IsoWeek IsoWeek::of(const QDate& day)
{
    IsoWeek w;
    w.week = day.weekNumber(&w.year);
    return w;
}

std::optional<IsoWeek> IsoWeek::parse(QStringView text)
{
    // "2026-W48" or "2026W48"
    const qsizetype w = text.indexOf(u'W', 0, Qt::CaseInsensitive);
    if (w < 4)
        return std::nullopt;
    QStringView yearPart = text.left(w);
    if (yearPart.endsWith(u'-'))
        yearPart.chop(1);
    bool okYear = false;
    bool okWeek = false;
    IsoWeek result{yearPart.toInt(&okYear), text.mid(w + 1).toInt(&okWeek)};
    if (!okYear || !okWeek || !result.isValid() || of(result.monday()) != result)
        return std::nullopt;
    return result;
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    if (!jan4.isValid())
        return {};
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

QString IsoWeek::key() const
{
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString IsoWeek::displayName() const
{
    return QCoreApplication::translate("sitegov::IsoWeek", "Week %2 of %1").arg(year).arg(week);
}

} // namespace sitegov
