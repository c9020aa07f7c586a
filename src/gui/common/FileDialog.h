#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace sitegov {

// Every file dialog of the console goes through here, never through QFileDialog's static functions.
//
// The dialog never opens a file: SQLite's locks are POSIX locks, which a process loses on every
// descriptor of the database when it closes any one of them, so a dialog that reads files to guess
// their type or icon (the platform's native dialog, Qt's default icon provider with its MIME sniffing)
// in the database's folder lets another program's writes corrupt it. This one is Qt's own dialog,
// with icons and types from file names only, and no preview. The database in use and its working
// files (-wal, -shm, -journal), and any database this process has open, are refused as a file to
// read or write (a copy or an import of them would open them too), by storage's DatabaseFiles, the
// one rule every path goes through.
//
// Tests answer it like MessageBox: setNextFileName() queues the next dialog's answer.
class FileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(sitegov::FileDialog)

public:
    enum class Mode { Open, Save, Directory };

    // What a dialog asks (what a test's callback sees).
    struct Request
    {
        Mode mode = Mode::Open;
        QString title;
        QString directory;
        QString filter;
    };

    // A file to read (an import, an attachment, a backup to restore); empty when cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& title, const QString& directory = {},
        const QString& filter = {}, QString* selectedFilter = nullptr);
    // A file to write; `directory` may end in a suggested name. Empty when cancelled.
    static QString getSaveFileName(QWidget* parent, const QString& title, const QString& directory = {},
        const QString& filter = {}, QString* selectedFilter = nullptr);
    static QString getExistingDirectory(QWidget* parent, const QString& title, const QString& directory = {});
    // A database to open or create (the only dialog that may choose the database in use).
    static QString getDatabaseFileName(QWidget* parent, const QString& title, const QString& directory,
        const QString& filter, bool create);

    // The database the console has open: its files are refused by getOpenFileName and getSaveFileName.
    static void setDatabase(const QString& path);
    // True when DatabaseFiles refuses `path`: the database in use or one of its working files (the
    // same device and inode, another name or a link to it, or the name a working file would have),
    // or another database this process has open. Only stat()s; opens nothing.
    static bool isDatabaseFile(const QString& path);

    // Tests: the next dialog answers `path` (empty: cancelled) without being shown; `seen` hears what
    // it asked. The answer goes through the same checks as a chosen file.
    static void setNextFileName(const QString& path, std::function<void(const Request&)> seen = {});
    static int pendingAnswers();
    static void clearNextAnswers();
    // Tests: answers a dialog that had no answer queued (it is then not shown).
    static void setUnansweredHandler(std::function<QString(const Request&)> handler);

private:
    static QString ask(QWidget* parent, const Request& request, QString* selectedFilter);
    static QString checked(QWidget* parent, const Request& request, const QString& path);
};

} // namespace sitegov
