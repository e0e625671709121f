#include "cloudformation.h"

#include "cfncontext.h"
#include "textfiles.h"
#include "yamlwriter.h"

namespace Stackyard {

namespace {

void standardParameters(CfnContext &cx)
{
    const Design &d = cx.design();
    OJson env{{"Type", "String"}, {"Default", cx.plan().defaultEnvironment}};
    if (!d.environments.empty())
        env["AllowedValues"] = d.environments;
    env["Description"] = "Environment this stack runs as; images are tagged <environment>_<commit id> (CICD-2)";
    cx.parameters()["EnvironmentName"] = env;
    cx.parameters()["ImageTag"] = {{"Type", "String"},
                                   {"Default", cx.plan().defaultEnvironment + "_initial"},
                                   {"Description", "Image tag to deploy, <environment>_<commit id> as pushed by the build"}};
}

/// Generated entries first, in build order; entries only the imported template had follow.
OJson merged(const OJson &generated, const Json &kept)
{
    OJson out = generated;
    if (kept.is_object())
        for (auto it = kept.begin(); it != kept.end(); ++it)
            if (!out.contains(it.key()))
                out[it.key()] = toOrdered(it.value());
    return out;
}

std::vector<ExportFile> sideFiles(const Design &d)
{
    std::vector<ExportFile> files;
    for (const auto &[id, r] : d.resources) {
        if (r.kind == "ecs-service" && usesFireLens(r))
            files.push_back({fluentBitConfigPath(r), fluentBitConfig(r)});
        if (r.kind == "codebuild-project")
            files.push_back({buildSpecPath(r), buildSpec(r)});
    }
    return files;
}

OJson buildTemplate(const ExportPlan &plan, const Design &design, Diagnostics &diagnostics);

ExportResult exportAs(const Design &design, bool yaml)
{
    ExportResult result;
    Diagnostics &diagnostics = result.diagnostics;
    const ExportPlan plan = planExport(design, diagnostics);
    const OJson templ = buildTemplate(plan, design, diagnostics);
    std::string text = yaml ? writeCloudFormationYaml(templ) : templ.dump(2) + "\n";
    result.files.push_back({yaml ? "template.yaml" : "template.json", std::move(text)});
    for (ExportFile &f : sideFiles(plan.design))
        result.files.push_back(std::move(f));
    return result;
}

OJson buildTemplate(const ExportPlan &plan, const Design &design, Diagnostics &diagnostics)
{
    CfnContext cx(plan, diagnostics);
    standardParameters(cx);
    buildNetwork(cx);
    buildSecurityGroups(cx);
    buildLoadBalancers(cx);
    buildContainers(cx);
    buildScaling(cx);
    buildRegistry(cx);
    buildData(cx);
    buildOperations(cx);
    buildOpaque(cx);

    const Json &kept = design.cloudFormation;
    OJson templ = OJson::object();
    templ["AWSTemplateFormatVersion"] = "2010-09-09";
    if (!design.description.empty())
        templ["Description"] = design.description;
    else if (kept.contains("Description"))
        templ["Description"] = toOrdered(kept["Description"]);
    else
        templ["Description"] = "Stackyard export of " + (design.name.empty() ? std::string("a design") : design.name);
    if (kept.contains("Transform"))
        templ["Transform"] = toOrdered(kept["Transform"]);
    if (kept.contains("Metadata"))
        templ["Metadata"] = toOrdered(kept["Metadata"]);
    templ["Parameters"] = merged(cx.parameters(), kept.value("Parameters", Json::object()));
    if (kept.contains("Mappings"))
        templ["Mappings"] = toOrdered(kept["Mappings"]);
    const OJson conditions = merged(cx.conditions(), kept.value("Conditions", Json::object()));
    if (!conditions.empty())
        templ["Conditions"] = conditions;
    templ["Resources"] = cx.resources();
    const OJson outputs = merged(cx.outputs(), kept.value("Outputs", Json::object()));
    if (!outputs.empty())
        templ["Outputs"] = outputs;
    return templ;
}

} // namespace

OJson buildCloudFormationTemplate(const Design &design, Diagnostics &diagnostics)
{
    const ExportPlan plan = planExport(design, diagnostics);
    return buildTemplate(plan, design, diagnostics);
}

ExportResult exportCloudFormationYaml(const Design &design) { return exportAs(design, true); }
ExportResult exportCloudFormationJson(const Design &design) { return exportAs(design, false); }

} // namespace Stackyard
