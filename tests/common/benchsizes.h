#pragma once

#include <cstdlib>
#include <vector>

namespace Stackyard::Testing {

/// A benchmark's design sizes: its arguments (numbers of resources), else `defaults`.
inline std::vector<int> benchSizes(int argc, char **argv, std::vector<int> defaults)
{
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(std::atoi(argv[i]));
    return sizes.empty() ? defaults : sizes;
}

} // namespace Stackyard::Testing
