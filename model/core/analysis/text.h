#pragma once

#include <string>
#include <string_view>

namespace Stackyard {

/// Joins text pieces with one allocation (explanations are built for every hop of every path,
/// and chains of operator+ allocate once per piece).
template<typename... Parts>
std::string concat(const Parts &...parts)
{
    std::string text;
    text.reserve((std::string_view(parts).size() + ...));
    (text.append(std::string_view(parts)), ...);
    return text;
}

} // namespace Stackyard
