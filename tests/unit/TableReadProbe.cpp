// A helper process for TestTableReader: reads one table file as an import does (the default limits)
// and prints what came of it and the memory that took: the error's message (or "ok"), then its peak
// resident memory in KiB before and after reading. Its address space is limited to 3 GiB, a safety
// net for the machine: without the bounds under test, a file of a few MiB makes the reader take more.
#include "storage/TableReader.h"

#include <QCoreApplication>

#include <cstdio>

#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define PROBE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PROBE_UNDER_ASAN 1
#endif
#endif

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
#ifndef PROBE_UNDER_ASAN
    // (AddressSanitizer reserves terabytes of address space for itself: no limit there.)
    const rlimit limit{rlim_t(3) << 30, rlim_t(3) << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto result = sitegov::TableReader::read(QString::fromLocal8Bit(argv[1]));
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    std::printf("%s\n%ld\n%ld\n", result.ok() ? "ok" : result.error().message.toUtf8().constData(), before.ru_maxrss,
        after.ru_maxrss);
    return 0;
}
