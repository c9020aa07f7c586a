#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

namespace sitegov::test {

// Another program writing while a test runs, as an office's scripts would: a shell loop that runs
// `sitegovctl import orgs` again and again, each time with a file of one new unit ("循环写入单位N"
// under 福建省人民政府, so the database must hold the demo's units), until stop(). Every sitegovctl
// opens and closes the database, as the programs of the issue did. It prints the number of each
// import that exited 0: the writes it was told were made, which must never be lost.
class WriterLoop final
{
public:
    WriterLoop(const QString& sitegovctl, const QString& database, const QString& folder)
        : m_folder(folder)
    {
        m_process.setProgram(QStringLiteral("bash"));
        m_process.setArguments({QStringLiteral("-c"), QStringLiteral(R"(
i=0
while [ ! -e "$DIR/stop" ]; do
  i=$((i+1))
  printf 'name,parent,level,kind,division_code\n%s%d,福建省人民政府,province,department,350000\n' "$PREFIX" "$i" >"$DIR/unit.csv"
  if "$CTL" import orgs "$DIR/unit.csv" --database "$DB" >/dev/null 2>>"$DIR/errors.log"; then echo "$i"; fi
done
)")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CTL"), sitegovctl);
        env.insert(QStringLiteral("DB"), database);
        env.insert(QStringLiteral("DIR"), folder);
        env.insert(QStringLiteral("PREFIX"), prefix());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_process.setProcessEnvironment(env);
    }

    ~WriterLoop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    static QString prefix() { return QStringLiteral("循环写入单位"); }

    // Starts the loop and returns once its first write is confirmed.
    bool start()
    {
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("stop")));
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return false;
        }
        return true;
    }

    // Returns once `count` more writes were confirmed.
    bool waitForWrites(int count)
    {
        const int target = int(confirmedSoFar().size()) + count;
        while (int(confirmedSoFar().size()) < target) {
            if (!m_process.waitForReadyRead(60000))
                return false;
        }
        return true;
    }

    // Stops the loop after its current write; the numbers of every write that exited 0.
    QList<int> stop()
    {
        QFile flag(QDir(m_folder).filePath(QStringLiteral("stop")));
        if (flag.open(QIODevice::WriteOnly))
            flag.close();
        m_process.waitForFinished(120000);
        confirmedSoFar();
        return m_confirmed;
    }

    QString errors() const
    {
        QFile log(QDir(m_folder).filePath(QStringLiteral("errors.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // The numbers of the loop's units in a database (through SQLite).
    static QSet<int> unitsIn(const QSqlDatabase& db)
    {
        QSet<int> out;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM organisations WHERE name LIKE ?"));
        q.addBindValue(prefix() + u'%');
        if (q.exec()) {
            while (q.next())
                out.insert(q.value(0).toString().mid(prefix().size()).toInt());
        }
        return out;
    }

private:
    const QList<int>& confirmedSoFar()
    {
        while (m_process.canReadLine())
            m_confirmed.append(m_process.readLine().trimmed().toInt());
        return m_confirmed;
    }

    QString m_folder;
    QProcess m_process;
    QList<int> m_confirmed;
};

} // namespace sitegov::test
