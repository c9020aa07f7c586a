#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

// Watches this process's own opening of files: open(), openat() and fopen() in all their forms are
// defined in the test binary (OpenWatch.cpp) and go on to the C library's through dlsym(RTLD_NEXT),
// so that every library in the process, Qt and SQLite included, calls them first. While watching,
// each successful open is recorded with the device and inode it opened.
namespace sitegov::test::openwatch {

struct Opened
{
    std::string path;
    dev_t device = 0;
    ino_t inode = 0;
};

void start();
// Stops and returns what was opened since start().
std::vector<Opened> stop();
// How many opens went through the watch since the program started (whether watching or not): more
// than zero proves that the interposition works.
long totalSeen();

} // namespace sitegov::test::openwatch
