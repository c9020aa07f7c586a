// Issue 14, item 4: a write in the console that has to wait for another program says so on screen
// while it waits (the wait blocks the interface thread, so the notice is painted at once): in the
// main window's status bar, and in a note on a dialog such as the login.
#include "gui/common/DatabaseWaitNotice.h"
#include "storage/ConsoleDatabase.h"
#include "db/DatabaseWait.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestDatabaseWaitNotice final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QProcess m_holder;

    // A write through a connection of this program, while DatabaseHolder holds the database: it
    // waits DatabaseWait::limit() and gives up with the message that names the holder.
    void blockedWrite()
    {
        auto db = ConsoleDatabase::open(m_path, Database::Mode::RequireCurrent);
        QVERIFY(db.ok());
        DatabaseWait::setLimit(2500);
        Transaction tx((*db)->connection());
        DatabaseWait::setLimit(DatabaseWait::kDefaultLimitMs);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.beginError().message,
            QStringLiteral("Another program (DatabaseHolder, process %1) is writing to the database; nothing was changed. "
                           "Try again when it has finished.")
                .arg(m_holder.processId()));
    }

    QString waitingText() const
    {
        return QStringLiteral("Waiting for another program (DatabaseHolder, process %1) to finish writing to the "
                              "database…")
            .arg(m_holder.processId());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("wait.db"));
        QVERIFY(ConsoleDatabase::open(m_path).ok());
        m_holder.start(QStringLiteral(DATABASE_HOLDER_PATH), {m_path});
        QVERIFY(m_holder.waitForStarted());
        QVERIFY(m_holder.waitForReadyRead(60000));
        QCOMPARE(m_holder.readLine().trimmed(), QByteArray("holding"));
    }

    void cleanupTestCase()
    {
        m_holder.closeWriteChannel();
        QVERIFY(m_holder.waitForFinished(60000));
    }

    void statusBarOfTheMainWindow()
    {
        QMainWindow window;
        window.resize(800, 600);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const DatabaseWaitNotice notice;
        blockedWrite();
        QCOMPARE(window.statusBar()->currentMessage(), waitingText());
    }

    void noteOnADialog()
    {
        QDialog dialog;
        dialog.resize(400, 300);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const DatabaseWaitNotice notice;
        blockedWrite();
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("databaseWaitNote"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), waitingText());
        // Gone a few seconds after the wait.
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 20000);
    }
};

QTEST_MAIN(TestDatabaseWaitNotice)
#include "TestDatabaseWaitNotice.moc"
