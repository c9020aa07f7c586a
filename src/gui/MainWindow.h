#pragma once

#include "gui/AppContext.h"

#include <QList>
#include <QMainWindow>
#include <QScopedPointer>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sitegov {

class Page;
class ScoreSyncController;

// The console's window: a sidebar of pages, the pages, menus with shortcuts, and a status bar
// showing the database, the user and the backend.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Page*> pages() const { return m_pages; }
    Page* page(const QString& id) const;
    Page* currentPage() const;
    bool showPage(const QString& id, const QVariantMap& arguments = {});
    // True while any page that has been shown is still loading, or a score sync runs (for
    // screenshots and tests).
    bool isBusy() const;
    // The page a role starts on (docs/design/ux.md): directors the dashboard, approvers their requests,
    // inspectors their inspections, administrators the registry.
    static QString landingPage(const Session& session);
    ScoreSyncController* scoreSync() const { return m_sync; }
    // Before `action` (quitting, logging out, another database…) drops unsaved work: asks about it
    // (UnsavedChanges). False: stay.
    bool confirmLeave(const QString& action);
    // File > Export the list (Ctrl+Shift+E), Print (Ctrl+P) and Print the list (Ctrl+Shift+P).
    void exportList();
    void print(bool listOnly);

Q_SIGNALS:
    void languageChangeRequested(const QString& code);
    void databaseChangeRequested(const QString& path, bool create);
    void logoutRequested();
    void switchUserRequested();
    void databaseRestored();
    void busyChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void onPageSelected(int row);
    void chooseDatabase(bool create);
    void showAbout();

    AppContext& m_context;
    const QScopedPointer<Ui::MainWindow> m_ui;
    QList<Page*> m_pages;
    QLabel* m_databaseStatus;
    QLabel* m_userStatus;
    QLabel* m_backendStatus;
    ScoreSyncController* m_sync = nullptr;
    QString m_unitName; // the account's unit, at the top of printed lists
};

} // namespace sitegov
