#pragma once

#include "model/core/design.h"
#include "model/core/rules/finding.h"

#include <QString>

#include <string>
#include <vector>

namespace Stackyard {

/// A PRACTICES.md row's standing in one design.
enum class PracticeStatus { Met, NotMet, NotApplicable, NotChecked };

/// "met", "not met", "not applicable", "not checked".
const char *practiceStatusName(PracticeStatus s);

/// One row of the practice checklist (resources/templates/practices.json).
struct PracticeRow
{
    std::string id;      ///< "NET-1"
    std::string title;
    Pillar pillar = Pillar::Ops;
    std::vector<std::string> rules; ///< rules that speak for the row (the file's and the registry's)
    std::vector<std::string> appliesTo; ///< kinds; none in the design = not applicable ([] = always)
    std::string fact;    ///< design fact key evaluated by practiceFact(), "" = none
};

/// A row judged: the status and why, in a sentence a reviewer can check. The sentence is in the
/// interface language (contexts "Stackyard::PracticeChecklist" and "Stackyard::PracticeFacts"); the
/// ids, kinds and finding messages it quotes are the design's and the model's.
struct PracticeResult
{
    PracticeRow row;
    PracticeStatus status = PracticeStatus::NotChecked;
    QString why;
};

/// The rows of the embedded practices.json, in its order, with the rules of the registry whose
/// practice names the row added. Empty (and `error` set) when the file is missing or malformed.
std::vector<PracticeRow> practiceRows(std::string *error = nullptr);

/// Judges every row from the findings and the design. A row is "met" only with evidence: rules
/// that ran on things the row applies to and found nothing, or a design fact that holds. A row
/// without either is "not checked"; a row whose kinds the design lacks is "not applicable".
std::vector<PracticeResult> checkPractices(const Design &design, const std::vector<Finding> &findings);

/// What a design fact says (practicefacts.cpp): status and why. Unknown keys are "not checked".
PracticeResult practiceFact(const Design &design, const std::vector<Finding> &findings, const PracticeRow &row);

} // namespace Stackyard
