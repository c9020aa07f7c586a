#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace sitegov {

// A vocabulary of one enumeration: each value with the key that stands for it in the database, in
// files and on the command line ("province", "in_review"). The vocabularies of core (Domain, Request,
// Probe, Registry, Inspection) and storage keep their keys in such tables and read them through the
// functions below.
template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char*>, N>;

// The key of `value`; empty when the table does not hold it.
template<typename E, std::size_t N>
QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

// The value whose key is `key`, ignoring case and the blanks around it.
template<typename E, std::size_t N>
std::optional<E> fromKey(const KeyTable<E, N>& table, QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto& [e, k] : table) {
        if (trimmed.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

// The value whose key is exactly `key` (no case folding, no trimming).
template<typename E, std::size_t N>
std::optional<E> fromExactKey(const KeyTable<E, N>& table, QStringView key)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

// Every value of the table, in its order.
template<typename E, std::size_t N>
QList<E> valuesOf(const KeyTable<E, N>& table)
{
    QList<E> out;
    out.reserve(int(N));
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace sitegov
