#pragma once

#include "exporters/cfn/cfnimport.h"

#include <QString>
#include <QStringList>

#include <random>
#include <string>

namespace Stackyard::Testing {

/// "" when no two sibling boxes overlap and every child lies inside its container; else the first problem.
QString layoutProblem(const DesignFile &file);

/// "" when every resource of the template text (and of its imported nested stacks) is kept in the
/// design as a resource, security group, route table or Folded entry; else the first missing id.
QString missingResource(const std::string &templateText, const DesignFile &file);

/// One to four random edits of a template (deletions, inserted or replaced YAML punctuation,
/// a duplicated line, an inserted "!Ref"): what the randomized reader tests feed in.
std::string mutateTemplate(std::string text, std::mt19937 &rng);

/// The corpus templates, then the golden folders' templates (for the randomized tests).
QStringList templatesToMutate();

/// Reads a whole file ("" if it cannot).
std::string readText(const QString &path);

} // namespace Stackyard::Testing
