#include "probe/ProbeOptions.h"

#include "core/BuildInfo.h"
#include "core/CommandLineOption.h"

namespace sitegov::probe {

Result<ProbeOptions> ProbeOptions::parse(const QStringList& args)
{
    ProbeOptions o;
    for (int i = 0; i < args.size(); ++i) {
        CommandLineOption option(args, i);
        const QString a = option.name();
        const auto value = [&](QString* out) -> Status {
            const std::optional<QString> v = option.value();
            if (!v)
                return Error{tr("%1 needs a value.").arg(a), {}};
            *out = *v;
            return {};
        };
        const auto number = [&](int* out, int min, int max) -> Status {
            QString v;
            if (const Status s = value(&v); !s)
                return s;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < min || n > max)
                return Error{tr("%1 takes a whole number from %2 to %3.").arg(a).arg(min).arg(max), {}};
            *out = n;
            return {};
        };
        Status s;
        if (a == u"--database" || a == u"-d")
            s = value(&o.database);
        else if (a == u"--org" || a == u"--region")
            s = value(&o.org);
        else if (a == u"--site")
            s = value(&o.site);
        else if (a == u"--resolve") {
            QString v;
            s = value(&v);
            o.resolve << v;
        } else if (a == u"--ca-file")
            s = value(&o.caFile);
        else if (a == u"--contact")
            s = value(&o.contact);
        else if (a == u"--user-agent")
            s = value(&o.userAgent);
        else if (a == u"--workers")
            s = number(&o.workers, 1, 512);
        else if (a == u"--host-interval-ms")
            s = number(&o.hostIntervalMs, 0, 60000);
        else if (a == u"--limit")
            s = number(&o.limitSeconds, 1, 120);
        else if (a == u"--retry-delay-ms")
            s = number(&o.retryDelayMs, 0, 120000);
        else if (a == u"--max-links")
            s = number(&o.maxLinks, 0, 100000);
        else if (a == u"--once")
            o.once = true;
        else if (a == u"--availability-only")
            o.availabilityOnly = true;
        else if (a == u"--help" || a == u"-h")
            o.showHelp = true;
        else if (a == u"--version")
            o.showVersion = true;
        else
            return Error{tr("Unknown option %1 (sitegov-probe --help lists them).").arg(a), {}};
        if (!s)
            return s.error();
    }
    if (o.database.isEmpty() && !o.showHelp && !o.showVersion)
        return Error{tr("--database PATH is required: the SiteGov database whose registry is probed."), {}};
    return o;
}

QString ProbeOptions::effectiveUserAgent() const
{
    if (!userAgent.isEmpty())
        return userAgent;
    return QStringLiteral("Mozilla/5.0 (compatible; %1/%2; %3)").arg(productToken(), BuildInfo::version(), contact);
}

QString ProbeOptions::helpText()
{
    return tr("Usage: sitegov-probe --database PATH [OPTIONS]\n"
              "\n"
              "Measures every running site of the registry as the national indicators do: availability (at least\n"
              "20 probes a day, key portals every 15 minutes, 15 s per probe), the freshness of the homepage and of\n"
              "the registered columns, links, the foot of the page and the TLS certificate; writes the results and\n"
              "their evidence into the database. Closed sites and sites under announced maintenance are not probed.\n"
              "\n"
              "Options:\n"
              "  --database PATH        the SiteGov database (required)\n"
              "  --org CODE             only the sites of this unit's jurisdiction (division code, number or name)\n"
              "  --site CODE            only this site (its identifier code)\n"
              "  --once                 one round: probe every site once and check it in full, then exit\n"
              "  --availability-only    availability probes only (no daily checks)\n"
              "  --resolve H:P:ADDR     connect to ADDR for host H on port P (* for any host or port), like curl\n"
              "  --ca-file FILE         extra trusted certificates (PEM)\n"
              "  --contact TEXT         who to ask, in the User-Agent (an address or a web page)\n"
              "  --user-agent TEXT      the whole User-Agent instead of the identifying default\n"
              "  --workers N            sites probed at the same time (default 16)\n"
              "  --host-interval-ms MS  between two requests to one host (default 1000: one a second)\n"
              "  --limit S              seconds per probe (default 15)\n"
              "  --retry-delay-ms MS    before the retry of a failed probe (default 5000)\n"
              "  --max-links N          links checked per site and day (default 400)\n"
              "  --help, --version\n");
}

} // namespace sitegov::probe
