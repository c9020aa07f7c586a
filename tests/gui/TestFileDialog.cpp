// The console's file dialog in the folder of its open database, while another program writes to it:
// SQLite's locks are POSIX locks, lost on every descriptor of the database when the process closes
// any one of them, so the dialog must never open the database, its -wal or its -shm (to guess a
// type or an icon, say), and must refuse them as a file to import or attach. Every open() of this
// process is watched (OpenWatch.cpp).

#include "GuiTestSupport.h"
#include "OpenWatch.h"
#include "core/Language.h"
#include "core/Registry.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace sitegov;

class TestFileDialog final : public QObject
{
    Q_OBJECT

    struct Identity
    {
        QString name;
        dev_t device = 0;
        ino_t inode = 0;
    };

    static Identity identify(const QString& path)
    {
        struct stat st = {};
        const bool ok = ::stat(QFile::encodeName(path).constData(), &st) == 0;
        return {path, ok ? st.st_dev : 0, ok ? st.st_ino : 0};
    }

    static qint64 scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        // The interposition works: Qt's own reading of its files went through it.
        QVERIFY(test::openwatch::totalSeen() > 0);
    }

    void theDatabaseAndItsJournalAreRefused()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        FileDialog::setDatabase(db->path());
        const QString other = dir.filePath(QStringLiteral("sites.csv"));
        QFile(other).open(QIODevice::WriteOnly);
        QVERIFY(!FileDialog::isDatabaseFile(other));
        // Through another name of the same file too (a hard link).
        const QString alias = dir.filePath(QStringLiteral("alias.db"));
        QVERIFY(::link(QFile::encodeName(db->path()).constData(), QFile::encodeName(alias).constData()) == 0);
        for (const QString& path : {db->path(), db->path() + QStringLiteral("-wal"), db->path() + QStringLiteral("-shm"), alias}) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(FileDialog::isDatabaseFile(path), qPrintable(path));
            // Chosen to import or to write over: refused with a message, as if cancelled.
            for (const bool save : {false, true}) {
                const auto chosen = test::answerFileDialog(path);
                const auto refused = test::answerMessageBox(MessageBox::Ok);
                const QString got = save ? FileDialog::getSaveFileName(nullptr, QStringLiteral("Export"), dir.path())
                                         : FileDialog::getOpenFileName(nullptr, QStringLiteral("Import"), dir.path());
                QVERIFY(got.isEmpty());
                QVERIFY(chosen.came());
                QVERIFY(refused.came());
                QVERIFY2(refused.asked().text.contains(QLatin1String("SiteGov database")), qPrintable(refused.asked().text));
            }
        }
        // Opening a database to work on is the one place that may choose it.
        const auto chosen = test::answerFileDialog(db->path());
        QCOMPARE(FileDialog::getDatabaseFileName(nullptr, QStringLiteral("Open database"), dir.path(), {}, false), db->path());
        QVERIFY(chosen.came());
        // Any other file passes.
        const auto csv = test::answerFileDialog(other);
        QCOMPARE(FileDialog::getOpenFileName(nullptr, QStringLiteral("Import"), dir.path()), other);
        QVERIFY(csv.came());
        FileDialog::setDatabase({});
    }

    void browsingTheDatabasesFolderOpensNoneOfItsFiles()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir, QStringLiteral("office.db"));
        QVERIFY(db);
        const auto unit = RegistryService(db->connection())
                              .createOrganisation(Session::system(QStringLiteral("test")),
                                  Organisation{0, 0, QStringLiteral("福建省人民政府办公厅"), AdminLevel::Province,
                                      OrgKind::Government, QStringLiteral("350000"), {}, true});
        QVERIFY(unit.ok());
        AccountService accounts(db->connection());
        const auto admin = accounts.createFirstAdministrator({QStringLiteral("root"), QStringLiteral("管理员"), *unit, {}},
            QStringLiteral("long enough password"));
        QVERIFY(admin.ok());
        const auto clerk = accounts.create(Session::system(QStringLiteral("test")),
            {QStringLiteral("clerk"), QStringLiteral("值班员"), *unit, {Role::Inspector}}, QStringLiteral("long enough password"));
        QVERIFY(clerk.ok());
        // Files beside it of every kind the dialog lists: a table to import, one whose name says
        // nothing, a folder.
        QFile(dir.filePath(QStringLiteral("sites.csv"))).open(QIODevice::WriteOnly);
        QFile(dir.filePath(QStringLiteral("notes"))).open(QIODevice::WriteOnly);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archive")));
        const QString path = db->path();
        const QList<Identity> guarded{identify(path), identify(path + QStringLiteral("-wal")), identify(path + QStringLiteral("-shm"))};
        for (const Identity& f : guarded)
            QVERIFY2(f.inode != 0, qPrintable(f.name + QStringLiteral(" does not exist")));
        FileDialog::setDatabase(path);

        // Another program writes to the database all along: sitegovctl disabling and enabling an
        // account, over and over, until told to stop.
        const QString stop = dir.filePath(QStringLiteral("stop"));
        const QString rounds = dir.filePath(QStringLiteral("rounds"));
        QProcess writer;
        writer.setProgram(QStringLiteral("/bin/sh"));
        writer.setArguments({QStringLiteral("-c"),
            QStringLiteral("while [ ! -e \"$STOP\" ]; do \"$CTL\" user disable --database \"$DB\" --username clerk >/dev/null "
                           "&& \"$CTL\" user enable --database \"$DB\" --username clerk >/dev/null && echo >>\"$ROUNDS\" || exit 1; done")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STOP"), stop);
        env.insert(QStringLiteral("ROUNDS"), rounds);
        env.insert(QStringLiteral("CTL"), QStringLiteral(SITEGOV_CTL_PATH));
        env.insert(QStringLiteral("DB"), path);
        writer.setProcessEnvironment(env);
        writer.start();
        QVERIFY(writer.waitForStarted());
        // However the test ends, the writer is told to stop and waited for.
        const std::unique_ptr<QProcess, std::function<void(QProcess*)>> stopWriter(&writer, [stop](QProcess* p) {
            QFile(stop).open(QIODevice::WriteOnly);
            p->waitForFinished(60000);
        });
        const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QTRY_VERIFY_WITH_TIMEOUT(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) >= auditBefore + 2, 60000);

        // The dialog, for real (not answered in advance), in that folder: it lists the folder, the
        // type and icon of every file; the database's own name typed in and Open is refused.
        int listed = 0;
        QStringList types;
        const auto refused = test::answerMessageBox(MessageBox::Ok);
        const auto browsing = test::answerNext<QFileDialog>([&](QFileDialog* dialog) {
            QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
            // Every file shown: the import's first filter lists tables only.
            dialog->selectNameFilter(QStringLiteral("All files (*)"));
            auto* model = dialog->findChild<QFileSystemModel*>();
            QVERIFY(model);
            const QModelIndex folder = model->index(dir.path());
            // Every entry listed, with its type (which Qt's default icon provider reads files for).
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(folder) >= 6, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (int row = 0; row < model->rowCount(folder); ++row) {
                        if (model->type(model->index(row, 0, folder)).isEmpty())
                            return false;
                    }
                    return true;
                }(),
                20000);
            listed = model->rowCount(folder);
            for (int row = 0; row < listed; ++row) {
                const QModelIndex index = model->index(row, 0, folder);
                types << model->fileName(index) + QStringLiteral(": ") + model->type(index);
                QVERIFY(!model->fileIcon(index).isNull());
            }
            // The other program goes on writing while the dialog is open.
            const qint64 done = QFileInfo(rounds).size();
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(rounds).size() >= done + 2, 60000);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
            // Open, as the button does.
            QMetaObject::invokeMethod(dialog, "accept");
        });
        const test::RealFileDialogs real;
        test::openwatch::start();
        const QString chosen = FileDialog::getOpenFileName(nullptr, QStringLiteral("Import from"), dir.path(),
            QStringLiteral("Tables (*.csv *.xlsx *.txt);;All files (*)"));
        const auto opened = test::openwatch::stop();
        QVERIFY(browsing->answered());
        QVERIFY2(listed >= 6, qPrintable(types.join(u'\n')));
        QVERIFY(chosen.isEmpty());
        QVERIFY(refused.came());
        QVERIFY(!opened.empty()); // the watch saw the dialog's own opening (its settings, icons, fonts)
        for (const auto& o : opened) {
            for (const Identity& f : guarded) {
                QVERIFY2(!(o.device == f.device && o.inode == f.inode),
                    qPrintable(QStringLiteral("the file dialog opened %1 (as %2)").arg(f.name, QString::fromStdString(o.path))));
            }
            const QString name = QFileInfo(QString::fromStdString(o.path)).fileName();
            QVERIFY2(!name.startsWith(QLatin1String("office.db")), o.path.c_str());
        }

        // Then the console writes, the other program stops, and the database is whole.
        QVERIFY(accounts.setDisabled(Session::system(QStringLiteral("test")), *clerk, true).ok());
        QVERIFY(QFile(stop).open(QIODevice::WriteOnly));
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) >= auditBefore + 4);
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        FileDialog::setDatabase({});
    }
};

QTEST_MAIN(TestFileDialog)
#include "TestFileDialog.moc"
