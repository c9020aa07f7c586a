#pragma once

#include "gui/AppContext.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sitegov {

class Database;
class MainWindow;

// Owns the open database and the main window. Switching the language or the database rebuilds
// the window in place (same geometry, same page), so every string and every model is fresh.
class AppController final : public QObject
{
    Q_OBJECT

public:
    explicit AppController(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~AppController() override;

    MainWindow* window() const { return m_window; }
    Database* database() const { return m_database.get(); }

    void setLanguage(const QString& code); // installs, remembers, rebuilds
    // Opens `path`; on success the window is rebuilt on it at the next event-loop turn. On failure
    // a message explains why and the current database stays.
    bool switchDatabase(const QString& path, bool create);

Q_SIGNALS:
    void windowRebuilt(sitegov::MainWindow* window);

private:
    void buildWindow();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_pendingDatabase; // opened, taken over at the next rebuild
    AppContext m_context;
    QPointer<MainWindow> m_window;
};

} // namespace sitegov
