// `stackyard report FILE -o OUT.html|pdf`: the architecture review report.
#include "cli.h"

#include "exporters/input.h"
#include "widgets/i18n/language.h"
#include "widgets/review/guiapplication.h"
#include "widgets/review/reviewreport.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace Stackyard::Cli {

namespace {

int usage(const QString &problem)
{
    std::fprintf(stderr, "stackyard report: %s\nusage: stackyard report FILE -o OUT.html|pdf\n", qPrintable(problem));
    return ExitBadInput;
}

} // namespace

int runReport(const QStringList &args)
{
    QString file, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "-o" || a == "--output") {
            if (i + 1 >= args.size())
                return usage(a + " needs a value");
            output = args[++i];
        } else if (a.startsWith('-')) {
            return usage("unknown option " + a);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usage("one FILE only (also got " + a + ")");
        }
    }
    if (file.isEmpty())
        return usage("missing FILE");
    if (output.isEmpty())
        return usage("missing -o OUT.html|pdf");
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != "html" && suffix != "htm" && suffix != "pdf")
        return usage(output + ": unknown report type \"" + suffix + "\" (use .html or .pdf)");
    InputResult input = loadInput(file.toStdString());
    for (const Diagnostic &d : input.diagnostics)
        std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!input.file)
        return ExitBadInput;
    const auto app = ensureGuiApplication();
    // The report speaks the language of the user's locale (LANG, LC_MESSAGES, LANGUAGE).
    Language::install(QLocale::system());
    QString error;
    if (!writeReviewReport(*input.file, output, &error)) {
        std::fprintf(stderr, "stackyard report: %s\n", qPrintable(error));
        return ExitBadInput;
    }
    return ExitClean;
}

} // namespace Stackyard::Cli
