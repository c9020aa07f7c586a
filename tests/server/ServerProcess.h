#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <csignal>
#include <sys/types.h>

namespace sitegov::test {

// sitegov-server started as a process on 127.0.0.1:0 over a store of its own (or one it shares with
// other instances: useDatabase, shareTokens), with a read, a write and a metrics token made by
// `sitegov-server token create`; its log (stderr) is collected.
class ServerProcess final
{
public:
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // The store is `database` (a PostgreSQL URL that other instances use too) instead of a file of its own.
    void useDatabase(const QString& database) { m_database = database; }
    // The tokens of another instance on the same database, instead of making new ones.
    void shareTokens(const ServerProcess& other)
    {
        readToken = other.readToken;
        writeToken = other.writeToken;
        metricsToken = other.metricsToken;
    }

    bool start(const QStringList& extra)
    {
        if (!m_dir.isValid())
            return false;
        if (m_database.isEmpty())
            m_database = m_dir.filePath(QStringLiteral("front.db"));
        if (readToken.isEmpty()) {
            readToken = token(QStringLiteral("reader"), QStringLiteral("read"));
            writeToken = token(QStringLiteral("writer"), QStringLiteral("write"));
            metricsToken = token(QStringLiteral("prometheus"), QStringLiteral("metrics"));
        }
        if (readToken.isEmpty() || writeToken.isEmpty() || metricsToken.isEmpty())
            return false;
        m_process.start(QStringLiteral(SITEGOV_SERVER_BINARY),
            QStringList{
                QStringLiteral("--database"), m_database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral(R"(listening on http://127\.0\.0\.1:(\d+))"));
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_log += QString::fromUtf8(m_process.readAllStandardError());
            const auto m = listening.match(m_log);
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
        }
        qWarning("%s", qPrintable(m_log));
        return false;
    }

    QByteArray token(const QString& name, const QString& scope)
    {
        QProcess p;
        p.start(QStringLiteral(SITEGOV_SERVER_BINARY),
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), m_database,
                QStringLiteral("--name"), name, QStringLiteral("--scope"), scope});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("token create: %s", p.readAllStandardError().constData());
            return {};
        }
        return p.readAllStandardOutput().trimmed();
    }

    bool revoke(const QString& name)
    {
        QProcess p;
        p.start(QStringLiteral(SITEGOV_SERVER_BINARY),
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--database"), m_database,
                QStringLiteral("--name"), name});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    // The log so far.
    QString log()
    {
        m_process.waitForReadyRead(50);
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }

    // Waits (up to `ms`) until the log has a line matching `pattern`.
    bool logShows(const QRegularExpression& pattern, int ms = 10000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (pattern.match(log()).hasMatch())
                return true;
        }
        return pattern.match(log()).hasMatch();
    }

    // Sends `signal` and waits for the exit; returns the milliseconds it took, -1 if it did not end
    // within 30 seconds.
    qint64 stop(int signal, int* exitCode)
    {
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(30000))
            return -1;
        *exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return timer.elapsed();
    }

    // SIGKILL: the instance dies at once, as on a crash.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    quint16 port = 0;
    QByteArray readToken;
    QByteArray writeToken;
    QByteArray metricsToken;

private:
    QTemporaryDir m_dir;
    QString m_database;
    QProcess m_process;
    QString m_log;
};

} // namespace sitegov::test
