#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace sitegov {

// Runs `work` on Qt's thread pool and hands its result to `done` on the thread of `context`
// (normally the GUI thread) through a queued signal. If `context` is gone by then, the result is
// dropped. `work` must not touch widgets; for the database it opens its own connection.
template<typename Work, typename Done>
void runInBackground(QObject* context, Work&& work, Done&& done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::forward<Done>(done)]() mutable {
            if (!watcher->isCanceled())
                done(watcher->result());
            watcher->deleteLater();
        });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace sitegov
