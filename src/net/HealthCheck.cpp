#include "net/HealthCheck.h"

#include "net/ScoreClient.h"

namespace sitegov::net {

Result<QString> HealthCheck::run(const QString& baseUrl, int timeoutMs)
{
    ClientOptions options;
    options.baseUrl = baseUrl;
    options.connectTimeoutMs = timeoutMs;
    options.receiveTimeoutMs = timeoutMs;
    options.attempts = 1;
    options.maxBodyBytes = 64 * 1024;
    ScoreClient client(options);
    return client.health();
}

} // namespace sitegov::net
