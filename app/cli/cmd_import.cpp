#include "cli.h"

#include "exporters/input.h"
#include "model/core/io/designio.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace Stackyard::Cli {

namespace {

int usage(const std::string &problem)
{
    std::fprintf(stderr, "stackyard import: %s\nusage: stackyard import TEMPLATE -o DESIGN [--region R] "
                         "[--param NAME=VALUE]... [--scenario NAME] [--no-nested]\n", problem.c_str());
    return ExitBadInput;
}

// Writes through a temporary file in the same folder and renames it over the target, so a
// failure never leaves a half-written or clobbered design.
bool writeAtomically(const std::string &path, const std::string &text, std::string &error)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.parent_path() / (target.filename().string() + ".tmp-import");
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            error = "cannot write " + temp.string();
            std::error_code ignored;
            fs::remove(temp, ignored);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        error = "cannot replace " + path + ": " + ec.message();
        fs::remove(temp, ec);
        return false;
    }
    return true;
}

} // namespace

int runImport(const QStringList &args)
{
    std::string input, output;
    ImportOptions options;
    for (int i = 0; i < args.size(); ++i) {
        const std::string arg = args[i].toStdString();
        const bool hasValue = i + 1 < args.size();
        if ((arg == "-o" || arg == "--output") && hasValue) {
            output = args[++i].toStdString();
        } else if (arg == "--region" && hasValue) {
            options.region = args[++i].toStdString();
        } else if (arg == "--scenario" && hasValue) {
            options.scenario = args[++i].toStdString();
        } else if (arg == "--param" && hasValue) {
            const std::string pair = args[++i].toStdString();
            const auto eq = pair.find('=');
            if (eq == std::string::npos || eq == 0)
                return usage("--param takes NAME=VALUE, got '" + pair + "'");
            options.parameters[pair.substr(0, eq)] = pair.substr(eq + 1);
        } else if (arg == "--no-nested") {
            options.nestedStacks = false;
        } else if (!arg.empty() && arg[0] == '-') {
            return usage("unknown option " + arg);
        } else if (input.empty()) {
            input = arg;
        } else {
            return usage("one template at a time (got " + input + " and " + arg + ")");
        }
    }
    if (input.empty() || output.empty())
        return usage(input.empty() ? "no TEMPLATE given" : "no -o DESIGN given");
    InputResult result = loadInput(input, options);
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!result.file || hasErrors(result.diagnostics))
        return ExitBadInput;
    if (!result.isTemplate) {
        std::fprintf(stderr, "%s: error: this is a Stackyard design, not a CloudFormation template\n", input.c_str());
        return ExitBadInput;
    }
    std::string error;
    if (!writeAtomically(output, saveDesign(*result.file), error)) {
        std::fprintf(stderr, "stackyard import: %s\n", error.c_str());
        return ExitBadInput;
    }
    const Design &design = result.file->design;
    std::size_t opaque = 0;
    for (const auto &[id, r] : design.resources)
        opaque += r.kind == "opaque";
    const std::size_t folded = design.cloudFormation.value("Folded", Json::object()).size();
    std::printf("%s: %zu resources (%zu opaque), %zu security groups, %zu route tables, %zu folded template "
                "resources, %zu inferred flows -> %s\n",
                input.c_str(), design.resources.size(), opaque, design.securityGroups.size(),
                design.routeTables.size(), folded, design.flows.size(), output.c_str());
    return ExitClean;
}

} // namespace Stackyard::Cli
