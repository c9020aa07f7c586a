#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitegov::probe {

// How sitegov-probe runs (README, "The probe"); every option of the command line.
struct ProbeOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProbeOptions)

public:
    QString database;
    QString org; // only the sites of this unit's jurisdiction (its division code, number or name): a region's machine
    QString site; // only this site (its identifier code)
    QStringList resolve; // HOST:PORT:ADDRESS, as curl's --resolve
    QString caFile; // extra trusted certificates (PEM)
    QString contact = QStringLiteral("+https://sitegov.example.org/probe"); // in the User-Agent: who to ask
    QString userAgent; // the whole User-Agent instead of the identifying default
    int workers = 16; // sites probed at the same time
    int hostIntervalMs = 1000; // between two requests to one host
    int limitSeconds = 15; // per probe
    int retryDelayMs = 5000; // before the retry of a failed probe
    int maxLinks = 400; // links checked per site and day
    bool once = false; // one round (every site probed once, and checked in full unless --availability-only), then exit
    bool availabilityOnly = false;
    bool showHelp = false;
    bool showVersion = false;

    static Result<ProbeOptions> parse(const QStringList& args);
    static QString helpText();
    // "Mozilla/5.0 (compatible; SiteGov-Probe/1.2.0; +https://...)": identifying, as crawlers do.
    QString effectiveUserAgent() const;
    static QString productToken() { return QStringLiteral("SiteGov-Probe"); }
};

} // namespace sitegov::probe
