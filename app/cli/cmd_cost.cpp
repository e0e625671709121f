// `stackyard cost FILE [--region R] [--format text|json|csv]` (PRODUCT.md): the monthly estimate.
#include "cli.h"

#include "model/core/cost/costformat.h"
#include "model/core/cost/estimate.h"
#include "exporters/input.h"

#include <cstdio>
#include <optional>
#include <string>

namespace Stackyard::Cli {

namespace {

struct CostArgs
{
    QString file;
    QString region;
    QString format = "text";
};

int usage(const QString &problem)
{
    std::fprintf(stderr, "stackyard cost: %s\nusage: stackyard cost FILE [--region R] [--format text|json|csv]\n",
                 qPrintable(problem));
    return ExitBadInput;
}

/// Parses the arguments; returns an exit code when they are wrong.
std::optional<int> parse(const QStringList &args, CostArgs &out)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "--region" || a == "--format") {
            if (i + 1 >= args.size())
                return usage(a + " needs a value");
            (a == "--region" ? out.region : out.format) = args[++i];
        } else if (a.startsWith("--region=")) {
            out.region = a.mid(9);
        } else if (a.startsWith("--format=")) {
            out.format = a.mid(9);
        } else if (a.startsWith('-')) {
            return usage("unknown option " + a);
        } else if (out.file.isEmpty()) {
            out.file = a;
        } else {
            return usage("one FILE only (also got " + a + ")");
        }
    }
    if (out.file.isEmpty())
        return usage("missing FILE");
    if (out.format != "text" && out.format != "json" && out.format != "csv")
        return usage("unknown format \"" + out.format + "\" (text, json or csv)");
    return std::nullopt;
}

/// The design in `path`: a .stackyard.json design or a CloudFormation template (told apart by
/// content, exporters/input.h). Diagnostics (located file:line:column) go to stderr.
std::optional<Design> load(const QString &path, const QString &region)
{
    ImportOptions options;
    if (!region.isEmpty())
        options.region = region.toStdString();
    InputResult result = loadInput(path.toStdString(), options);
    for (const Diagnostic &d : result.diagnostics)
        std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!result.file)
        return std::nullopt;
    return std::move(result.file->design);
}

} // namespace

int runCost(const QStringList &args)
{
    CostArgs a;
    if (auto code = parse(args, a))
        return *code;
    const std::optional<Design> design = load(a.file, a.region);
    if (!design)
        return ExitBadInput;
    const std::string region = a.region.isEmpty() ? design->region : a.region.toStdString();
    std::string error;
    const std::optional<PriceTable> prices = PriceTable::builtin(region, &error);
    if (!prices) {
        std::fprintf(stderr, "stackyard cost: %s\n", error.c_str());
        return ExitBadInput;
    }
    const CostEstimate e = estimate(*design, *prices);
    std::string out;
    if (a.format == "json")
        out = costToJson(e).dump(2) + "\n";
    else if (a.format == "csv")
        out = costToCsv(e);
    else
        out = "Design: " + design->name + "\n" + costToText(e);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return ExitClean;
}

} // namespace Stackyard::Cli
