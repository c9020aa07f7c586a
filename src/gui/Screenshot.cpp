#include "gui/Screenshot.h"

#include "gui/MainWindow.h"
#include "storage/UserFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QThread>

namespace sitegov {

void waitUntilLoaded(MainWindow* window, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Let the first activation start its work, then wait for every busy page.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (window->isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

Status captureWindow(MainWindow* window, const QString& file, int timeoutMs)
{
    waitUntilLoaded(window, timeoutMs);
    const QPixmap pixmap = window->grab();
    if (const Status s = UserFile::checkWritable(file); !s)
        return s;
    const QFileInfo info(file);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("sitegov::Screenshot", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())),
            {}};
    QImageWriter writer(file);
    if (!writer.write(pixmap.toImage()))
        return Error{QCoreApplication::translate("sitegov::Screenshot", "The screenshot %1 cannot be saved.")
                         .arg(QDir::toNativeSeparators(file)),
            writer.errorString()};
    return {};
}

} // namespace sitegov
