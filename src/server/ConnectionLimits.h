#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sitegov::server {

// Counts the open connections, in total and per client address, against the limits. A connection
// over a limit is answered 503 at once and closed (so that the client and the log learn why); a
// few such answers may be under way at a time (`spare`), beyond which a connection is closed
// unanswered. Connections being refused do not count against the limits.
class ConnectionLimits final
{
public:
    enum class Verdict
    {
        Admit,
        OverTotal, // answer 503
        OverClient, // answer 503
        Drop // no slot left even to answer: close at once
    };

    ConnectionLimits(std::size_t total, std::size_t perClient, std::size_t spare);

    Verdict open(const std::string& address);
    // For every open() but a Drop, with its verdict.
    void close(const std::string& address, Verdict verdict);

    std::size_t total() const { return m_total; }
    std::size_t perClient() const { return m_perClient; }
    std::size_t current() const;

private:
    const std::size_t m_total;
    const std::size_t m_perClient;
    const std::size_t m_spare;
    mutable std::mutex m_mutex;
    std::size_t m_open = 0;
    std::size_t m_refusing = 0;
    std::unordered_map<std::string, std::size_t> m_byClient;
};

} // namespace sitegov::server
