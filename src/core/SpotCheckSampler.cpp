#include "core/SpotCheckSampler.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <tuple>

namespace sitegov {

namespace {

// splitmix64's finaliser: a good mix of 64 bits, defined the same on every platform.
quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// FNV-1a over the code's UTF-8 bytes.
quint64 fnv1a(const QString& text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint64(quint8(c));
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

int SpotCheckSampler::required(int population, int sharePercent)
{
    if (population <= 0 || sharePercent <= 0)
        return 0;
    const int share = std::min(sharePercent, 100);
    return int((qint64(population) * share + 99) / 100);
}

quint64 SpotCheckSampler::tieBreak(quint32 seed, const Period& month, const QString& code)
{
    return mix(mix(quint64(seed) << 20 ^ quint64(month.firstMonthIndex())) ^ fnv1a(code));
}

SpotCheckSampler::Sample SpotCheckSampler::draw(
    const QList<Candidate>& candidates, const Period& month, int sharePercent, quint32 seed)
{
    // One candidate per site, whatever the input's order or repetitions: sorted by code.
    QMap<QString, Candidate> byCode;
    for (const Candidate& c : candidates) {
        if (!byCode.contains(c.code))
            byCode.insert(c.code, c);
    }
    using Key = std::pair<int, int>; // level, kind
    QMap<Key, QList<Candidate>> strata;
    for (const Candidate& c : std::as_const(byCode))
        strata[Key{int(c.level), int(c.kind)}].append(c);

    Sample sample;
    sample.population = int(byCode.size());
    sample.required = required(sample.population, sharePercent);
    for (auto it = strata.begin(); it != strata.end(); ++it) {
        QList<Candidate>& members = it.value();
        QHash<QString, quint64> rank;
        for (const Candidate& c : std::as_const(members))
            rank.insert(c.code, tieBreak(seed, month, c.code));
        std::sort(members.begin(), members.end(), [&rank](const Candidate& a, const Candidate& b) {
            return std::tuple(a.lastCheckedMonth, rank.value(a.code), a.code)
                < std::tuple(b.lastCheckedMonth, rank.value(b.code), b.code);
        });
        Stratum s;
        s.level = AdminLevel(it.key().first);
        s.kind = SiteKind(it.key().second);
        s.size = int(members.size());
        s.drawn = required(s.size, sharePercent);
        for (int i = 0; i < s.drawn; ++i)
            sample.siteIds.append(members.at(i).siteId);
        sample.strata.append(s);
    }
    return sample;
}

} // namespace sitegov
