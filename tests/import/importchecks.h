#pragma once

#include "exporters/cfn/cfnimport.h"

#include <QString>

#include <string>

namespace Stackyard::Testing {

/// "" when no two sibling boxes overlap and every child lies inside its container; else the first problem.
QString layoutProblem(const DesignFile &file);

/// "" when every resource of the template text (and of its imported nested stacks) is kept in the
/// design as a resource, security group, route table or Folded entry; else the first missing id.
QString missingResource(const std::string &templateText, const DesignFile &file);

/// Reads a whole file ("" if it cannot).
std::string readText(const QString &path);

} // namespace Stackyard::Testing
