#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// One file an export produces, relative to the export's destination.
struct ExportFile
{
    std::string path; ///< e.g. "template.yaml", "main.tf", "fluent-bit/api.conf"
    std::string text;
};

/// What an exporter returns: the files (the first is the main one) and what the user should know.
/// Diagnostics of severity Error mean the output would not deploy as it is; it is still written.
struct ExportResult
{
    std::vector<ExportFile> files;
    Diagnostics diagnostics;
};

/// One export format, listed by the command line and the GUI from this one table.
struct ExporterInfo
{
    std::string_view id;         ///< "cloudformation-yaml", "cloudformation-json", "terraform"
    std::string_view title;      ///< "CloudFormation (YAML)"
    std::string_view extension;  ///< main file's extension without the dot; "" = a directory of files
    bool writesDirectory;        ///< true: the destination is a directory (Terraform)
    ExportResult (*run)(const Design &design); ///< pure, deterministic, throws nothing
};

/// Every exporter, in display order.
const std::vector<ExporterInfo> &exporters();

/// The exporter with this id, or null.
const ExporterInfo *findExporter(std::string_view id);

} // namespace Stackyard
