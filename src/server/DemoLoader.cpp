#include "server/DemoLoader.h"

#include "core/Organisation.h"
#include "core/Site.h"
#include "server/RequestBody.h"
#include "server/ServerStore.h"
#include "storage/Database.h"
#include "storage/DemoBuilder.h"
#include "storage/OrganisationRepository.h"
#include "storage/SiteRepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>

namespace sitegov::server {

namespace {

// The console demo's registry, built in a temporary database, as the server registers it.
Result<QList<ServerStore::Site>> demoSites(const DemoLoader::Options& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{DemoLoader::tr("No temporary folder could be created for the demo registry."), dir.errorString()};
    QList<ServerStore::Site> out;
    {
        auto db
            = Database::open(dir.filePath(QStringLiteral("console-demo.db")), Database::Mode::Migrate, Schema::Console);
        if (!db)
            return db.error();
        DemoBuilder::Options demo;
        demo.seed = options.seed;
        demo.today = options.today;
        const auto summary = DemoBuilder::build(**db, demo);
        if (!summary)
            return summary.error();
        SiteRepository sites((*db)->connection());
        OrganisationRepository orgs((*db)->connection());
        // A fresh registry numbers its sites 1..n.
        for (qint64 id = 1; id <= summary->sites; ++id) {
            const auto site = sites.byId(id);
            if (!site)
                return site.error();
            if (site->status != SiteStatus::Operating && site->status != SiteStatus::Migrating)
                continue;
            const auto host = orgs.byId(site->hostOrgId);
            if (!host)
                return host.error();
            ServerStore::Site s;
            s.code = site->code;
            s.name = site->name;
            s.level = host->level;
            s.kind = site->kind;
            s.divisionCode = host->divisionCode;
            out.append(s);
        }
    }
    std::sort(
        out.begin(), out.end(), [](const ServerStore::Site& a, const ServerStore::Site& b) { return a.code < b.code; });
    return out;
}

double halfPoints(double v)
{
    return std::round(v * 2.0) / 2.0;
}

} // namespace

Result<DemoLoader::Summary> DemoLoader::load(ServerStore& store, const ScoringModel& model, const Options& options)
{
    Summary summary;
    const auto existing = store.siteCount();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return summary;
    if (options.months < 1 || options.months > 120)
        return Error{tr("The demo covers 1 to 120 months."), QString::number(options.months)};

    auto registry = demoSites(options);
    if (!registry)
        return registry.error();
    QList<ServerStore::Site> sites = std::move(registry).value();
    QRandomGenerator rng(options.seed ^ 0x53475653u);
    auto uniform = [&rng](double from, double to) {
        return from + (to - from) * rng.generateDouble();
    };
    auto chance = [&rng](double p) {
        return rng.generateDouble() < p;
    };

    const ScoringRules& rules = model.rules();
    for (ServerStore::Site& s : sites)
        s.publicServices = !(s.kind == SiteKind::Department && chance(0.12));

    // The months up to the last full one.
    const Period last = Period::monthOf(options.today.addMonths(-1));
    Period first = Period::monthOf(options.today.addMonths(-options.months));
    QList<Period> months;
    for (Period p = first; months.size() < options.months; p = p.next())
        months.append(p);

    QList<ServerStore::ScoreRow> rows;
    QList<QByteArray> inputs;
    rows.reserve(sites.size() * months.size());
    for (const ServerStore::Site& site : std::as_const(sites)) {
        const bool weak = chance(0.07);
        const double base = weak ? uniform(0.42, 0.62) : uniform(0.06, 0.30);
        const bool bonusSite = site.kind == SiteKind::Portal && chance(0.4);
        const double vetoChance = weak ? 0.05 : 0.008;
        for (int m = 0; m < months.size(); ++m) {
            // Sites improve over the two years, with noise from month to month.
            const double trend = 1.2 - 0.35 * double(m) / std::max(1, int(months.size()) - 1);
            RequestBody::Assessment a;
            a.siteCode = site.code;
            a.period = months.at(m);
            for (const auto& category : rules.categories()) {
                if (!site.publicServices && category.key == rules.servicesCategory())
                    continue;
                for (const auto& indicator : category.indicators) {
                    if (chance(0.3))
                        continue;
                    const double lost = halfPoints(indicator.points * base * trend * uniform(0.2, 1.8));
                    if (lost > 0)
                        a.deductions.insert(indicator.key, std::min(lost, indicator.points));
                }
            }
            if (chance(vetoChance)) {
                const auto& vetoes = rules.vetoes();
                const auto& veto = vetoes.at(int(rng.bounded(int(vetoes.size()))));
                if (site.publicServices || veto.category != rules.servicesCategory())
                    a.vetoes.append(veto.key);
            }
            if (bonusSite && chance(0.7))
                a.bonus = double(4 + rng.bounded(23));

            ScoreInput input;
            input.kind = site.kind;
            input.hasPublicServices = site.publicServices;
            input.vetoes = a.vetoes;
            input.deductions = a.deductions;
            input.bonus = a.bonus;
            const auto card = model.score(input);
            if (!card)
                return card.error();
            ServerStore::ScoreRow row;
            row.siteCode = site.code;
            row.period = a.period;
            row.card = *card;
            rows.append(row);
            inputs.append(RequestBody::inputsJson(a));
        }
    }

    if (const Status s = store.import(sites, rows, inputs); !s)
        return s.error();
    summary.loaded = true;
    summary.sites = int(sites.size());
    summary.assessments = int(rows.size());
    summary.first = months.first();
    summary.last = last;
    return summary;
}

} // namespace sitegov::server
