#pragma once

// Runs a command-line front end in-process with its standard output and error captured (the
// CLI tests call app/cli's run* functions directly, without a process per case).

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace Stackyard::Testing {

inline std::string readWholeFile(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// Calls `run()` with file descriptors 1 and 2 redirected to temporary files; returns its result
/// and puts what it printed into `out` and `err`.
template<typename Run>
int runCaptured(Run run, std::string &out, std::string &err)
{
    std::fflush(stdout);
    std::fflush(stderr);
    char outPath[] = "/tmp/stackyard-cli-out-XXXXXX";
    char errPath[] = "/tmp/stackyard-cli-err-XXXXXX";
    const int outFd = mkstemp(outPath);
    const int errFd = mkstemp(errPath);
    const int savedOut = dup(1);
    const int savedErr = dup(2);
    dup2(outFd, 1);
    dup2(errFd, 2);
    const int code = run();
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    for (int fd : {savedOut, savedErr, outFd, errFd})
        close(fd);
    out = readWholeFile(outPath);
    err = readWholeFile(errPath);
    std::remove(outPath);
    std::remove(errPath);
    return code;
}

} // namespace Stackyard::Testing
