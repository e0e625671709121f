#pragma once

#include "finding.h"
#include "validate.h"

#include "model/core/design.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stackyard {

/// Validation for an editor: after an edit, only the closed parts of the design (DesignPartition,
/// one part per component) that the edit touched are checked again; every other part keeps the
/// findings it had. The result is the list validate(design) gives, in the same order
/// (tst_rules_incremental holds it to that over random edits).
///
/// A part is checked again when its objects (its own and the shared leaves it reads) are not the
/// same ids as a part of the last run, or when one of them changed. A part's findings depend on
/// nothing else: it refers to nothing outside itself, and a rule may read a shared leaf but not
/// join two resources through one. Changes to the design's header (region, settings…), to a shared
/// leaf, or to "everything" check the whole design.
class IncrementalValidation
{
public:
    /// What changed since the last update: the ids of changed objects of every sort (added,
    /// edited or removed), or everything.
    struct Changes
    {
        std::set<Id> objects;
        bool everything = false;
    };

    /// The findings of `design`, checking again only what `changes` can have affected. The first
    /// update checks everything.
    const std::vector<Finding> &update(const Design &design, const Changes &changes);
    const std::vector<Finding> &findings() const { return m_findings; }
    /// Parts checked by the last update, and all parts (for tests and the benchmark).
    std::size_t partsChecked() const { return m_checked; }
    std::size_t parts() const { return m_parts.size(); }

private:
    std::unordered_map<std::string, PartFindings> m_parts; ///< by the part's signature (its ids)
    std::vector<Finding> m_findings;
    std::size_t m_checked = 0;
    bool m_valid = false;
};

} // namespace Stackyard
