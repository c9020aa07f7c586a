#include "core/Daemon.h"

#include <pthread.h>

namespace sitegov::daemon {

sigset_t blockStopSignals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

int waitForStop(const sigset_t& signals)
{
    int received = 0;
    sigwait(&signals, &received);
    std::clog << "signal " << received << ": stopping" << std::endl;
    return received;
}

} // namespace sitegov::daemon
