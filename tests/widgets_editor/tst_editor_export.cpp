// File ▸ Export…: the dialog shows the files of the chosen format with a highlighted preview, the
// exporter's output unchanged, and the design's errors before anything is written.

#include "widgets/mainwindow/codehighlighter.h"
#include "widgets/mainwindow/exportdialog.h"
#include "model/core/rules/validate.h"

#include "exporters/registry.h"
#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Stackyard;

namespace {

Design reference()
{
    const auto text = embeddedFile("samples/reference.stackyard.json");
    if (!text)
        return {};
    LoadResult loaded = loadDesign(*text, "reference.stackyard.json");
    return loaded.file ? loaded.file->design : Design();
}

int indexOf(std::string_view id)
{
    const auto &all = exporters();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            return int(i);
    return -1;
}

/// The formats the highlighter gave the first block that holds `needle` (empty when none).
QList<QTextLayout::FormatRange> formatsOfLine(QPlainTextEdit *edit, const QString &needle)
{
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next())
        if (b.text().contains(needle))
            return b.layout()->formats();
    return {};
}

} // namespace

class TestEditorExport : public QObject
{
    Q_OBJECT

private slots:
    void previewShowsWhatTheExporterWrites()
    {
        const Design design = reference();
        QVERIFY(!design.resources.empty());
        const int yaml = indexOf("cloudformation-yaml");
        QVERIFY(yaml >= 0);
        ExportDialog dialog(design, validate(design), yaml, nullptr);
        QCOMPARE(dialog.formatBox()->count(), int(exporters().size()));
        QCOMPARE(dialog.exporterIndex(), yaml);

        const ExportResult expected = exporters().at(std::size_t(yaml)).run(design);
        QVERIFY(!expected.files.empty());
        QCOMPARE(dialog.fileList()->count(), int(expected.files.size()));
        QCOMPARE(dialog.fileList()->item(0)->text(), QString::fromStdString(expected.files[0].path));
        QCOMPARE(dialog.preview()->toPlainText(), QString::fromStdString(expected.files[0].text));
        QCOMPARE(dialog.highlighter()->language(), CodeHighlighter::Language::Yaml);
        // "Resources:" is a key: the highlighter coloured it.
        QVERIFY(!formatsOfLine(dialog.preview(), "Resources:").isEmpty());

        // Another file of the export is previewed when chosen.
        if (expected.files.size() > 1) {
            dialog.fileList()->setCurrentRow(1);
            QCOMPARE(dialog.preview()->toPlainText(), QString::fromStdString(expected.files[1].text));
        }
    }

    void switchingFormatReRunsTheExporter()
    {
        const Design design = reference();
        const int terraform = indexOf("terraform");
        QVERIFY(terraform >= 0);
        ExportDialog dialog(design, validate(design), 0, nullptr);
        dialog.formatBox()->setCurrentIndex(terraform);
        QCOMPARE(dialog.exporterIndex(), terraform);
        const ExportResult expected = exporters().at(std::size_t(terraform)).run(design);
        QCOMPARE(dialog.result().files.size(), expected.files.size());
        QCOMPARE(dialog.preview()->toPlainText(), QString::fromStdString(expected.files[0].text));
        QCOMPARE(dialog.highlighter()->language(), CodeHighlighter::Language::Hcl);
        QVERIFY(!formatsOfLine(dialog.preview(), "resource \"").isEmpty());
    }

    void errorsAreShownBeforeExportButDoNotRefuse()
    {
        Design design = reference();
        {
            ExportDialog clean(design, validate(design), 0, nullptr);
            QVERIFY(clean.errorBanner()->isHidden());
        }
        // An ALB in one Availability Zone will not deploy: an error finding.
        Resource *alb = design.resource("alb");
        QVERIFY(alb);
        QVERIFY(alb->placement.size() >= 2);
        alb->placement.resize(1);
        ExportDialog dialog(design, validate(design), 0, nullptr);
        QVERIFY(!dialog.errorBanner()->isHidden());
        QVERIFY(dialog.errorBanner()->text().contains("alb"));
        // Warned, not refused: the files are there to export.
        QVERIFY(!dialog.result().files.empty());
    }

    void languageByFileName()
    {
        QCOMPARE(CodeHighlighter::languageOf("template.yaml"), CodeHighlighter::Language::Yaml);
        QCOMPARE(CodeHighlighter::languageOf("template.json"), CodeHighlighter::Language::Json);
        QCOMPARE(CodeHighlighter::languageOf("main.tf"), CodeHighlighter::Language::Hcl);
        QCOMPARE(CodeHighlighter::languageOf("fluent-bit/api.conf"), CodeHighlighter::Language::Plain);
    }
};

QTEST_MAIN(TestEditorExport)
#include "tst_editor_export.moc"
