// `stackyard render FILE -o OUT.svg|png|pdf [--scale N] [--transparent]`: the diagram as an image.
#include "cli.h"

#include "exporters/input.h"
#include "widgets/i18n/language.h"
#include "widgets/review/diagramexport.h"
#include "widgets/review/guiapplication.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace Stackyard::Cli {

namespace {

struct RenderArgs
{
    QString file;
    QString output;
    double scale = 1;
    bool transparent = false;
};

int usage(const QString &problem)
{
    std::fprintf(stderr, "stackyard render: %s\nusage: stackyard render FILE -o OUT.svg|png|pdf [--scale N] [--transparent]\n",
                 qPrintable(problem));
    return ExitBadInput;
}

std::optional<int> parse(const QStringList &args, RenderArgs &out)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "-o" || a == "--output" || a == "--scale") {
            if (i + 1 >= args.size())
                return usage(a + " needs a value");
            const QString value = args[++i];
            if (a == "--scale") {
                bool ok = false;
                out.scale = value.toDouble(&ok);
                if (!ok || out.scale <= 0 || out.scale > 16)
                    return usage("--scale \"" + value + "\" is not a number from 0 to 16");
            } else {
                out.output = value;
            }
        } else if (a == "--transparent") {
            out.transparent = true;
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
    if (out.output.isEmpty())
        return usage("missing -o OUT.svg|png|pdf");
    const QString suffix = QFileInfo(out.output).suffix().toLower();
    if (suffix != "svg" && suffix != "png" && suffix != "pdf")
        return usage(out.output + ": unknown image type \"" + suffix + "\" (use .svg, .png or .pdf)");
    if (out.transparent && suffix != "png")
        return usage("--transparent applies to PNG only");
    return std::nullopt;
}

} // namespace

int runRender(const QStringList &args)
{
    RenderArgs a;
    if (auto code = parse(args, a))
        return *code;
    InputResult input = loadInput(a.file.toStdString());
    for (const Diagnostic &d : input.diagnostics)
        std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!input.file)
        return ExitBadInput;
    const auto app = ensureGuiApplication();
    Language::install(QLocale::system()); // legend and headings in the locale's language
    QString error;
    if (!DiagramExport(*input.file).write(a.output, a.scale, a.transparent, &error)) {
        std::fprintf(stderr, "stackyard render: %s\n", qPrintable(error));
        return ExitBadInput;
    }
    return ExitClean;
}

} // namespace Stackyard::Cli
