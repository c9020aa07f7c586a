#pragma once

#include "probe/RobotsTxt.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <mutex>

namespace sitegov::probe {

class Fetcher;

// Each origin's robots.txt, fetched once a day by whichever worker needs it first.
class RobotsCache final
{
public:
    enum class State { Read, Missing, Unreachable };

    struct Entry
    {
        RobotsTxt rules;
        State state = State::Missing;
        int status = 0;
        QDateTime fetchedAt; // steady enough: the cache's own clock, not the office's
    };

    explicit RobotsCache(QString productToken);

    // The rules of `url`'s origin (fetched through `fetcher` when not cached or older than a day).
    Entry get(Fetcher& fetcher, const QUrl& url);

private:
    QString m_token;
    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace sitegov::probe
