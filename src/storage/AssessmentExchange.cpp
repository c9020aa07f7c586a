#include "storage/AssessmentExchange.h"

#include "core/SpotCheck.h"
#include "db/Transaction.h"
#include "storage/AssessmentService.h"
#include "storage/HeaderIndex.h"
#include "storage/RegistryFileValues.h"
#include "storage/SpotCheckService.h"
#include "storage/TableWriter.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace sitegov {

namespace {

QString norm(const QString& s)
{
    QString out = RegistryFileValues::norm(s);
    for (const QChar c : {QChar(u'（'), QChar(u'）'), QChar(u'('), QChar(u')'), QChar(u'-'), QChar(u'：'), QChar(u':')})
        out.remove(c);
    return out;
}

const char* const kSite = "site_code";
const char* const kName = "site_name";
const char* const kServices = "public_services";
const char* const kBonus = "bonus";
const char* const kUrl = "evidence_url";
const char* const kSummary = "summary";
const char* const kTotal = "total";
const char* const kStatus = "status";

QString number(double v)
{
    return v == 0 ? QString() : QLocale::c().toString(v, 'g', 6);
}

// A cell of points: empty is 0; digits with an optional decimal part ("2", "1.5", "2分").
std::optional<double> points(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'分'))
        t.chop(1);
    if (t.isEmpty())
        return 0.0;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

struct Column
{
    int index = -1;
    QString header; // as the file has it
};

} // namespace

QList<ExchangeColumn> AssessmentExchange::fixedColumns()
{
    return {
        {QString::fromLatin1(kSite), QStringLiteral("网站标识码"), true},
        {QString::fromLatin1(kName), QStringLiteral("网站名称"), false},
        {QString::fromLatin1(kServices), QStringLiteral("有办事服务"), false},
        {QString::fromLatin1(kBonus), QStringLiteral("加分"), false},
        {QString::fromLatin1(kUrl), QStringLiteral("证据网址"), false},
        {QString::fromLatin1(kSummary), QStringLiteral("总体说明"), false},
        {QString::fromLatin1(kTotal), QStringLiteral("得分"), false},
        {QString::fromLatin1(kStatus), QStringLiteral("状态"), false},
    };
}

QString AssessmentExchange::vetoHeader(const ScoringRules::Veto& veto, bool english)
{
    return english ? QStringLiteral("veto_") + veto.key : QStringLiteral("否决：") + veto.nameZh;
}

QString AssessmentExchange::indicatorHeader(const ScoringRules::Indicator& indicator, bool english)
{
    return english ? indicator.key : indicator.nameZh;
}

QString AssessmentExchange::noteHeader(const QString& itemHeader, bool english)
{
    return english ? itemHeader + QStringLiteral("_note") : itemHeader + QStringLiteral("（说明）");
}

Result<int> AssessmentExchange::exportTable(
    QSqlDatabase& db, qint64 officeId, const Period& month, TableWriter& writer, bool english)
{
    SpotCheckService plans(db);
    const auto plan = plans.planFor(officeId, month);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error{tr("The office has no spot-check plan for %1.").arg(month.toString()), {}};
    const auto items = plans.items((*plan)->id);
    if (!items)
        return items.error();
    AssessmentService service(db);
    const ScoringRules& rules = service.model().rules();
    QStringList header;
    for (const ExchangeColumn& c : fixedColumns().mid(0, 3))
        header << (english ? c.key : c.chinese);
    for (const ScoringRules::Veto& v : rules.vetoes())
        header << vetoHeader(v, english) << noteHeader(vetoHeader(v, english), english);
    for (const ScoringRules::Category& c : rules.categories()) {
        for (const ScoringRules::Indicator& i : c.indicators)
            header << indicatorHeader(i, english) << noteHeader(indicatorHeader(i, english), english);
    }
    for (const ExchangeColumn& c : fixedColumns().mid(3))
        header << (english ? c.key : c.chinese);
    if (!writer.writeHeader(header))
        return writer.finish().error();

    int rows = 0;
    for (const SpotCheckItem& item : *items) {
        if (item.removed)
            continue;
        std::optional<AssessmentRecord> r;
        if (item.assessmentId != 0) {
            const auto read = service.byId(item.assessmentId);
            if (!read)
                return read.error();
            r = *read;
        }
        QStringList cells{item.siteCode, item.siteName,
            item.kind == SiteKind::Department ? RegistryFileValues::yesNo(!r || r->input.hasPublicServices, english)
                                              : QString()};
        QString url;
        for (const ScoringRules::Veto& v : rules.vetoes()) {
            const Evidence e = r ? r->evidence.value(SpotCheckRules::vetoKey(v.key)) : Evidence{};
            cells << (r && r->input.vetoes.contains(v.key) ? RegistryFileValues::yesNo(true, english) : QString())
                  << e.note;
            if (url.isEmpty())
                url = e.url;
        }
        for (const ScoringRules::Category& c : rules.categories()) {
            for (const ScoringRules::Indicator& i : c.indicators) {
                const Evidence e = r ? r->evidence.value(SpotCheckRules::deductionKey(i.key)) : Evidence{};
                cells << (r ? number(r->input.deductions.value(i.key)) : QString()) << e.note;
                if (url.isEmpty())
                    url = e.url;
            }
        }
        cells << (r ? number(r->input.bonus) : QString()) << url << (r ? r->summary : QString())
              << (r ? QLocale::c().toString(r->card.total, 'f', 2) : QString())
              << (r ? (english ? SpotCheckRules::key(r->status) : SpotCheckRules::displayName(r->status)) : QString());
        if (!writer.writeRow(cells))
            return writer.finish().error();
        ++rows;
    }
    if (const Status s = writer.finish(); !s)
        return s.error();
    return rows;
}

Result<ImportReport> AssessmentExchange::import(
    QSqlDatabase& db, const Session& actor, qint64 officeId, const Period& month, const TableData& table, bool submit)
{
    ImportReport report;
    report.rows = int(table.rows.size());
    SpotCheckService plans(db);
    const auto plan = plans.planFor(officeId, month);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error{tr("The office has no spot-check plan for %1: draw it first.").arg(month.toString()), {}};
    const auto items = plans.items((*plan)->id);
    if (!items)
        return items.error();
    QHash<QString, SpotCheckItem> byCode;
    for (const SpotCheckItem& i : *items)
        byCode.insert(i.siteCode, i);

    AssessmentService service(db);
    const ScoringRules& rules = service.model().rules();

    // The header: each column by its Chinese name or its English key.
    auto header = HeaderIndex::of(table.header, norm);
    if (!header)
        return header.error();
    auto find = [&](const QStringList& names) {
        const int index = header.value().find(names);
        return index >= 0 ? Column{index, table.header.at(index).trimmed()} : Column{};
    };
    QHash<QString, Column> fixed;
    for (const ExchangeColumn& c : fixedColumns()) {
        const Column column = find({c.key, c.chinese});
        if (column.index < 0 && c.required)
            return Error{
                tr("The file has no column \"%1\" (%2): the first line must name the columns.").arg(c.chinese, c.key),
                table.header.join(QStringLiteral(", ")).left(500)};
        fixed.insert(c.key, column);
    }
    QHash<QString, std::pair<Column, Column>> vetoColumns; // key -> value, note
    for (const ScoringRules::Veto& v : rules.vetoes()) {
        vetoColumns.insert(v.key,
            {find({vetoHeader(v, false), vetoHeader(v, true)}),
                find({noteHeader(vetoHeader(v, false), false), noteHeader(vetoHeader(v, true), true)})});
    }
    QHash<QString, std::pair<Column, Column>> indicatorColumns;
    for (const ScoringRules::Category& c : rules.categories()) {
        for (const ScoringRules::Indicator& i : c.indicators) {
            indicatorColumns.insert(i.key,
                {find({indicatorHeader(i, false), indicatorHeader(i, true)}),
                    find({noteHeader(indicatorHeader(i, false), false), noteHeader(indicatorHeader(i, true), true)})});
        }
    }
    for (int i = 0; i < table.header.size(); ++i) {
        if (!header->isUsed(i) && !table.header.at(i).trimmed().isEmpty())
            return Error{tr("The column \"%1\" is neither a veto item nor an indicator of the rule set in force (%2).")
                             .arg(table.header.at(i).trimmed().left(80), rules.id()),
                {}};
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSet<QString> seen;
    for (const TableRow& row : table.rows) {
        auto cell = [&row](const Column& c) {
            return c.index >= 0 ? row.cells.value(c.index).trimmed() : QString();
        };
        QStringList problems;
        auto problem = [&problems](const Column& c, const QString& text) {
            problems << tr("column \"%1\": %2").arg(c.header, text);
        };
        const QString code = cell(fixed.value(QString::fromLatin1(kSite)));
        if (code.isEmpty()) {
            report.issues << ImportIssue{row.line, tr("the site's identifier code is empty")};
            ++report.failed;
            continue;
        }
        if (!byCode.contains(code)) {
            report.issues << ImportIssue{row.line,
                tr("the site %1 is not in the plan of %2 for %3").arg(code, (*plan)->orgName, month.toString())};
            ++report.failed;
            continue;
        }
        if (seen.contains(code)) {
            report.issues << ImportIssue{row.line, tr("the site %1 has a row above already").arg(code)};
            ++report.failed;
            continue;
        }
        seen.insert(code);
        const SpotCheckItem& item = byCode.value(code);
        const QString name = cell(fixed.value(QString::fromLatin1(kName)));
        if (!name.isEmpty() && name != item.siteName)
            problem(fixed.value(QString::fromLatin1(kName)), tr("the site %1 is called %2").arg(code, item.siteName));

        AssessmentDraft d;
        const QString url = cell(fixed.value(QString::fromLatin1(kUrl)));
        auto evidence = [&url](const QString& note) {
            return Evidence{note.isEmpty() ? QString() : url, note, {}};
        };
        const Column services = fixed.value(QString::fromLatin1(kServices));
        if (!cell(services).isEmpty()) {
            const auto v = RegistryFileValues::parseBool(cell(services));
            if (!v)
                problem(services, tr("write 是 or 否 (yes or no), not \"%1\"").arg(cell(services).left(40)));
            else if (!*v && item.kind != SiteKind::Department)
                problem(services, tr("only department sites may be scored without public services"));
            else
                d.publicServices = *v;
        }
        for (const ScoringRules::Veto& v : rules.vetoes()) {
            const auto& [value, note] = vetoColumns.value(v.key);
            const QString text = cell(value);
            if (!text.isEmpty()) {
                const auto yes = RegistryFileValues::parseBool(text);
                if (!yes)
                    problem(value, tr("write 是 or 否 (yes or no), not \"%1\"").arg(text.left(40)));
                else if (*yes)
                    d.vetoes << v.key;
            }
            if (!cell(note).isEmpty())
                d.evidence.insert(SpotCheckRules::vetoKey(v.key), evidence(cell(note)));
        }
        for (const ScoringRules::Category& c : rules.categories()) {
            for (const ScoringRules::Indicator& i : c.indicators) {
                const auto& [value, note] = indicatorColumns.value(i.key);
                const auto p = points(cell(value));
                if (!p)
                    problem(value, tr("\"%1\" is not a number of points").arg(cell(value).left(40)));
                else if (*p < 0 || *p > i.points)
                    problem(value, tr("deduct between 0 and %1 points").arg(QLocale().toString(i.points)));
                else if (*p > 0)
                    d.deductions.insert(i.key, *p);
                if (!cell(note).isEmpty())
                    d.evidence.insert(SpotCheckRules::deductionKey(i.key), evidence(cell(note)));
            }
        }
        const Column bonus = fixed.value(QString::fromLatin1(kBonus));
        if (const auto b = points(cell(bonus)); !b || *b < 0 || *b > rules.bonusMax())
            problem(bonus, tr("the bonus is between 0 and %1 points").arg(QLocale().toString(rules.bonusMax())));
        else
            d.bonus = *b;
        d.summary = cell(fixed.value(QString::fromLatin1(kSummary)));
        if (!problems.isEmpty()) {
            report.issues << ImportIssue{row.line, problems.join(QStringLiteral("; "))};
            ++report.failed;
            continue;
        }
        // A row left blank for a site nobody has assessed yet (an export imported back) makes no draft.
        if (item.assessmentId == 0 && d.vetoes.isEmpty() && d.deductions.isEmpty() && d.bonus == 0
            && d.evidence.isEmpty() && d.summary.isEmpty() && d.publicServices)
            continue;
        // The service checks the rest (who may assess the site, its state, the rules) in a savepoint.
        const auto saved = service.save(actor, item.id, d);
        if (!saved) {
            report.issues << ImportIssue{row.line, tr("%1: %2").arg(code, saved.error().message)};
            ++report.failed;
            continue;
        }
        if (submit) {
            if (const Status s = service.submit(actor, *saved); !s) {
                report.issues << ImportIssue{row.line, tr("%1: %2").arg(code, s.error().message)};
                ++report.failed;
                continue;
            }
        }
        ++report.imported;
    }
    return std::move(report).finishAllOrNothing(tx);
}

} // namespace sitegov
