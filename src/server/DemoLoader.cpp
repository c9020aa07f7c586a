#include "server/DemoLoader.h"

#include "demo/DemoAssessments.h"
#include "server/RequestBody.h"
#include "server/ServerStore.h"

namespace sitegov::server {

Result<DemoLoader::Summary> DemoLoader::load(ServerStore& store, const ScoringModel& model, const Options& options)
{
    Summary summary;
    const auto existing = store.siteCount();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return summary;

    DemoAssessments::Options demo;
    demo.seed = options.seed;
    demo.today = options.today;
    demo.months = options.months;
    const auto generated = DemoAssessments::generate(model.rules(), demo);
    if (!generated)
        return generated.error();

    QList<ServerStore::Site> sites;
    sites.reserve(generated->sites.size());
    for (const DemoAssessments::AssessedSite& d : generated->sites) {
        ServerStore::Site s;
        s.code = d.code;
        s.name = d.name;
        s.level = d.level;
        s.kind = d.kind;
        s.divisionCode = d.divisionCode;
        s.publicServices = d.publicServices;
        sites.append(s);
    }
    QList<ServerStore::ScoreRow> rows;
    QList<QByteArray> inputs;
    rows.reserve(generated->assessments.size());
    inputs.reserve(generated->assessments.size());
    for (const DemoAssessments::Assessment& a : generated->assessments) {
        const auto card = model.score(a.input);
        if (!card)
            return card.error();
        ServerStore::ScoreRow row;
        row.siteCode = a.siteCode;
        row.period = a.period;
        row.card = *card;
        rows.append(row);
        RequestBody::Assessment posted;
        posted.siteCode = a.siteCode;
        posted.period = a.period;
        posted.vetoes = a.input.vetoes;
        posted.deductions = a.input.deductions;
        posted.bonus = a.input.bonus;
        inputs.append(RequestBody::inputsJson(posted));
    }

    if (const Status s = store.import(sites, rows, inputs); !s)
        return s.error();
    summary.loaded = true;
    summary.sites = int(sites.size());
    summary.assessments = int(rows.size());
    summary.first = generated->months.constFirst();
    summary.last = generated->months.constLast();
    return summary;
}

} // namespace sitegov::server
