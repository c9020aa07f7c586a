#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/Registry.h"
#include "gui/MainWindow.h"
#include "gui/common/StateView.h"
#include "gui/registry/AssignDialog.h"
#include "gui/registry/ImportDialog.h"
#include "gui/registry/ImportPreviewModel.h"
#include "gui/registry/PersonDialog.h"
#include "gui/registry/SiteDetailPanel.h"
#include "gui/registry/SiteDialog.h"
#include "gui/registry/SiteListModel.h"
#include "gui/registry/SitesPage.h"
#include "gui/registry/UnitTreeModel.h"
#include "storage/AccountService.h"
#include "demo/DemoBuilder.h"
#include "storage/ListQueries.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/TableReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sitegov;

class TestRegistryPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Session login(const QString& user)
    {
        auto db = ConsoleDatabase::open(m_path);
        const auto s = AccountService((*db)->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_path);
        QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void modelPassesTheModelTester()
    {
        auto db = ConsoleDatabase::open(m_path);
        SiteListModel model((*db)->path(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        model.fetchAllForTests();
        QTRY_COMPARE(qint64(model.rowCount()), model.totalCount());
        model.sort(SiteListQuery::Domain, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        SiteFilter f;
        f.text = QStringLiteral("福州");
        f.status = QStringLiteral("operating");
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading());
        model.fetchAllForTests();
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.raw(r, SiteListQuery::Status).toString(), QStringLiteral("operating"));
        // Display text is in the user's language; the raw value stays the stored key.
        QCOMPARE(model.index(0, SiteListQuery::Status).data().toString(), QStringLiteral("Operating"));
    }

    void registerAssignAndFind()
    {
        auto db = ConsoleDatabase::open(m_path);
        // A city department without a site of its own.
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT o.id, o.name, o.division_code, o.domain_label, p.domain_label FROM organisations "
                                      "o JOIN organisations p ON p.id = o.parent_id WHERE o.level = 'city' AND o.kind = "
                                      "'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = o.id) "
                                      "ORDER BY o.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 unit = q.value(0).toLongLong();
        const QString unitName = q.value(1).toString();
        const QString division = q.value(2).toString();
        const QString domain = QStringLiteral("%1.%2.gov.cn").arg(q.value(3).toString(), q.value(4).toString());
        q.finish();

        AppContext context{db->get(), login(QStringLiteral("admin"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* page = qobject_cast<SitesPage*>(window.currentPage());
        QTRY_VERIFY(page->model()->rowCount() > 0);

        const QString name = unitName + QStringLiteral("门户");
        const auto registering = test::answerNext<SiteDialog>([&](SiteDialog* dialog) {
            auto* host = dialog->findChild<QComboBox*>(QStringLiteral("hostCombo"));
            host->setCurrentIndex(host->findData(unit));
            QVERIFY(host->currentIndex() >= 0);
            // The next free code under the unit's division is proposed.
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->text().startsWith(division));
            dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(name);
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("department")));
            dialog->findChild<QLineEdit*>(QStringLiteral("domainEdit"))->setText(QStringLiteral("bad domain"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QVERIFY(!save->isEnabled()); // an error blocks saving
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("findingsLabel"))->text().contains(QLatin1String("valid domain")));
            dialog->findChild<QLineEdit*>(QStringLiteral("domainEdit"))->setText(domain);
            dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(QStringLiteral("https://%1/").arg(domain));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* registerButton = window.findChild<QPushButton*>(QStringLiteral("registerSiteButton"));
        QVERIFY(registerButton && registerButton->isVisible());
        QCOMPARE(registerButton->shortcut(), QKeySequence(QKeySequence::New));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // a button's shortcut clicks it a moment later
        auto siteIdByName = [&] {
            QSqlQuery s((*db)->connection());
            s.prepare(QStringLiteral("SELECT id FROM sites WHERE name = ?"));
            s.addBindValue(name);
            return s.exec() && s.next() ? s.value(0).toLongLong() : 0;
        };
        QTRY_VERIFY(siteIdByName() != 0);
        QVERIFY(registering->answered());
        const auto created = SiteRepository((*db)->connection()).byId(siteIdByName());
        QVERIFY(created.ok());
        QCOMPARE(created->status, SiteStatus::Planned);
        QTRY_COMPARE(page->detail()->siteId(), created->id);

        // Going live, then assigning a caretaker (a new person, made from the assignment dialog).
        QVERIFY(RegistryService((*db)->connection()).changeSiteStatus(context.session, created->id, SiteStatus::Operating,
            QDate(2026, 11, 1)).ok());
        page->detail()->showSite(created->id);
        QVERIFY(page->detail()->findChild<QLabel*>(QStringLiteral("siteFlagsLabel"))->text().contains(QLatin1String("No caretaker")));
        const auto assigning = test::answerNext<AssignDialog>([&](AssignDialog* assign) {
            auto* role = assign->findChild<QComboBox*>(QStringLiteral("assignRoleCombo"));
            role->setCurrentIndex(role->findData(RegistryVocabulary::key(AssignmentRole::Caretaker)));
            const auto newPerson = test::answerNext<PersonDialog>([&](PersonDialog* person) {
                person->findChild<QLineEdit*>(QStringLiteral("personNameEdit"))->setText(QStringLiteral("陈晓雯"));
                person->findChild<QLineEdit*>(QStringLiteral("personTitleEdit"))->setText(QStringLiteral("分管副主任"));
                person->findChild<QLineEdit*>(QStringLiteral("personPhoneEdit"))->setText(QStringLiteral("13905910001"));
                person->accept();
            });
            QTest::mouseClick(assign->findChild<QPushButton*>(QStringLiteral("newPersonButton")), Qt::LeftButton);
            QVERIFY(newPerson->answered());
            QVERIFY(assign->findChild<QComboBox*>(QStringLiteral("assignPersonCombo"))->currentText().contains(QStringLiteral("陈晓雯")));
            assign->accept();
        });
        QTest::mouseClick(page->detail()->findChild<QPushButton*>(QStringLiteral("assignButton")), Qt::LeftButton);
        QVERIFY(assigning->answered());
        auto* assignments = page->detail()->assignments();
        QTRY_COMPARE(assignments->rowCount(), 1);
        QVERIFY(assignments->item(0, 1)->text().contains(QStringLiteral("陈晓雯")));
        QCOMPARE(assignments->item(0, 0)->text(), QStringLiteral("Caretaker"));
        QVERIFY(!(SiteRepository((*db)->connection()).byId(created->id)->flags & FlagNoCaretaker));

        // Found again by a Chinese search term, typed the way an input method delivers it.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("siteSearchEdit"));
        search->clear();
        test::commitText(search, unitName.right(3));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->filter().text == unitName.right(3));
        QTRY_VERIFY(page->model()->findRow(SiteListQuery::IdColumn, created->id) >= 0);
    }

    void importDialogPreviewsThenImportsGoodRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.db"));
        QVERIFY(QFile::copy(m_path, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = ConsoleDatabase::open(path);
        AppContext context{db->get(), Session::system(QStringLiteral("tester"))};
        const QString csv = dir.filePath(QStringLiteral("sites.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // GBK, as Excel in China saves "CSV": one good row, one row naming an unknown unit.
        QStringEncoder gbk("GB18030");
        f.write(gbk(QStringLiteral("网站标识码,网站名称,域名,网站类别,主办单位\r\n"
                                   "3500009951,福建省专题一,zt51.fujian.gov.cn,专项网站,福建省人民政府\r\n"
                                   "3500009952,福建省专题二,zt52.fujian.gov.cn,专项网站,无此单位\r\n")));
        f.close();
        ImportDialog dialog(context, ExchangeKind::Sites, nullptr);
        dialog.show();
        QSignalSpy preview(&dialog, &ImportDialog::previewReady);
        dialog.setFile(csv);
        QTRY_COMPARE(preview.size(), 1);
        QCOMPARE(dialog.report().rows, 2);
        QCOMPARE(dialog.report().failed, 1);
        auto* all = dialog.findChild<QPushButton*>(QStringLiteral("importAllButton"));
        auto* good = dialog.findChild<QPushButton*>(QStringLiteral("importGoodButton"));
        QVERIFY(!all->isEnabled());
        QVERIFY(good->isVisible());
        // Every row under the file's own headers, each with what the import would do with it.
        auto* rows = dialog.findChild<QTableView*>(QStringLiteral("importRows"));
        QVERIFY(rows && rows->isVisible());
        ImportPreviewModel* rowsShown = dialog.preview();
        QCOMPARE(rowsShown->rowCount(), 2);
        QCOMPARE(rowsShown->headerData(ImportPreviewModel::FirstFileColumn + 4, Qt::Horizontal).toString(), QStringLiteral("主办单位"));
        bool listed = false;
        for (int r = 0; r < rowsShown->rowCount(); ++r) {
            if (rowsShown->index(r, ImportPreviewModel::LineColumn).data().toInt() != 3)
                continue;
            listed = rowsShown->result(r) == ImportPreviewModel::Result::Error
                && rowsShown->index(r, ImportPreviewModel::DetailColumn).data().toString().contains(QStringLiteral("无此单位"));
        }
        QVERIFY(listed);
        QCOMPARE(SiteRepository((*db)->connection()).byCode(QStringLiteral("3500009951")).ok(), false);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(good, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(dialog.imported());
        QVERIFY(SiteRepository((*db)->connection()).byCode(QStringLiteral("3500009951")).ok());
        QVERIFY(!SiteRepository((*db)->connection()).byCode(QStringLiteral("3500009952")).ok());
    }

    void exportsTheListedSites()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppContext context{db->get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* page = qobject_cast<SitesPage*>(window.currentPage());
        page->navigate({{QStringLiteral("status"), QStringLiteral("closed")}});
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->totalCount() > 0);
        const qint64 closed = page->model()->totalCount();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("closed.xlsx"));
        QVERIFY(page->exportFile(ExchangeKind::Sites, true, file));
        const auto data = TableReader::read(file);
        QVERIFY(data.ok());
        QCOMPARE(qint64(data->rows.size()), closed);
    }

    void unitsTreeAndConsolidation()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppContext context{db->get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* page = qobject_cast<SitesPage*>(window.currentPage());
        page->tabs()->setCurrentIndex(1);
        UnitTreeModel* units = page->unitModel();
        QCOMPARE(units->rowCount(), 1); // the province
        const QModelIndex province = units->index(0, 0);
        if (units->canFetchMore(province))
            units->fetchMore(province);
        QVERIFY(units->rowCount(province) > 40); // cities and provincial departments
        // The director may look but not change units.
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("unit_add"))->isVisibleTo(&window));
        page->tabs()->setCurrentIndex(3);
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("consolidationTable"));
        QTRY_VERIFY(table->rowCount() > 10);
        page->tabs()->setCurrentIndex(2);
        QTRY_VERIFY(page->peopleModel()->rowCount() > 100);
    }
};

QTEST_MAIN(TestRegistryPage)
#include "TestRegistryPage.moc"
