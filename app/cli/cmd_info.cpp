#include "cli.h"

#include "exporters/input.h"
#include "model/core/io/designio.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <optional>

namespace Stackyard::Cli {

namespace {

/// What `info` reads: a design or a CloudFormation template.
struct InfoInput
{
    std::optional<DesignFile> file;
    Diagnostics diagnostics;
    std::string what;   ///< "Stackyard design" / "CloudFormation template"
    int formatVersion = -1;
};

/// Designs (with the format version as written) and CloudFormation templates, through loadInput().
InfoInput readInput(const std::string &path)
{
    InputResult input = loadInput(path);
    const char *what = input.isTemplate ? "CloudFormation template" : "Stackyard design";
    return {std::move(input.file), std::move(input.diagnostics), what, input.formatVersion};
}

int usage(const std::string &problem)
{
    std::fprintf(stderr, "stackyard info: %s\nusage: stackyard info FILE [--format text|json]\n", problem.c_str());
    return ExitBadInput;
}

struct Summary
{
    std::map<std::string, int> kinds;
    Diagnostics warnings;
};

Summary summarize(const InfoInput &input)
{
    Summary s;
    for (const auto &[id, r] : input.file->design.resources)
        ++s.kinds[r.kind];
    for (const Diagnostic &d : input.diagnostics)
        if (d.severity != Diagnostic::Severity::Error)
            s.warnings.push_back(d);
    return s;
}

std::string versionText(const InfoInput &input)
{
    if (input.formatVersion < 0)
        return "imported (ids are the template's logical IDs)";
    std::string text = "format " + std::to_string(input.formatVersion);
    if (input.formatVersion >= 0 && input.formatVersion != kFormatVersion)
        text += " (migrated to " + std::to_string(kFormatVersion) + " on load; saving writes format "
                + std::to_string(kFormatVersion) + ")";
    return text;
}

void printText(const std::string &path, const InfoInput &input, const Summary &s)
{
    const Design &d = input.file->design;
    std::printf("%s: %s, %s\n", path.c_str(), input.what.c_str(), versionText(input).c_str());
    if (!d.name.empty())
        std::printf("name: %s\n", d.name.c_str());
    std::printf("region: %s\n", d.region.c_str());
    std::printf("resources: %zu\n", d.resources.size());
    for (const auto &[kind, count] : s.kinds)
        std::printf("  %-22s %d\n", kind.c_str(), count);
    std::printf("security groups: %zu\n", d.securityGroups.size());
    std::printf("route tables: %zu\n", d.routeTables.size());
    std::printf("flows: %zu\n", d.flows.size());
    std::printf("warnings: %zu\n", s.warnings.size());
    for (const Diagnostic &w : s.warnings)
        std::printf("  %s\n", w.toString().c_str());
}

void printJson(const std::string &path, const InfoInput &input, const Summary &s)
{
    const Design &d = input.file->design;
    nlohmann::ordered_json j;
    j["file"] = path;
    j["type"] = input.what == "Stackyard design" ? "design" : "cloudformation";
    j["formatVersion"] = input.formatVersion;
    j["name"] = d.name;
    j["region"] = d.region;
    j["resources"] = {{"total", d.resources.size()}, {"byKind", s.kinds}};
    j["securityGroups"] = d.securityGroups.size();
    j["routeTables"] = d.routeTables.size();
    j["flows"] = d.flows.size();
    j["warnings"] = nlohmann::ordered_json::array();
    for (const Diagnostic &w : s.warnings)
        j["warnings"].push_back({{"location", w.location}, {"subject", w.subject}, {"message", w.message}});
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

} // namespace

int runInfo(const QStringList &args)
{
    std::string path;
    std::string format = "text";
    for (int i = 0; i < args.size(); ++i) {
        const std::string arg = args[i].toStdString();
        if (arg == "--format" || arg.rfind("--format=", 0) == 0) {
            if (arg == "--format" && i + 1 >= args.size())
                return usage("--format takes text or json");
            format = arg == "--format" ? args[++i].toStdString() : arg.substr(9);
            if (format != "text" && format != "json")
                return usage("--format takes text or json, not " + format);
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage("unknown option " + arg);
        } else if (path.empty()) {
            path = arg;
        } else {
            return usage("one FILE only");
        }
    }
    if (path.empty())
        return usage("no FILE given");

    const InfoInput input = readInput(path);
    if (!input.file) {
        for (const Diagnostic &d : input.diagnostics)
            std::fprintf(stderr, "%s\n", d.toString().c_str());
        return ExitBadInput;
    }
    const Summary summary = summarize(input);
    if (format == "json")
        printJson(path, input, summary);
    else
        printText(path, input, summary);
    return ExitClean;
}

} // namespace Stackyard::Cli
