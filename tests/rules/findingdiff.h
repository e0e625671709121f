#pragma once

// What the tests of the split and the incremental validation compare against: one analysis of
// the whole design, finding by finding and in order.

#include "model/core/analysis/analysis.h"
#include "model/core/rules/validate.h"

#include <algorithm>
#include <string>
#include <vector>

namespace Stackyard::Testing {

/// validate() as one analysis of the whole design, the reference.
inline std::vector<Finding> validateWhole(const Design &design)
{
    return validate(Analysis(design, Analysis::Explain::FailuresOnly));
}

/// A finding in one line, every field a test can tell apart.
inline std::string describe(const Finding &f)
{
    std::string text = f.rule + " " + std::string(severityName(f.severity)) + " [";
    for (const Id &s : f.subjects)
        text += s + " ";
    return text + "] " + f.message + " | " + f.fixHint + " | " + f.fix + " | " + f.blocking;
}

/// Empty when both lists are equal, field by field and in order; else the first difference.
inline std::string difference(const std::vector<Finding> &got, const std::vector<Finding> &whole)
{
    for (std::size_t i = 0; i < std::max(got.size(), whole.size()); ++i)
        if (i >= got.size() || i >= whole.size() || !(got[i] == whole[i]))
            return "finding " + std::to_string(i) + " of " + std::to_string(whole.size()) + ":\n  got:   "
                   + (i < got.size() ? describe(got[i]) : "(none)") + "\n  whole: " + (i < whole.size() ? describe(whole[i]) : "(none)");
    return {};
}

} // namespace Stackyard::Testing
