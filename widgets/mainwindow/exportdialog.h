#pragma once

#include "exporters/registry.h"
#include "model/core/design.h"
#include "model/core/rules/finding.h"

#include <vector>

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Stackyard {

class CodeHighlighter;

/// File ▸ Export…: the format, the files the export will write with a syntax-highlighted preview
/// of each, the exporter's notes, and — before anything is written — the design's findings of
/// severity error (the export warns about them; it does not refuse).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `findings` are the design's current ones (LiveAnalysis): the dialog does not validate again.
    ExportDialog(const Design &design, const std::vector<Finding> &findings, int exporterIndex, QWidget *parent = nullptr);

    /// The chosen exporter (index into exporters()).
    int exporterIndex() const;
    /// What the chosen exporter produced for the design (computed once per format).
    const ExportResult &result() const { return m_result; }

    // For tests and screenshots.
    QComboBox *formatBox() const { return m_format; }
    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *errorBanner() const { return m_errors; }
    CodeHighlighter *highlighter() const { return m_highlighter; }

private:
    void runExporter();
    void showFile(int row);

    const Design &m_design;
    ExportResult m_result;
    QComboBox *m_format;
    QLabel *m_errors;
    QLabel *m_notes;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    CodeHighlighter *m_highlighter;
};

} // namespace Stackyard
