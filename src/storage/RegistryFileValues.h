#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace sitegov {

// The values of the registry's files (RegistryExchange): each stored key with the Chinese a
// Chinese file writes for it and the other words people write in a table, English ones included.
// A vocabulary ("site_kind", "status", "platform", "level", "org_kind", "role") is read back in any
// language; a file is written in one.
class RegistryFileValues final
{
public:
    // Trimmed, lower case, without byte-order mark, spaces and underscores: how cells and headers compare.
    static QString norm(const QString& s);
    // The stored key a cell names in a vocabulary, or empty.
    static QString keyOf(const char* vocabulary, const QString& text);
    // What a file writes for a stored key: the key itself in an English file, its Chinese otherwise.
    static QString value(const char* vocabulary, const QString& key, bool english);
    static QString yesNo(bool value, bool english);
    // yes/no, 是/否, 在用/停用, 1/0 …; empty is yes. Nothing for a word that is neither.
    static std::optional<bool> parseBool(const QString& text);
    // 2017-09-30, 2017/9/30, 2017.9.30, 2017年9月30日; empty gives an invalid date.
    static std::optional<QDate> parseDate(const QString& text);
};

} // namespace sitegov
