#include "exportcontroller.h"

#include "exportdialog.h"

#include "widgets/palette/kindicon.h"

#include "exporters/registry.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "model/document/documentio.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Stackyard {

ExportController::ExportController(const DesignDocument *document, const LiveAnalysis *analysis, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_analysis(analysis)
    , m_window(window)
{}

void ExportController::fill(QMenu *menu)
{
    const std::vector<ExporterInfo> &all = exporters();
    for (int i = 0; i < int(all.size()); ++i) {
        const QString title = QString::fromUtf8(all[std::size_t(i)].title.data(), qsizetype(all[std::size_t(i)].title.size()));
        QAction *action = menu->addAction(actionIcon(QStringLiteral("export")), tr("%1…").arg(title), this, [this, i] { run(i); });
        action->setToolTip(tr("Export the design as %1").arg(title));
    }
}

void ExportController::run(int index)
{
    // First the format, the files with a preview, and the design's errors (warned, not refused).
    ExportDialog dialog(m_document->design(), m_analysis->findings(), index, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    index = dialog.exporterIndex();
    const ExporterInfo &info = exporters().at(std::size_t(index));
    const QString title = QString::fromUtf8(info.title.data(), qsizetype(info.title.size()));
    const QString base = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    QString destination;
    if (info.writesDirectory) {
        destination = QFileDialog::getExistingDirectory(m_window, tr("Export %1 into").arg(title), base);
    } else {
        const QString ext = QString::fromUtf8(info.extension.data(), qsizetype(info.extension.size()));
        destination = QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(title), QDir(base).filePath(QStringLiteral("template.") + ext),
                                                   tr("%1 (*.%2)").arg(title, ext));
    }
    if (destination.isEmpty())
        return;
    const ExportResult &result = dialog.result();
    if (result.files.empty()) {
        QStringList notes;
        for (const Diagnostic &d : result.diagnostics)
            notes << QString::fromStdString(d.toString());
        QMessageBox::critical(m_window, tr("Export failed"), tr("The exporter wrote nothing.\n%1").arg(notes.join(QLatin1Char('\n'))));
        return;
    }
    QStringList written;
    for (std::size_t i = 0; i < result.files.size(); ++i) {
        const ExportFile &f = result.files[i];
        // The first file is the main one: it goes where the user said; the others next to it.
        const QString path = info.writesDirectory ? QDir(destination).filePath(QString::fromStdString(f.path))
                             : i == 0             ? destination
                                                  : QFileInfo(destination).dir().filePath(QString::fromStdString(f.path));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!writeFileAtomically(path, QByteArray::fromStdString(f.text), &error)) {
            QMessageBox::critical(m_window, tr("Export failed"), error);
            return;
        }
        written << QDir::toNativeSeparators(path);
    }
    QStringList notes;
    for (const Diagnostic &d : result.diagnostics)
        notes << QString::fromStdString(d.toString());
    emit message(tr("Exported %1 file(s) as %2").arg(written.size()).arg(title));
    if (!notes.isEmpty()) {
        QMessageBox box(hasErrors(result.diagnostics) ? QMessageBox::Warning : QMessageBox::Information, tr("Export notes"),
                        tr("%1 written, with %n note(s) from the exporter.", nullptr, int(notes.size())).arg(written.join(QStringLiteral(", "))),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(notes.join(QLatin1Char('\n')));
        box.exec();
    }
}

} // namespace Stackyard
