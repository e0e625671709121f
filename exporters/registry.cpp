#include "registry.h"

#include "cloudformation/cloudformation.h"
#include "terraform/terraform.h"

namespace Stackyard {

const std::vector<ExporterInfo> &exporters()
{
    static const std::vector<ExporterInfo> table{
        {"cloudformation-yaml", "CloudFormation (YAML)", "yaml", false, &exportCloudFormationYaml},
        {"cloudformation-json", "CloudFormation (JSON)", "json", false, &exportCloudFormationJson},
        {"terraform", "Terraform (HCL)", "tf", true, &exportTerraform},
    };
    return table;
}

const ExporterInfo *findExporter(std::string_view id)
{
    for (const ExporterInfo &info : exporters())
        if (info.id == id)
            return &info;
    return nullptr;
}

} // namespace Stackyard
