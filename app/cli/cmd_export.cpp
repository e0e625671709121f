#include "cli.h"

#include "exporters/input.h"
#include "exporters/registry.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <optional>

namespace Stackyard::Cli {

namespace {

int usage(const std::string &problem)
{
    std::string formats;
    for (const ExporterInfo &info : exporters())
        formats += (formats.empty() ? "" : "|") + std::string(info.id);
    std::fprintf(stderr, "stackyard export: %s\nusage: stackyard export FILE --to %s -o PATH\n", problem.c_str(),
                 formats.c_str());
    return ExitBadInput;
}

/// A design file, or a CloudFormation template imported on the fly (loadInput).
std::optional<Design> load(const QString &path)
{
    InputResult input = loadInput(path.toStdString());
    for (const Diagnostic &d : input.diagnostics)
        if (d.severity != Diagnostic::Severity::Info || !input.file)
            std::fprintf(stderr, "%s\n", d.toString().c_str());
    if (!input.file)
        return std::nullopt;
    return std::move(input.file->design);
}

/// Writes every file next to its final name and renames only when all were written, so a
/// failure leaves the previous export untouched.
bool writeAll(const QString &mainPath, const QString &baseDir, const ExportResult &result, bool mainIsFirst)
{
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (std::size_t i = 0; i < result.files.size(); ++i) {
        const ExportFile &f = result.files[i];
        const QString path = (i == 0 && mainIsFirst) ? mainPath : baseDir + "/" + QString::fromStdString(f.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            std::fprintf(stderr, "%s: error: cannot create the folder\n", qPrintable(QFileInfo(path).absolutePath()));
            return false;
        }
        auto out = std::make_unique<QSaveFile>(path);
        if (!out->open(QIODevice::WriteOnly)
            || out->write(f.text.data(), qint64(f.text.size())) != qint64(f.text.size())) {
            std::fprintf(stderr, "%s: error: cannot write: %s\n", qPrintable(path), qPrintable(out->errorString()));
            return false;
        }
        files.push_back(std::move(out));
    }
    for (auto &f : files)
        if (!f->commit()) {
            std::fprintf(stderr, "%s: error: cannot write: %s\n", qPrintable(f->fileName()), qPrintable(f->errorString()));
            return false;
        }
    return true;
}

} // namespace

int runExport(const QStringList &args)
{
    QString input, format, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name, QString &target) {
            if (a.startsWith(name + "=")) {
                target = a.mid(name.size() + 1);
                return true;
            }
            if (a == name && i + 1 < args.size()) {
                target = args[++i];
                return true;
            }
            return false;
        };
        if (value("--to", format) || value("-o", output) || value("--output", output))
            continue;
        if (a.startsWith('-'))
            return usage("unknown option " + a.toStdString());
        if (!input.isEmpty())
            return usage("more than one FILE given");
        input = a;
    }
    if (input.isEmpty())
        return usage("no FILE given");
    if (format.isEmpty())
        return usage("--to is required");
    if (output.isEmpty())
        return usage("-o PATH is required");
    const ExporterInfo *exporter = findExporter(format.toStdString());
    if (!exporter)
        return usage("unknown format '" + format.toStdString() + "'");

    const std::optional<Design> design = load(input);
    if (!design)
        return ExitBadInput;
    const ExportResult result = exporter->run(*design);
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            std::fprintf(stderr, "%s: %s\n", qPrintable(input), d.toString().c_str());
    if (result.files.empty())
        return ExitBadInput; // the exporter could not read the design (its diagnostics say why)
    const bool ok = exporter->writesDirectory
                        ? writeAll(output, output, result, false)
                        : writeAll(output, QFileInfo(output).absolutePath(), result, true);
    if (!ok)
        return ExitBadInput;
    std::printf("%s: wrote %zu file%s to %s\n", qPrintable(input), result.files.size(),
                result.files.size() == 1 ? "" : "s", qPrintable(output));
    return ExitClean;
}

} // namespace Stackyard::Cli
