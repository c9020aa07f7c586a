// The C library's own declarations, unrenamed: with _FILE_OFFSET_BITS=64 <fcntl.h> would make open
// an alias of open64, and _FORTIFY_SOURCE would make it an inline wrapper; both are defined here.
#undef _FILE_OFFSET_BITS
#undef _FORTIFY_SOURCE

#include "OpenWatch.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>

#include <atomic>
#include <mutex>

namespace sitegov::test::openwatch {

namespace {

std::atomic<bool> g_watching{false};
std::atomic<long> g_seen{0};
std::mutex g_mutex;
std::vector<Opened>* g_opened = nullptr;

template<typename F>
F next(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

bool takesMode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

} // namespace

void record(const char* path, int fd)
{
    g_seen.fetch_add(1, std::memory_order_relaxed);
    if (fd < 0 || !g_watching.load())
        return;
    struct stat st = {};
    if (fstat(fd, &st) != 0)
        return;
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_opened)
        g_opened->push_back({path ? path : "", st.st_dev, st.st_ino});
}

void start()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    delete g_opened;
    g_opened = new std::vector<Opened>;
    g_watching = true;
}

std::vector<Opened> stop()
{
    g_watching = false;
    std::lock_guard<std::mutex> lock(g_mutex);
    std::vector<Opened> out = g_opened ? *g_opened : std::vector<Opened>{};
    delete g_opened;
    g_opened = nullptr;
    return out;
}

long totalSeen()
{
    return g_seen.load();
}

} // namespace sitegov::test::openwatch

using sitegov::test::openwatch::record;

extern "C" {

int open(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (sitegov::test::openwatch::takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    static const auto real = sitegov::test::openwatch::next<int (*)(const char*, int, ...)>("open");
    const int fd = real(path, flags, mode);
    record(path, fd);
    return fd;
}

int open64(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (sitegov::test::openwatch::takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    static const auto real = sitegov::test::openwatch::next<int (*)(const char*, int, ...)>("open64");
    const int fd = real(path, flags, mode);
    record(path, fd);
    return fd;
}

int openat(int dir, const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (sitegov::test::openwatch::takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    static const auto real = sitegov::test::openwatch::next<int (*)(int, const char*, int, ...)>("openat");
    const int fd = real(dir, path, flags, mode);
    record(path, fd);
    return fd;
}

int openat64(int dir, const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (sitegov::test::openwatch::takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    static const auto real = sitegov::test::openwatch::next<int (*)(int, const char*, int, ...)>("openat64");
    const int fd = real(dir, path, flags, mode);
    record(path, fd);
    return fd;
}

// The forms a library built with _FORTIFY_SOURCE calls.
int __open_2(const char* path, int flags)
{
    static const auto real = sitegov::test::openwatch::next<int (*)(const char*, int)>("__open_2");
    const int fd = real(path, flags);
    record(path, fd);
    return fd;
}

int __open64_2(const char* path, int flags)
{
    static const auto real = sitegov::test::openwatch::next<int (*)(const char*, int)>("__open64_2");
    const int fd = real(path, flags);
    record(path, fd);
    return fd;
}

int __openat_2(int dir, const char* path, int flags)
{
    static const auto real = sitegov::test::openwatch::next<int (*)(int, const char*, int)>("__openat_2");
    const int fd = real(dir, path, flags);
    record(path, fd);
    return fd;
}

int __openat64_2(int dir, const char* path, int flags)
{
    static const auto real = sitegov::test::openwatch::next<int (*)(int, const char*, int)>("__openat64_2");
    const int fd = real(dir, path, flags);
    record(path, fd);
    return fd;
}

// fopen() opens inside the C library, where the calls above do not reach.
FILE* fopen(const char* path, const char* mode)
{
    static const auto real = sitegov::test::openwatch::next<FILE* (*)(const char*, const char*)>("fopen");
    FILE* f = real(path, mode);
    record(path, f ? fileno(f) : -1);
    return f;
}

FILE* fopen64(const char* path, const char* mode)
{
    static const auto real = sitegov::test::openwatch::next<FILE* (*)(const char*, const char*)>("fopen64");
    FILE* f = real(path, mode);
    record(path, f ? fileno(f) : -1);
    return f;
}

} // extern "C"
