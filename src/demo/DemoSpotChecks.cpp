#include "core/OfficeClock.h"
#include "demo/DemoAssessments.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/AccountabilityService.h"
#include "storage/AssessmentService.h"
#include "storage/OrganisationRepository.h"
#include "storage/SpotCheckService.h"

#include <QRandomGenerator>
#include <QSet>

namespace sitegov {

namespace {

struct Finding
{
    const char* key;
    double points;
    const char* note;
};

// Deductions a checker finds often, with the words an office writes them in.
const Finding kDeductions[] = {
    {"info_update", 3, "动态要闻栏目更新不及时，近一个月仅更新2条"},
    {"info_policy", 2, "部分政策文件未标注发布日期"},
    {"info_interpretation", 3, "政策解读数量少，形式单一"},
    {"service_guides", 4, "办事指南缺少办理时限、收费标准等要素"},
    {"interaction_replies", 3, "部分留言超过10个工作日未答复"},
    {"design_search", 2, "站内搜索结果不准确"},
    {"design_links", 2, "首页存在2处错链断链"},
    {"design_identity", 1, "页面底部未展示网站标识码"},
};

struct Veto
{
    const char* key;
    const char* note;
};

const Veto kVetoes[] = {
    {"homepage_stale", "首页超过2周未更新"},
    {"columns_stale", "“通知公告”栏目超过6个月未更新"},
    {"poor_interaction", "互动栏目留言超过3个月未答复"},
};

Evidence shown(const QString& site, const char* note)
{
    Evidence e;
    e.url = site;
    e.note = QString::fromUtf8(note);
    return e;
}

} // namespace

Status DemoBuilder::buildSpotChecks(QSqlDatabase& db, const QDate& today, quint32 seed)
{
    AccountService accounts(db);
    const auto director = accounts.byUsername(QStringLiteral("director"));
    const auto inspector = accounts.byUsername(QStringLiteral("inspector"));
    if (!director)
        return director.error();
    if (!inspector)
        return inspector.error();
    QRandomGenerator rng(seed ^ 0x5c0ffeeU);
    SpotCheckService plans(db);
    AssessmentService assessments(db);
    AccountabilityService accountability(db);
    // The department sites without public services, as the demo backend (sitegov-server --demo)
    // registers them: their assessments are scored by the 4/3 rule and deduct nothing from the
    // services category, so that the backend takes them and scores them alike.
    const auto backendSites = DemoAssessments::assessedSites(seed);
    if (!backendSites)
        return backendSites.error();
    QSet<QString> withoutServices;
    for (const DemoAssessments::AssessedSite& s : *backendSites) {
        if (!s.publicServices)
            withoutServices.insert(s.code);
    }
    const ScoringRules& rules = assessments.model().rules();
    auto servicesIndicator = [&rules](const QString& key) {
        const auto* i = rules.indicator(key);
        return i && i->category == rules.servicesCategory();
    };
    auto servicesVeto = [&rules](const QString& key) {
        const auto* v = rules.veto(key);
        return v && v->category == rules.servicesCategory();
    };

    // An office's plans of the past eleven months, checked and confirmed, and this month's, drawn and
    // assigned but not checked yet.
    const Period current = Period::monthOf(today);
    auto officePlans = [&](qint64 officeId, const Session& planner, const Session& checker, qint64 checkerId,
                           const Session& reviewer, quint32 seedBase) -> Status {
        for (int back = 11; back >= 0; --back) {
            const int index = current.firstMonthIndex() - back;
            const Period month = Period::month(index / 12, index % 12 + 1);
            const auto planId = plans.draw(planner, officeId, month, quint32(seedBase + index));
            if (!planId)
                return planId.error();
            const auto items = plans.items(*planId);
            if (!items)
                return items.error();
            QList<qint64> ids;
            for (const SpotCheckItem& i : *items)
                ids << i.id;
            if (checkerId != 0) {
                if (const Status s = plans.assign(planner, *planId, ids, checkerId); !s)
                    return s;
            }
            if (back == 0)
                continue;
            const QDate checkedOn = month.lastDay();
            for (const SpotCheckItem& item : *items) {
                AssessmentDraft d;
                const bool noServices = item.kind == SiteKind::Department && withoutServices.contains(item.siteCode);
                d.publicServices = !noServices;
                const int kind = int(rng.bounded(100));
                const int findings = kind < 45 ? 0 : kind < 80 ? 1 : 2;
                for (int f = 0; f < findings; ++f) {
                    const Finding& x = kDeductions[rng.bounded(int(std::size(kDeductions)))];
                    if (noServices && servicesIndicator(QString::fromLatin1(x.key)))
                        continue;
                    d.deductions.insert(QString::fromLatin1(x.key), x.points);
                    d.evidence.insert(
                        SpotCheckRules::deductionKey(QString::fromLatin1(x.key)), shown(item.siteUrl, x.note));
                }
                // About one site in twelve fails on a veto item.
                if (rng.bounded(12) == 0) {
                    const Veto& v = kVetoes[rng.bounded(int(std::size(kVetoes)))];
                    if (!(noServices && servicesVeto(QString::fromLatin1(v.key)))) {
                        d.vetoes << QString::fromLatin1(v.key);
                        d.evidence.insert(
                            SpotCheckRules::vetoKey(QString::fromLatin1(v.key)), shown(item.siteUrl, v.note));
                    }
                }
                if (item.kind == SiteKind::Portal && d.vetoes.isEmpty() && d.deductions.isEmpty())
                    d.bonus = double(rng.bounded(3, 9));
                const auto id = assessments.save(checker, item.id, d);
                if (!id)
                    return id.error();
                if (const Status s = assessments.submit(checker, *id); !s)
                    return s;
                if (const Status s = assessments.confirm(reviewer, *id, QString(), checkedOn.addDays(30), checkedOn);
                    !s)
                    return s;
                const auto confirmed = assessments.byId(*id);
                if (!confirmed)
                    return confirmed.error();
                // Failing sites of the older months: the people behind them are held to account.
                if (confirmed->rectificationId != 0 && back >= 2) {
                    const auto measure
                        = rng.bounded(3) == 0 ? AccountabilityMeasure::Reprimand : AccountabilityMeasure::Interview;
                    const auto added = accountability.add(reviewer, confirmed->rectificationId,
                        QStringLiteral("%1网站负责人").arg(item.hostUnit), item.hostUnit, measure,
                        checkedOn.addDays(10), QString(), today);
                    if (!added)
                        return added.error();
                }
            }
        }
        return {};
    };

    // The province's office: 10% of the province's running sites a month.
    const Session provinceDirector = AccountService::sessionFor(*director);
    if (const Status s = officePlans(director->orgId, provinceDirector, AccountService::sessionFor(*inspector),
            inspector->id, provinceDirector, 2017);
        !s)
        return s;

    // City and county offices check their own jurisdictions too (35%): 泉州 and its 晋江, 厦门 and its
    // 思明. The county inspectors check their county's sites; the offices themselves (without accounts
    // in the demo) plan, check the city's sites and confirm.
    OrganisationRepository units(db);
    quint32 seedBase = 4000;
    for (const QString& username : {QStringLiteral("inspector-jinjiang"), QStringLiteral("inspector-siming")}) {
        const auto countyInspector = accounts.byUsername(username);
        if (!countyInspector)
            return countyInspector.error();
        const auto county = units.byId(countyInspector->orgId);
        if (!county)
            return county.error();
        const auto city = units.byId(county->parentId);
        if (!city)
            return city.error();
        const Session cityOffice = Session::system(city->name + QStringLiteral("办公室"));
        const Session cityCheckers = Session::system(city->name + QStringLiteral("办公室抽查组"));
        if (const Status s = officePlans(city->id, cityOffice, cityCheckers, 0, cityOffice, seedBase); !s)
            return s;
        const Session countyOffice = Session::system(county->name + QStringLiteral("办公室"));
        if (const Status s = officePlans(county->id, countyOffice, AccountService::sessionFor(*countyInspector),
                countyInspector->id, countyOffice, seedBase + 1000);
            !s)
            return s;
        seedBase += 2000;
    }
    return {};
}

} // namespace sitegov
