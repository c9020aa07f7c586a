#pragma once

#include "core/BuildInfo.h"
#include "core/Language.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <csignal>
#include <iostream>
#include <optional>

namespace sitegov::daemon {

// What the two daemons (sitegov-server, sitegov-probe) do alike at the start and the end of main().

// Blocks SIGINT and SIGTERM in the calling thread and so in every thread started after it (the
// workers, Poco's): one thread waits for them (waitForStop) and stops the service in an orderly way.
// Call it first thing in main(), before any thread exists.
sigset_t blockStopSignals();

// Names the application and installs the language of $SITEGOV_LANG (English when unset). Call it
// once the QCoreApplication exists. Inline: the translations (Language) are a library of their own,
// linked by the programs.
inline void setUp(const QString& applicationName)
{
    QCoreApplication::setApplicationName(applicationName);
    const QString envLang = qEnvironmentVariable("SITEGOV_LANG");
    Language::install(envLang.isEmpty() ? Language::English : envLang);
}

// Waits for SIGINT or SIGTERM (blocked by blockStopSignals()), logs it and returns it.
int waitForStop(const sigset_t& signals);

// The answers main() gives before it starts anything: a usage error (exit code 2), --help or
// --version (0). Nothing when the daemon should go on. `Options` has showHelp, showVersion and a
// static helpText().
template<typename Options>
std::optional<int> answerBeforeStart(const Result<Options>& options, const QString& applicationName)
{
    if (!options) {
        std::cerr << options.error().fullText().toStdString() << std::endl;
        return 2;
    }
    if (options->showHelp) {
        std::cout << Options::helpText().toStdString();
        return 0;
    }
    if (options->showVersion) {
        std::cout << BuildInfo::versionLine(applicationName).toStdString() << std::endl;
        return 0;
    }
    return std::nullopt;
}

} // namespace sitegov::daemon
