#include "textfiles.h"

#include "resources/embedded.h"

namespace Stackyard {

namespace {

std::string templateText(std::string_view name)
{
    const auto text = embeddedFile(std::string("templates/") + std::string(name));
    return text ? std::string(*text) : std::string();
}

void replaceAll(std::string &text, std::string_view from, std::string_view to)
{
    for (std::size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

/// Keeps lines "@flag rest" as "rest" when the flag is on and drops them otherwise.
std::string conditionalLines(const std::string &text, std::string_view flag, bool on)
{
    std::string out;
    const std::string marker = "@" + std::string(flag);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        std::string line = text.substr(start, end - start);
        if (line.rfind(marker, 0) == 0) {
            if (on)
                out += line.substr(marker.size());
        } else {
            out += line;
        }
        start = end;
    }
    return out;
}

} // namespace

bool usesFireLens(const Resource &service)
{
    return service.stringProperty("logDriver", "firelens-fluentbit").rfind("firelens", 0) == 0;
}

std::string fluentBitConfigPath(const Resource &service)
{
    return "fluent-bit/" + service.id + ".conf";
}

std::string fluentBitConfig(const Resource &service)
{
    std::string text = templateText("fluent-bit/service.conf");
    replaceAll(text, "{{ERROR_REGEX}}", "(?i)(error|exception|fatal|panic)");
    for (const Json &route : service.properties.value("logRoutes", Json::array())) {
        const std::string match = route.value("match", "all");
        const std::string destination = route.value("destination", "cloudwatch");
        std::string section = templateText("fluent-bit/output-" + destination + ".conf");
        if (section.empty())
            continue;
        replaceAll(section, "{{MATCH}}", match == "error" ? "error.*" : match == "access" ? "*-firelens-*" : "*");
        replaceAll(section, "{{ROUTE}}", match);
        text += section;
    }
    replaceAll(text, "{{SERVICE}}", service.id);
    replaceAll(text, "{{KEY}}", fluentBitConfigPath(service));
    return text;
}

std::string buildSpecPath(const Resource &project)
{
    return "buildspec/" + project.id + ".yml";
}

std::string buildSpec(const Resource &project)
{
    std::string text = templateText("buildspec.yml");
    text = conditionalLines(text, "trivy", project.boolProperty("runTrivy", true));
    text = conditionalLines(text, "dockle", project.boolProperty("runDockle", true));
    const bool trust = project.boolProperty("contentTrust", true);
    replaceAll(text, "{{TRUST}}", trust ? "DOCKER_CONTENT_TRUST=1 " : "");
    replaceAll(text, "{{TRUST_NOTE}}",
               trust ? "\n# Docker Content Trust verifies signed base images during the build (SEC-5)." : "");
    replaceAll(text, "{{PROJECT}}", project.id);
    return text;
}

std::string lambdaSource(const std::string &purpose)
{
    std::string text = templateText("lambda/" + purpose + ".py");
    return text.empty() ? templateText("lambda/other.py") : text;
}

} // namespace Stackyard
