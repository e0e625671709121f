// Prints docs/rules.md generated from the rule registry: gen_rules_doc > docs/rules.md
#include "model/core/rules/rulesdoc.h"

#include <cstdio>

int main()
{
    const std::string md = Stackyard::rulesMarkdown();
    std::fwrite(md.data(), 1, md.size(), stdout);
    return 0;
}
