#include "gui/MainWindow.h"

#include "db/DatabaseLocation.h"

#include "gui/AboutDialog.h"
#include "gui/PageRegistry.h"
#include "gui/common/FileDialog.h"
#include "gui/common/Icons.h"
#include "gui/common/ListTable.h"
#include "gui/common/MessageBox.h"
#include "gui/common/Page.h"
#include "gui/common/People.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/settings/SettingsPage.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sitegov {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    // The file dialogs refuse this database's files as something to import, attach or write over.
    FileDialog::setDatabase(m_context.database->path());
    setWindowIcon(themeIcon(QStringLiteral("sitegov")));
    m_ui->actionOpenDatabase->setIcon(themeIcon(QStringLiteral("open")));
    m_ui->actionRefresh->setIcon(themeIcon(QStringLiteral("refresh")));
    m_ui->actionAbout->setIcon(themeIcon(QStringLiteral("about")));

    m_ui->navigationList->setIconSize(QSize(22, 22));
    m_ui->navigationList->setSpacing(2);
    m_ui->navigationList->setFixedWidth(190);
    m_ui->navigationList->setObjectName(QStringLiteral("navigationList"));

    // Who acted is shown by name everywhere (People).
    People::load(*m_context.database);
    m_sync = new ScoreSyncController(m_context, this);
    for (Page* p : PageRegistry::create({m_context, m_sync}, this))
        addPage(p);
    if (auto* settings = qobject_cast<SettingsPage*>(page(QStringLiteral("settings")))) {
        connect(settings, &SettingsPage::languageChangeRequested, this, &MainWindow::languageChangeRequested);
        connect(settings, &SettingsPage::logoutRequested, this, &MainWindow::logoutRequested);
        connect(settings, &SettingsPage::switchUserRequested, this, &MainWindow::switchUserRequested);
        connect(settings, &SettingsPage::databaseRestored, this, &MainWindow::databaseRestored);
        connect(settings, &SettingsPage::openDatabaseRequested, this, [this] { chooseDatabase(false); });
        connect(settings, &SettingsPage::newDatabaseRequested, this, [this] { chooseDatabase(true); });
        connect(settings, &SettingsPage::aboutRequested, this, &MainWindow::showAbout);
    }

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::onPageSelected);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        People::load(*m_context.database);
        if (Page* p = currentPage())
            p->refresh();
    });
    connect(m_ui->actionFullScreen, &QAction::triggered, this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExportList, &QAction::triggered, this, &MainWindow::exportList);
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] { print(false); });
    connect(m_ui->actionPrintList, &QAction::triggered, this, [this] { print(true); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (Page* p = currentPage(); !p || !p->focusSearch())
            statusBar()->showMessage(tr("This page has no search box."), 5000);
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(tr("Database: %1").arg(db::DatabaseLocation::displayName(m_context.database->path())));
    m_databaseStatus->setToolTip(QDir::toNativeSeparators(m_context.database->path()));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    const Session& session = m_context.session;
    m_userStatus->setText(session.roles.isEmpty() || session.isSystem()
            ? tr("User: %1").arg(session.username)
            : tr("User: %1 · %2").arg(session.displayName.isEmpty() ? session.username : session.displayName,
                Permissions::displayNames(session.roles)));
    m_userStatus->setToolTip(session.username);
    if (session.orgId != 0) {
        if (const auto unit = OrganisationRepository(m_context.database->connection()).byId(session.orgId))
            m_unitName = unit->name;
    }
    m_backendStatus = new QLabel(this);
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    auto showBackend = [this] {
        m_backendStatus->setText(m_sync->statusText());
        m_backendStatus->setToolTip(m_sync->statusToolTip());
    };
    showBackend();
    connect(m_sync, &ScoreSyncController::stateChanged, this, showBackend);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_backendStatus);

    // The dashboard's score figures come from the cache: bring it up to date at once (an unchanged
    // period costs one 304).
    if (m_sync->isConfigured())
        m_sync->start();

    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (!showPage(landingPage(session)))
        showPage(QStringLiteral("dashboard"));
}

QString MainWindow::landingPage(const Session& session)
{
    if (session.isSystem() || session.has(Role::Director))
        return QStringLiteral("dashboard");
    if (session.has(Role::Approver))
        return QStringLiteral("requests");
    if (session.has(Role::Inspector))
        return QStringLiteral("inspections");
    return QStringLiteral("sites");
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    page->setObjectName(page->pageId() + QStringLiteral("Page"));
    m_ui->pageStack->addWidget(page);
    auto* item = new QListWidgetItem(themeIcon(page->iconName()), page->title(), m_ui->navigationList);
    item->setSizeHint(QSize(0, 36));
    item->setData(Qt::UserRole, page->pageId());

    auto* go = new QAction(themeIcon(page->iconName()), page->title(), this);
    // Ctrl+1 … Ctrl+9 by the page's place among all pages, the same whatever the role (a page an
    // account does not see leaves its number unused).
    const int number = int(PageRegistry::ids().indexOf(page->pageId()));
    if (number >= 0 && number < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + number)));
    connect(go, &QAction::triggered, this, [this, id = page->pageId()] { showPage(id); });
    m_ui->menuGo->addAction(go);

    connect(page, &Page::navigateRequested, this, [this](const QString& id, const QVariantMap& args) { showPage(id, args); });
    connect(page, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(page, &Page::busyChanged, this, &MainWindow::busyChanged);
    auto showBadge = [item, go, page](int count) {
        // "Requests  3": the count of what waits for this account, bold while there is any.
        const QString text = count > 0 ? QStringLiteral("%1  (%2)").arg(page->title()).arg(count) : page->title();
        item->setText(text);
        QFont font = item->font();
        font.setBold(count > 0);
        item->setFont(font);
        item->setToolTip(count > 0 ? tr("%1: %n waiting for you", nullptr, count).arg(page->title()) : QString());
        go->setText(text);
    };
    connect(page, &Page::badgeChanged, this, showBadge);
    showBadge(page->badge());
}

Page* MainWindow::page(const QString& id) const
{
    for (Page* p : m_pages) {
        if (p->pageId() == id)
            return p;
    }
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_ui->pageStack->currentWidget());
}

bool MainWindow::showPage(const QString& id, const QVariantMap& arguments)
{
    Page* p = page(id);
    if (!p)
        return false;
    if (!arguments.isEmpty())
        p->navigate(arguments);
    m_ui->navigationList->setCurrentRow(int(m_pages.indexOf(p)));
    return true;
}

bool MainWindow::isBusy() const
{
    if (m_sync->isRunning())
        return true;
    for (Page* p : m_pages) {
        if (p->isBusy())
            return true;
    }
    return false;
}

void MainWindow::onPageSelected(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page* p = m_pages.at(row);
    m_ui->pageStack->setCurrentWidget(p);
    setWindowTitle(tr("%1 — SiteGov").arg(p->title()));
    p->activate();
    // The keyboard goes on where the page's work starts (the list, the checklist to fill in).
    p->focusWork();
}

void MainWindow::exportList()
{
    Page* p = currentPage();
    ListTable* list = p ? p->shownList() : nullptr;
    if (!list) {
        statusBar()->showMessage(tr("This page shows no list to export."), 5000);
        return;
    }
    QString message;
    if (list->exportInteractively(this, &message))
        statusBar()->showMessage(message, 8000);
}

void MainWindow::print(bool listOnly)
{
    Page* p = currentPage();
    if (!p)
        return;
    if (!listOnly && p->printShown())
        return;
    if (ListTable* list = p->shownList())
        list->printPreview(this, m_unitName);
    else
        statusBar()->showMessage(tr("This page shows nothing to print."), 5000);
}

bool MainWindow::confirmLeave(const QString& action)
{
    return UnsavedChanges::confirmLeave(this, action);
}

void MainWindow::chooseDatabase(bool create)
{
    const QString dir = QFileInfo(m_context.database->path()).absolutePath();
    const QString filter = tr("SiteGov databases (*.db *.sqlite);;All files (*)");
    const QString path
        = FileDialog::getDatabaseFileName(this, create ? tr("New database") : tr("Open database"), dir, filter, create);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
            tr("%1 already exists. Choose a new file name, or use Open Database to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT databaseChangeRequested(path, create);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.database->path(), m_context.database->schemaVersion(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Ctrl+Q and the window's close button: unsaved work first.
    if (!confirmLeave(tr("Quit SiteGov"))) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace sitegov
