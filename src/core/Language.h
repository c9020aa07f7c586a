#pragma once

#include <QString>
#include <QStringList>

namespace sitegov {

// The interface languages: Simplified Chinese (default where the system locale is Chinese) and
// English (the source language). Translations are embedded; install() switches at run time.
class Language final
{
public:
    static const QString Chinese; // "zh_CN"
    static const QString English; // "en"

    static QStringList available();
    static QString displayName(const QString& code); // in its own language: 简体中文, English
    // zh, zh_CN, zh-Hans, zh_CN.UTF-8 -> zh_CN; en, en_US -> en; anything else -> empty
    static QString normalise(const QString& code);
    static QString systemDefault();
    // Installs SiteGov's and Qt's translators for `code` and makes it the default QLocale.
    static bool install(const QString& code);
    static QString current();
};

} // namespace sitegov
