#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "net/AssessmentSender.h"
#include "storage/AppSettings.h"
#include "storage/AssessmentOutbox.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace sitegov {

namespace {

// `sitegovctl outbox send|list`: the confirmed spot-check assessments on their way to sitegov-server,
// through the console's own outbox (storage/AssessmentOutbox) and sender (net/AssessmentSender): the
// same claims (a console and the command line never send one assessment at once), retries, refusals
// and states. The backend's address is the database's (Settings) unless --backend names another;
// the write token comes from SITEGOV_BACKEND_TOKEN, as for `sitegov --backend`.
class OutboxCommands final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCommands)

public:
    static QString stamp(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

    // The state in words, with the backend's score or reason.
    static QString stateText(const OutboxEntry& e)
    {
        const QLocale c = QLocale::c();
        if (e.state == SendState::Sent && e.hasBackendTotal)
            return tr("%1 (the backend scored it %2)")
                .arg(SpotCheckRules::displayName(e.state), c.toString(e.backendTotal, 'f', 2));
        if ((e.state == SendState::Refused || e.state == SendState::Waiting) && !e.error.isEmpty())
            return tr("%1: %2").arg(SpotCheckRules::displayName(e.state), e.error);
        return SpotCheckRules::displayName(e.state);
    }

    static QJsonObject entryJson(const OutboxEntry& e)
    {
        QJsonObject o{{QStringLiteral("assessment_id"), e.assessmentId}, {QStringLiteral("site_code"), e.siteCode},
            {QStringLiteral("month"), e.period.toString()}, {QStringLiteral("state"), SpotCheckRules::key(e.state)},
            {QStringLiteral("attempts"), e.attempts}, {QStringLiteral("queued_at"), stamp(e.queuedAt)},
            {QStringLiteral("last_attempt_at"), stamp(e.lastAttemptAt)},
            {QStringLiteral("next_attempt_at"), stamp(e.nextAttemptAt)}, {QStringLiteral("sent_at"), stamp(e.sentAt)},
            {QStringLiteral("backend_total"), e.hasBackendTotal ? QJsonValue(e.backendTotal) : QJsonValue()},
            {QStringLiteral("error"), e.error}, {QStringLiteral("error_detail"), e.errorDetail}};
        return o;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        std::optional<SendState> state;
        if (p.isSet(QStringLiteral("state"))) {
            state = SpotCheckRules::sendState(p.value(QStringLiteral("state")).trimmed().toLower());
            if (!state) {
                io.err << tr("--state takes waiting, sent, refused or replaced.") << Qt::endl;
                return 2;
            }
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto entries = AssessmentOutbox(db->connection()).entries(state);
        if (!entries) {
            io.err << entries.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(
            p, io, {tr("Assessment"), tr("Site"), tr("Month"), tr("State"), tr("Attempts"), tr("Queued"), tr("Sent")});
        if (!out)
            return 2;
        for (const OutboxEntry& e : *entries) {
            out->row(entryJson(e),
                {QString::number(e.assessmentId), e.siteCode, e.period.toString(), stateText(e),
                    QString::number(e.attempts), stamp(e.queuedAt), stamp(e.sentAt)});
        }
        return out->finish();
    }

    static int send(QCommandLineParser& p, CliIo& io)
    {
        QList<qint64> again;
        for (const QString& text : p.values(QStringLiteral("again"))) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                io.err << tr("--again takes an assessment's number.") << Qt::endl;
                return 2;
            }
            again << id;
        }
        const QByteArray token = qgetenv("SITEGOV_BACKEND_TOKEN").trimmed();
        if (token.isEmpty()) {
            io.err << tr("Put the backend's write token in the environment variable SITEGOV_BACKEND_TOKEN "
                         "(sitegov-server token create --scope write).")
                   << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const AppSettings settings(db->connection());
        net::ClientOptions options;
        options.baseUrl = p.isSet(QStringLiteral("backend")) ? p.value(QStringLiteral("backend")).trimmed()
                                                             : settings.value(QStringLiteral("backend.url")).trimmed();
        options.caFile = p.isSet(QStringLiteral("ca-file"))
            ? p.value(QStringLiteral("ca-file")).trimmed()
            : settings.value(QStringLiteral("backend.ca_file")).trimmed();
        options.token = token;
        if (options.baseUrl.isEmpty()) {
            io.err << tr("No backend is set in the console's Settings: name it with --backend URL.") << Qt::endl;
            return 2;
        }
        AssessmentOutbox outbox(db->connection());
        for (const qint64 id : std::as_const(again)) {
            const auto e = outbox.entry(id);
            if (!e) {
                io.err << e.error().fullText() << Qt::endl;
                return 1;
            }
            if (!*e || ((*e)->state != SendState::Refused && (*e)->state != SendState::Waiting)) {
                io.err << tr("Assessment %1 is not refused or waiting in the outbox: nothing to send again.").arg(id)
                       << Qt::endl;
                return 1;
            }
            if (const Status s = outbox.requeue(id); !s) {
                io.err << s.error().fullText() << Qt::endl;
                return 1;
            }
        }
        const auto waiting = outbox.entries(SendState::Waiting);
        if (!waiting) {
            io.err << waiting.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Sending %n assessment(s) to %1…", nullptr, int(waiting->size())).arg(options.baseUrl) << Qt::endl;
        const auto outcome = net::AssessmentSender::run(db->connection(), options, nullptr,
            QStringLiteral("sitegovctl:%1").arg(QCoreApplication::applicationPid()));
        if (!outcome) {
            io.err << outcome.error().fullText() << Qt::endl;
            return 1;
        }
        // Each one that was waiting, as it stands now.
        for (const OutboxEntry& before : *waiting) {
            const auto now = outbox.entry(before.assessmentId);
            if (!now || !*now)
                continue;
            io.out << QStringList{QString::number(before.assessmentId), before.siteCode, before.period.toString(),
                stateText(**now)}
                          .join(u'\t')
                   << Qt::endl;
        }
        io.out << tr("Sent: %1 (%2 replaced the backend's assessment of the same site and month); refused: %3; still "
                     "waiting: %4.")
                      .arg(outcome->sent)
                      .arg(outcome->replaced)
                      .arg(outcome->refused)
                      .arg(outcome->failed + outcome->skipped)
               << Qt::endl;
        if (outcome->stopped()) {
            io.err << tr("Sending stopped: %1").arg(outcome->stopReason.fullText()) << Qt::endl;
            return 1;
        }
        return outcome->refused > 0 ? 1 : 0;
    }
};

} // namespace

void registerOutboxCommands(Cli& cli)
{
    cli.add({QStringLiteral("outbox send"),
        Cli::tr("Send the confirmed assessments waiting in the outbox to sitegov-server (the write token in "
                "SITEGOV_BACKEND_TOKEN), and print each one's state."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("backend"),
                Cli::tr("The backend's address (default: the one set in the console's Settings)."), Cli::tr("URL")});
            p.addOption({QStringLiteral("ca-file"),
                Cli::tr("Extra trusted certificates (PEM) for HTTPS (default: the Settings')."), Cli::tr("FILE")});
            p.addOption({QStringLiteral("again"),
                Cli::tr("Send this refused or waiting assessment again now (repeatable)."), Cli::tr("ID")});
        },
        &OutboxCommands::send});
    cli.add({QStringLiteral("outbox list"),
        Cli::tr("List the confirmed assessments in the outbox: waiting, sent, refused (with the backend's reason) or "
                "replaced."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(
                {QStringLiteral("state"), Cli::tr("Only waiting, sent, refused or replaced."), Cli::tr("STATE")});
            RowOutput::declare(p);
        },
        &OutboxCommands::list});
}

} // namespace sitegov
