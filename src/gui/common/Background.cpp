#include "gui/common/Background.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace sitegov {

namespace {

QPointer<QThreadPool> s_background;
QPointer<QThreadPool> s_counting;

QThreadPool* pool(QPointer<QThreadPool>& slot, int maxThreads)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    if (!slot) {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(maxThreads == 1 ? QStringLiteral("counting") : QStringLiteral("background"));
        if (maxThreads > 0)
            p->setMaxThreadCount(maxThreads);
        // Threads stay for the application's life: each keeps its database connection, whose
        // opening (a few milliseconds) would otherwise land on a list's first rows now and then.
        p->setExpiryTimeout(-1);
        slot = p;
    }
    return slot;
}

void end(QPointer<QThreadPool>& slot)
{
    if (!slot)
        return;
    slot->clear();
    slot->waitForDone();
    delete slot.data(); // joins the threads, which close their thread-local connections
}

} // namespace

QThreadPool* backgroundPool()
{
    return pool(s_background, 0);
}

QThreadPool* countingPool()
{
    return pool(s_counting, 1);
}

void shutDownBackgroundWork()
{
    end(s_counting);
    end(s_background);
}

} // namespace sitegov
