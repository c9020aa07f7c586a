#include "cli/Cli.h"
#include "core/Language.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
