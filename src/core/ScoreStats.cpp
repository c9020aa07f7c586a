#include "core/ScoreStats.h"

#include <algorithm>
#include <cmath>

namespace sitegov {

int ScoreStats::binCount(double width, double upper)
{
    if (width <= 0 || upper <= 0)
        return 0;
    return std::max(1, int(std::ceil(upper / width - 1e-9)));
}

QList<int> ScoreStats::histogram(const QList<double>& values, double width, double upper)
{
    const int bins = binCount(width, upper);
    QList<int> counts(bins, 0);
    if (bins == 0)
        return counts;
    for (double v : values) {
        const int i = v < 0 ? 0 : std::min(bins - 1, int(std::floor(v / width)));
        ++counts[i];
    }
    return counts;
}

double ScoreStats::mean(const QList<double>& values)
{
    if (values.isEmpty())
        return 0;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

double ScoreStats::percent(int part, int count)
{
    return count > 0 ? 100.0 * part / count : 0.0;
}

} // namespace sitegov
