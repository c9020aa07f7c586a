#pragma once

#include <QCoreApplication>
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

template<typename Work, typename Done>
void runInBackground(QObject* context, Work&& work, Done&& done)
{
    runInBackground(QThreadPool::globalInstance(), context, std::forward<Work>(work), std::forward<Done>(done));
}

// A pool of its own for slow totals (counting a whole filtered list), so that they never hold up
// the rows a user is waiting for on the global pool.
inline QThreadPool* countingPool()
{
    static QThreadPool* pool = [] {
        // Owned by the application, whose end waits for a count still running (a count running on
        // past the end of main() would use a connection Qt has already torn down).
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

} // namespace sitegov
