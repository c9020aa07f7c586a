#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace sitegov {

// Runs `work` on Qt's thread pool and hands its result to `done` on the thread of `context`
// (normally the GUI thread) through a queued signal. If `context` is gone by then, the result is
// dropped. `work` must not touch widgets; for the database it opens its own connection.
template<typename Work, typename Done>
void runInBackground(QThreadPool* pool, QObject* context, Work&& work, Done&& done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::forward<Done>(done)]() mutable {
            if (!watcher->isCanceled())
                done(watcher->result());
            watcher->deleteLater();
        });
    watcher->setFuture(QtConcurrent::run(pool, std::forward<Work>(work)));
}

// The application's pools for background work. Both belong to the application object, whose end
// waits for their jobs and joins their threads: a job, or a thread's own database connection, must
// never outlive main() (static destruction would pull Qt's connection list from under it).
QThreadPool* backgroundPool();
// A pool of its own for slow totals (counting a whole filtered list), so that they never hold up
// the rows a user is waiting for.
QThreadPool* countingPool();
// Waits for every background job and ends the pools' threads (their database connections close
// with them). main() calls it once the window is gone; later calls make new pools.
void shutDownBackgroundWork();

template<typename Work, typename Done>
void runInBackground(QObject* context, Work&& work, Done&& done)
{
    runInBackground(backgroundPool(), context, std::forward<Work>(work), std::forward<Done>(done));
}

} // namespace sitegov
