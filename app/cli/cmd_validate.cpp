#include "cli.h"

#include "exporters/input.h"

#include "model/core/io/designio.h"
#include "model/core/rules/validate.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace Stackyard::Cli {

namespace {

struct Options
{
    std::vector<std::string> files;
    std::string format = "text";
    std::optional<Severity> failOn = Severity::Error; ///< nullopt = never
};

struct FileFindings
{
    std::string file;
    std::vector<Finding> findings;
};

int usage(const std::string &problem)
{
    std::fprintf(stderr, "stackyard validate: %s\nusage: stackyard validate FILE... [--format text|json|sarif] "
                         "[--fail-on error|warning|never]\n", problem.c_str());
    return ExitBadInput;
}

std::optional<Options> parse(const QStringList &args, int &exitCode)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const std::string arg = args[i].toStdString();
        auto value = [&](const char *name) -> std::optional<std::string> {
            if (arg.rfind(std::string(name) + "=", 0) == 0)
                return arg.substr(std::string(name).size() + 1);
            if (arg == name && i + 1 < args.size())
                return args[++i].toStdString();
            return std::nullopt;
        };
        if (arg.rfind("--format", 0) == 0) {
            auto v = value("--format");
            if (!v || (*v != "text" && *v != "json" && *v != "sarif")) {
                exitCode = usage("--format takes text, json or sarif");
                return std::nullopt;
            }
            o.format = *v;
        } else if (arg.rfind("--fail-on", 0) == 0) {
            auto v = value("--fail-on");
            if (!v || (*v != "error" && *v != "warning" && *v != "never")) {
                exitCode = usage("--fail-on takes error, warning or never");
                return std::nullopt;
            }
            o.failOn = *v == "error" ? std::optional(Severity::Error) : *v == "warning" ? std::optional(Severity::Warning) : std::nullopt;
        } else if (arg.size() > 1 && arg[0] == '-') {
            exitCode = usage("unknown option " + arg);
            return std::nullopt;
        } else {
            o.files.push_back(arg);
        }
    }
    if (o.files.empty()) {
        exitCode = usage("no FILE given");
        return std::nullopt;
    }
    return o;
}

struct InputProblems
{
    bool unreadable = false;   ///< exit 2
};

/// Reads a design or a CloudFormation template (told apart by content; a template's ids are its
/// logical IDs); every diagnostic goes to stderr.
std::optional<Design> load(const std::string &path, InputProblems &problems)
{
    InputResult result = loadInput(path);
    for (const Diagnostic &d : result.diagnostics)
        std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!result.file) {
        problems.unreadable = true;
        return std::nullopt;
    }
    return std::move(result.file->design);
}

std::string subjectsText(const Finding &f)
{
    std::string text;
    for (const Id &s : f.subjects)
        text += (text.empty() ? "" : ", ") + s;
    return text;
}

void printText(const std::vector<FileFindings> &all)
{
    int counts[3] = {0, 0, 0};
    for (const FileFindings &ff : all)
        for (const Finding &f : ff.findings) {
            ++counts[int(f.severity)];
            std::printf("%s: %s: [%s] %s%s%s (%s%s%s)\n", ff.file.c_str(), std::string(severityName(f.severity)).c_str(),
                        f.rule.c_str(), subjectsText(f).c_str(), f.subjects.empty() ? "" : ": ", f.message.c_str(),
                        std::string(pillarName(f.pillar)).c_str(), f.practice.empty() ? "" : ", ", f.practice.c_str());
            if (!f.fixHint.empty())
                std::printf("    fix: %s\n", f.fixHint.c_str());
        }
    std::printf("%d error(s), %d warning(s), %d info\n", counts[0], counts[1], counts[2]);
}

nlohmann::ordered_json findingJson(const Finding &f)
{
    nlohmann::ordered_json j;
    j["rule"] = f.rule;
    j["severity"] = severityName(f.severity);
    j["pillar"] = pillarName(f.pillar);
    j["practice"] = f.practice;
    j["subjects"] = f.subjects;
    j["message"] = f.message;
    return j;
}

void printJson(const std::vector<FileFindings> &all)
{
    nlohmann::ordered_json root;
    root["findings"] = nlohmann::ordered_json::array();
    for (const FileFindings &ff : all)
        for (const Finding &f : ff.findings) {
            auto j = findingJson(f);
            if (all.size() > 1) // several inputs: say which one a finding is about
                j["file"] = ff.file;
            root["findings"].push_back(std::move(j));
        }
    std::printf("%s\n", root.dump(2).c_str());
}

const char *sarifLevel(Severity s)
{
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note";
}

void printSarif(const std::vector<FileFindings> &all)
{
    nlohmann::ordered_json driver;
    driver["name"] = "stackyard";
    driver["version"] = STACKYARD_VERSION;
    driver["informationUri"] = "https://stackyard.invalid/docs/rules";
    driver["rules"] = nlohmann::ordered_json::array();
    std::map<std::string, int> index;
    for (const Rule *r : registeredRules()) {
        const RuleInfo &i = r->info();
        index[std::string(i.id)] = int(driver["rules"].size());
        nlohmann::ordered_json rule;
        rule["id"] = i.id;
        rule["name"] = i.id;
        rule["shortDescription"]["text"] = i.title;
        rule["defaultConfiguration"]["level"] = sarifLevel(i.severity);
        rule["properties"]["pillar"] = pillarName(i.pillar);
        rule["properties"]["practice"] = i.practice;
        rule["properties"]["documentation"] = "resources/" + std::string(i.doc);
        driver["rules"].push_back(std::move(rule));
    }
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const FileFindings &ff : all)
        for (const Finding &f : ff.findings) {
            nlohmann::ordered_json r;
            r["ruleId"] = f.rule;
            r["ruleIndex"] = index[f.rule];
            r["level"] = sarifLevel(f.severity);
            r["message"]["text"] = f.message + (f.fixHint.empty() ? "" : " Fix: " + f.fixHint);
            nlohmann::ordered_json location;
            location["physicalLocation"]["artifactLocation"]["uri"] = ff.file;
            location["logicalLocations"] = nlohmann::ordered_json::array();
            for (const Id &s : f.subjects)
                location["logicalLocations"].push_back({{"name", s}, {"kind", "resource"}});
            r["locations"] = nlohmann::ordered_json::array({location});
            r["properties"]["pillar"] = pillarName(f.pillar);
            r["properties"]["practice"] = f.practice;
            r["properties"]["subjects"] = f.subjects;
            results.push_back(std::move(r));
        }
    nlohmann::ordered_json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    nlohmann::ordered_json run;
    run["tool"]["driver"] = std::move(driver);
    run["results"] = std::move(results);
    root["runs"] = nlohmann::ordered_json::array({std::move(run)});
    std::printf("%s\n", root.dump(2).c_str());
}

} // namespace

int runValidate(const QStringList &args)
{
    int exitCode = ExitClean;
    const auto options = parse(args, exitCode);
    if (!options)
        return exitCode;
    std::vector<FileFindings> all;
    InputProblems problems;
    for (const std::string &file : options->files)
        if (auto design = load(file, problems))
            all.push_back({file, validate(*design)});
    if (options->format == "json")
        printJson(all);
    else if (options->format == "sarif")
        printSarif(all);
    else
        printText(all);
    if (problems.unreadable)
        return ExitBadInput;
    if (options->failOn)
        for (const FileFindings &ff : all)
            for (const Finding &f : ff.findings)
                if (atLeast(f.severity, *options->failOn))
                    return ExitFindings;
    return ExitClean;
}

} // namespace Stackyard::Cli
