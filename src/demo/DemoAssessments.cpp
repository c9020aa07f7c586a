#include "demo/DemoAssessments.h"

#include "demo/DemoRegistry.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace sitegov {

namespace {

double halfPoints(double v)
{
    return std::round(v * 2.0) / 2.0;
}

// The running sites of the console demo's registry for a seed: the same draws as DemoBuilder makes.
Result<QList<DemoAssessments::AssessedSite>> demoSites(quint32 seed)
{
    QRandomGenerator rng(seed);
    const auto registry = DemoRegistry::plan(rng);
    if (!registry)
        return registry.error();
    QList<DemoAssessments::AssessedSite> out;
    for (const DemoSite& d : registry->sites) {
        if (d.site.status != SiteStatus::Operating && d.site.status != SiteStatus::Migrating)
            continue;
        const DemoUnit& host = registry->units.at(d.host);
        DemoAssessments::AssessedSite s;
        s.code = d.site.code;
        s.name = d.site.name;
        s.level = host.level;
        s.kind = d.site.kind;
        s.divisionCode = host.divisionCode;
        out.append(s);
    }
    std::sort(out.begin(), out.end(),
        [](const DemoAssessments::AssessedSite& a, const DemoAssessments::AssessedSite& b) { return a.code < b.code; });
    return out;
}

// The first draws of the demo's generator: which department sites have no public services.
Result<QList<DemoAssessments::AssessedSite>> drawSites(quint32 seed, QRandomGenerator& rng)
{
    auto registry = demoSites(seed);
    if (!registry)
        return registry.error();
    QList<DemoAssessments::AssessedSite> sites = std::move(registry).value();
    for (DemoAssessments::AssessedSite& s : sites)
        s.publicServices = !(s.kind == SiteKind::Department && rng.generateDouble() < 0.12);
    return sites;
}

constexpr quint32 kGeneratorSeed = 0x53475653u;

} // namespace

Result<QList<DemoAssessments::AssessedSite>> DemoAssessments::assessedSites(quint32 seed)
{
    QRandomGenerator rng(seed ^ kGeneratorSeed);
    return drawSites(seed, rng);
}

Result<DemoAssessments> DemoAssessments::generate(const ScoringRules& rules, const Options& options)
{
    if (options.months < 1 || options.months > 120)
        return Error{tr("The demo covers 1 to 120 months."), QString::number(options.months)};
    QRandomGenerator rng(options.seed ^ kGeneratorSeed);
    auto registry = drawSites(options.seed, rng);
    if (!registry)
        return registry.error();

    DemoAssessments out;
    out.sites = std::move(registry).value();
    auto uniform = [&rng](double from, double to) {
        return from + (to - from) * rng.generateDouble();
    };
    auto chance = [&rng](double p) {
        return rng.generateDouble() < p;
    };

    // The months up to the last full one.
    for (Period p = Period::monthOf(options.today.addMonths(-options.months)); out.months.size() < options.months;
         p = p.next())
        out.months.append(p);

    out.assessments.reserve(out.sites.size() * out.months.size());
    for (const AssessedSite& site : std::as_const(out.sites)) {
        const bool weak = chance(0.07);
        const double base = weak ? uniform(0.42, 0.62) : uniform(0.06, 0.30);
        const bool bonusSite = site.kind == SiteKind::Portal && chance(0.4);
        const double vetoChance = weak ? 0.05 : 0.008;
        for (int m = 0; m < out.months.size(); ++m) {
            // Sites improve over the two years, with noise from month to month.
            const double trend = 1.2 - 0.35 * double(m) / std::max(1, int(out.months.size()) - 1);
            Assessment a;
            a.siteCode = site.code;
            a.period = out.months.at(m);
            a.input.kind = site.kind;
            a.input.hasPublicServices = site.publicServices;
            for (const auto& category : rules.categories()) {
                if (!site.publicServices && category.key == rules.servicesCategory())
                    continue;
                for (const auto& indicator : category.indicators) {
                    if (chance(0.3))
                        continue;
                    const double lost = halfPoints(indicator.points * base * trend * uniform(0.2, 1.8));
                    if (lost > 0)
                        a.input.deductions.insert(indicator.key, std::min(lost, indicator.points));
                }
            }
            if (chance(vetoChance)) {
                const auto& vetoes = rules.vetoes();
                const auto& veto = vetoes.at(int(rng.bounded(int(vetoes.size()))));
                if (site.publicServices || veto.category != rules.servicesCategory())
                    a.input.vetoes.append(veto.key);
            }
            if (bonusSite && chance(0.7))
                a.input.bonus = double(4 + rng.bounded(23));
            out.assessments.append(a);
        }
    }
    return out;
}

} // namespace sitegov
