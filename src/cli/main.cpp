#include "cli/Cli.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

// Whether the command writes a laid-out document (the bulletin as PDF or ODF text, an annual report as
// PDF), which needs fonts and so a QGuiApplication; every other command runs on QCoreApplication alone.
bool writesDocument(int argc, char** argv)
{
    bool bulletin = false;
    bool document = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "bulletin") == 0 || std::strcmp(a, "annual-report") == 0)
            bulletin = true;
        const char* value = nullptr;
        if (std::strcmp(a, "--format") == 0 && i + 1 < argc)
            value = argv[i + 1];
        else if (std::strncmp(a, "--format=", 9) == 0)
            value = a + 9;
        if (value && (std::strcmp(value, "pdf") == 0 || std::strcmp(value, "odt") == 0))
            document = true;
    }
    return bulletin && document;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (writesDocument(argc, argv)) {
        // No window is shown: the offscreen platform lays the document out, with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SiteGov"));
    QCoreApplication::setApplicationName(QStringLiteral("sitegov"));
    const QString envLang = qEnvironmentVariable("SITEGOV_LANG");
    sitegov::Language::install(envLang.isEmpty() ? sitegov::Language::systemDefault() : envLang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    sitegov::CliIo io{out, err, in, isatty(STDIN_FILENO) == 1};
    sitegov::Cli cli;
    return cli.run(QCoreApplication::arguments(), io);
}
