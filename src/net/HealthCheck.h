#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitegov::net {

// Asks a sitegov-server for GET /api/v1/health (through ScoreClient, one try). Blocking: call it on a
// worker thread.
class HealthCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    // Returns the server's version on success; a user-facing error otherwise.
    static Result<QString> run(const QString& baseUrl, int timeoutMs = 5000);
};

} // namespace sitegov::net
