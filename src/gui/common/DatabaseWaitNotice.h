#pragma once

#include <QObject>

namespace sitegov {

// Shows that the console waits for another program writing to the database (DatabaseWait): in the
// status bar of the active main window, or in a note at the foot of the active window (the login,
// a dialog). The wait blocks the thread that waits, so the message is painted at once instead of at
// the next turn of the event loop; it goes away a few seconds after the last report. Reports from
// worker threads are shown when the interface thread is free. One notice per application.
class DatabaseWaitNotice final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWaitNotice(QObject* parent = nullptr);
    ~DatabaseWaitNotice() override;

    // What the notice shows now: the status bar's or the note's text.
    void show(const QString& text);
};

} // namespace sitegov
