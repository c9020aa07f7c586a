#include "gui/AppController.h"

#include "core/Language.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"
#include "storage/Database.h"

#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace sitegov {

AppController::AppController(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_context.database = m_database.get();
    buildWindow();
}

AppController::~AppController()
{
    delete m_window;
}

void AppController::buildWindow()
{
    // Never called from inside the old window's own call stack (see the deferred callers below),
    // so the old window can go at once, before the database it used.
    QString page;
    QRect geometry;
    bool visible = false;
    if (m_window) {
        page = m_window->currentPage() ? m_window->currentPage()->pageId() : QString();
        geometry = m_window->geometry();
        visible = m_window->isVisible();
        delete m_window;
    }
    if (m_pendingDatabase) {
        m_database = std::move(m_pendingDatabase);
        m_context.database = m_database.get();
    }
    m_window = new MainWindow(m_context);
    connect(m_window, &MainWindow::languageChangeRequested, this, &AppController::setLanguage);
    connect(m_window, &MainWindow::databaseChangeRequested, this,
        [this](const QString& path, bool create) { switchDatabase(path, create); });
    if (!page.isEmpty())
        m_window->showPage(page);
    if (geometry.isValid())
        m_window->setGeometry(geometry);
    if (visible)
        m_window->show();
    Q_EMIT windowRebuilt(m_window);
}

void AppController::setLanguage(const QString& code)
{
    if (!Language::install(code))
        return;
    QSettings().setValue(QStringLiteral("ui/language"), Language::current());
    // Rebuild after the current event: the combo box that asked lives in the old window.
    QTimer::singleShot(0, this, &AppController::buildWindow);
}

bool AppController::switchDatabase(const QString& path, bool create)
{
    Q_UNUSED(create); // opening a path that does not exist creates it; the window checked the name
    auto opened = Database::open(path, Database::Mode::Migrate);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Open database"), opened.error().message, QMessageBox::Ok, m_window);
        box.setDetailedText(opened.error().detail);
        box.exec();
        return false;
    }
    m_pendingDatabase = std::move(opened).value();
    QSettings().setValue(QStringLiteral("database/last"), m_pendingDatabase->path());
    QTimer::singleShot(0, this, &AppController::buildWindow);
    return true;
}

} // namespace sitegov
