#include "server/ConnectionLimits.h"

namespace sitegov::server {

ConnectionLimits::ConnectionLimits(std::size_t total, std::size_t perClient, std::size_t spare)
    : m_total(total)
    , m_perClient(perClient)
    , m_spare(spare)
{ }

ConnectionLimits::Verdict ConnectionLimits::open(const std::string& address)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Verdict verdict = Verdict::Admit;
    if (m_open >= m_total)
        verdict = Verdict::OverTotal;
    else if (const auto it = m_byClient.find(address); it != m_byClient.end() && it->second >= m_perClient)
        verdict = Verdict::OverClient;
    if (verdict == Verdict::Admit) {
        ++m_open;
        ++m_byClient[address];
        return verdict;
    }
    if (m_refusing >= m_spare)
        return Verdict::Drop;
    ++m_refusing;
    return verdict;
}

void ConnectionLimits::close(const std::string& address, Verdict verdict)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (verdict == Verdict::Drop)
        return;
    if (verdict != Verdict::Admit) {
        if (m_refusing > 0)
            --m_refusing;
        return;
    }
    if (m_open > 0)
        --m_open;
    const auto it = m_byClient.find(address);
    if (it != m_byClient.end() && --it->second == 0)
        m_byClient.erase(it);
}

std::size_t ConnectionLimits::current() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_open + m_refusing;
}

} // namespace sitegov::server
