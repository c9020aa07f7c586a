#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "net/ClientOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace sitegov::net {

class CancelToken;

// One sync of the score cache from sitegov-server: the periods the backend has, then for each
// period (newest first) its first page with If-None-Match: an unchanged period costs one 304; a
// changed one is read page by page along next_cursor and replaces the cached period in one
// transaction. The outcome (when, and why it failed) is recorded in the cache. A failure or a
// cancel stops the sync where it is: the periods finished so far are stored whole, the others are
// left exactly as they were.
//
// A sync replaces only what the backend positively says changed, so that an empty or damaged
// backend can never wipe the cache:
// - a list of no periods at all, while the cache holds some, is refused as a failed sync (the
//   cache stays as it was);
// - a period is replaced only by an answer that holds scores: a listed period whose pages come
//   back empty keeps its cached rows;
// - periods the backend no longer lists are dropped only at the end of a sync that read every
//   listed period, and only when the list names more of the periods the cache already holds than
//   it leaves out (a backend that lost most of its data, or another store behind the address,
//   drops nothing); otherwise they are all kept and counted in Outcome::kept.
//
// Blocking: runs on the calling (worker) thread over `db`, a connection of that thread.
class ScoreSync final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSync)

public:
    struct Progress
    {
        int done = 0; // periods finished
        int total = 0; // periods to check
        Period period; // the one being fetched
        qint64 rows = 0; // rows fetched so far
    };
    using ProgressFn = std::function<void(const Progress&)>;

    struct Outcome
    {
        int periods = 0; // checked
        int changed = 0; // fetched and replaced
        int unchanged = 0; // 304
        int removed = 0; // no longer on the backend, dropped
        int kept = 0; // kept although the backend no longer lists them or answered them empty
        qint64 rows = 0; // written
        int requests = 0;
        qint64 bytes = 0;
    };

    // A period is refused beyond this many scores (a backend that pages without end).
    static constexpr int kMaxRowsPerPeriod = 2'000'000;

    static Result<Outcome> run(QSqlDatabase& db, const ClientOptions& options, CancelToken* cancel = nullptr,
        const ProgressFn& progress = {});
};

} // namespace sitegov::net
