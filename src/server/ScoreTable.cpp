#include "server/ScoreTable.h"

#include "core/ScoringModel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QMap>
#include <algorithm>

namespace sitegov::server {

namespace {

ServerStore::ScoreRow average(const Period& period, const QList<const ServerStore::ScoreRow*>& months, double passMark)
{
    ServerStore::ScoreRow out = *months.first();
    out.period = period;
    const double n = double(months.size());
    double deduction = 0;
    double bonusClaimed = 0;
    double bonus = 0;
    double total = 0;
    QStringList vetoes;
    QMap<QString, std::pair<double, double>> categorySums; // key -> (sum of scores, max)
    QStringList categoryOrder;
    bool scaled = false;
    for (const ServerStore::ScoreRow* r : months) {
        deduction += r->card.deductionScore;
        bonusClaimed += r->card.bonusClaimed;
        bonus += r->card.bonus;
        total += r->card.total;
        scaled = scaled || r->card.scaled;
        for (const QString& v : r->card.vetoes) {
            if (!vetoes.contains(v))
                vetoes.append(v);
        }
        for (const auto& c : r->card.categories) {
            if (!categorySums.contains(c.key))
                categoryOrder.append(c.key);
            auto& sum = categorySums[c.key];
            sum.first += c.score;
            sum.second = c.max;
        }
        if (r->updatedAt > out.updatedAt)
            out.updatedAt = r->updatedAt;
    }
    out.card.deductionScore = ScoringModel::round2(deduction / n);
    out.card.bonusClaimed = ScoringModel::round2(bonusClaimed / n);
    out.card.bonus = ScoringModel::round2(bonus / n);
    out.card.total = ScoringModel::round2(total / n);
    out.card.vetoes = vetoes;
    out.card.scaled = scaled;
    out.card.passed = vetoes.isEmpty() && out.card.deductionScore >= passMark;
    out.card.categories.clear();
    for (const QString& key : categoryOrder) {
        const auto& sum = categorySums.value(key);
        out.card.categories.append({key, ScoringModel::round2(sum.first / n), sum.second});
    }
    return out;
}

} // namespace

ScoreTable ScoreTable::build(const Period& period, const QList<ServerStore::ScoreRow>& rows, double passMark)
{
    ScoreTable table;
    table.m_period = period;

    // Group by site: the exact period wins, otherwise the months.
    QMap<QString, const ServerStore::ScoreRow*> exact;
    QMap<QString, QList<const ServerStore::ScoreRow*>> months;
    for (const ServerStore::ScoreRow& r : rows) {
        if (r.period == period)
            exact.insert(r.siteCode, &r);
        else if (r.period.kind() == Period::Kind::Month && period.contains(r.period))
            months[r.siteCode].append(&r);
    }
    QStringList sites = exact.keys();
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        if (!exact.contains(it.key()))
            sites.append(it.key());
    }
    table.m_entries.reserve(sites.size());
    for (const QString& code : sites) {
        Entry e;
        if (const ServerStore::ScoreRow* r = exact.value(code)) {
            e.row = *r;
            e.assessments = 1;
        } else {
            const auto& list = months[code];
            e.row = average(period, list, passMark);
            e.assessments = int(list.size());
        }
        table.m_entries.append(std::move(e));
    }

    // Rank within each level.
    auto better = [](const Entry& a, const Entry& b) {
        if (a.row.card.passed != b.row.card.passed)
            return a.row.card.passed;
        return a.row.card.total > b.row.card.total;
    };
    QMap<int, QList<Entry*>> byLevel;
    for (Entry& e : table.m_entries)
        byLevel[int(e.row.level)].append(&e);
    for (auto& list : byLevel) {
        std::stable_sort(list.begin(), list.end(), [&](const Entry* a, const Entry* b) { return better(*a, *b); });
        for (int i = 0; i < list.size(); ++i) {
            Entry* e = list.at(i);
            const bool tied = i > 0 && !better(*list.at(i - 1), *e) && !better(*e, *list.at(i - 1));
            e->rank = tied ? list.at(i - 1)->rank : i + 1;
            e->rankOf = int(list.size());
        }
    }
    std::sort(table.m_entries.begin(), table.m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.row.siteCode < b.row.siteCode;
    });
    for (int i = 0; i < table.m_entries.size(); ++i)
        table.m_bySite.insert(table.m_entries.at(i).row.siteCode, i);

    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray buffer;
    for (const Entry& e : std::as_const(table.m_entries)) {
        buffer.clear();
        QDataStream out(&buffer, QIODevice::WriteOnly);
        const ServerStore::ScoreRow& r = e.row;
        out << r.siteCode << r.siteName << int(r.level) << int(r.kind) << r.divisionCode << r.updatedAt << r.card.rulesId
            << r.card.total << r.card.deductionScore << r.card.bonus << r.card.bonusClaimed << r.card.passed
            << r.card.scaled << r.card.vetoes << e.rank << e.rankOf << e.assessments;
        for (const auto& c : r.card.categories)
            out << c.key << c.score;
        hash.addData(buffer);
    }
    table.m_digest = hash.result().toHex();
    return table;
}

const ScoreTable::Entry* ScoreTable::find(const QString& siteCode) const
{
    const auto it = m_bySite.constFind(siteCode);
    return it == m_bySite.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace sitegov::server
