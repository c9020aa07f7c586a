#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sitegov::test {

// A loopback TCP server for the failures a real sitegov-server never shows: it reads each
// request's head and answers what the test's handler says: raw bytes (a status line, headers and a
// body, well-formed or not), nothing at all (accepts and never answers), or an endless body. One
// request per connection. Or a well-formed answer trickled a byte at a time.
class CannedServer final
{
public:
    struct Answer
    {
        enum class Kind { Bytes, Silence, Endless, Trickle };
        Kind kind = Kind::Bytes;
        std::string bytes; // Bytes: everything sent; Endless: the head sent before the endless body;
                           // Trickle: everything, one byte every `intervalMs`
        int intervalMs = 0;
    };
    using Handler = std::function<Answer(const std::string& target, const std::string& head)>;

    static Answer http(int status, const std::string& body, const std::string& extraHeaders = {})
    {
        Answer a;
        a.bytes = "HTTP/1.1 " + std::to_string(status) + " Canned\r\nContent-Type: application/json\r\nContent-Length: "
            + std::to_string(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
        return a;
    }
    static Answer silence() { return Answer{Answer::Kind::Silence, {}, 0}; }
    // A good answer, sent one byte every `intervalMs` milliseconds: each wait is far below any read
    // timeout, the whole takes long.
    static Answer trickle(int status, const std::string& body, int intervalMs)
    {
        Answer a = http(status, body);
        a.kind = Answer::Kind::Trickle;
        a.intervalMs = intervalMs;
        return a;
    }
    // Claims a body of `claimed` bytes and sends none.
    static Answer hugeLength(long long claimed)
    {
        return Answer{Answer::Kind::Bytes,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(claimed)
                + "\r\nConnection: close\r\n\r\n",
            0};
    }
    // A chunked body that never ends.
    static Answer endless()
    {
        return Answer{Answer::Kind::Endless,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            0};
    }

    // `readRequest` false: the handler's answer goes out as soon as a client connects, before it
    // says anything (a plain HTTP server as a TLS client sees it: garbage instead of a handshake).
    explicit CannedServer(Handler handler, bool readRequest = true)
        : m_handler(std::move(handler))
        , m_readRequest(readRequest)
        , m_socket(Poco::Net::SocketAddress("127.0.0.1", 0))
    {
        m_socket.setReceiveTimeout(Poco::Timespan(0, 100 * 1000));
        m_thread = std::thread([this] { loop(); });
    }

    ~CannedServer()
    {
        m_stop = true;
        m_thread.join();
        for (auto& t : m_connections)
            t.join();
    }

    quint16 port() const { return m_socket.address().port(); }
    int connections() const { return m_accepted.load(); }
    long long bytesSent() const { return m_sent.load(); }
    std::vector<std::string> targets() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_targets;
    }

private:
    void loop()
    {
        while (!m_stop) {
            Poco::Net::StreamSocket client;
            try {
                if (!m_socket.poll(Poco::Timespan(0, 50 * 1000), Poco::Net::Socket::SELECT_READ))
                    continue;
                client = m_socket.acceptConnection();
            } catch (...) {
                continue;
            }
            ++m_accepted;
            m_connections.emplace_back([this, client]() mutable { serve(client); });
        }
    }

    void serve(Poco::Net::StreamSocket client)
    {
        try {
            client.setReceiveTimeout(Poco::Timespan(0, 100 * 1000));
            std::string head;
            char c;
            while (m_readRequest && !m_stop && head.find("\r\n\r\n") == std::string::npos && head.size() < 65536) {
                try {
                    if (client.receiveBytes(&c, 1) != 1)
                        return;
                    head.push_back(c);
                } catch (const Poco::TimeoutException&) {
                }
            }
            const auto sp1 = head.find(' ');
            const auto sp2 = head.find(' ', sp1 + 1);
            const std::string target = sp1 == std::string::npos ? std::string() : head.substr(sp1 + 1, sp2 - sp1 - 1);
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_targets.push_back(target);
            }
            const Answer answer = m_handler(target, head);
            if (answer.kind == Answer::Kind::Silence) {
                while (!m_stop)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return;
            }
            if (answer.kind == Answer::Kind::Trickle) {
                for (std::size_t i = 0; i < answer.bytes.size() && !m_stop; ++i) {
                    sendAll(client, answer.bytes.substr(i, 1));
                    std::this_thread::sleep_for(std::chrono::milliseconds(answer.intervalMs));
                }
            } else {
                sendAll(client, answer.bytes);
            }
            if (answer.kind == Answer::Kind::Endless) {
                const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
                while (!m_stop)
                    sendAll(client, chunk);
            }
            client.shutdownSend();
            // Wait for the client to close, so that the answer is never cut by a reset.
            while (!m_stop) {
                try {
                    if (client.receiveBytes(&c, 1) <= 0)
                        break;
                } catch (const Poco::TimeoutException&) {
                }
            }
        } catch (...) {
            // The client went away (as it should when it refuses an answer).
        }
    }

    void sendAll(Poco::Net::StreamSocket& s, const std::string& bytes)
    {
        std::size_t done = 0;
        while (done < bytes.size()) {
            const int n = s.sendBytes(bytes.data() + done, int(bytes.size() - done));
            if (n <= 0)
                throw std::runtime_error("send failed");
            done += std::size_t(n);
            m_sent += n;
        }
    }

    Handler m_handler;
    bool m_readRequest = true;
    Poco::Net::ServerSocket m_socket;
    std::atomic_bool m_stop{false};
    std::atomic_int m_accepted{0};
    std::atomic<long long> m_sent{0};
    mutable std::mutex m_mutex;
    std::vector<std::string> m_targets;
    std::vector<std::thread> m_connections;
    std::thread m_thread;
};

} // namespace sitegov::test
