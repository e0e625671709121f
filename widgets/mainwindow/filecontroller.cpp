#include "filecontroller.h"

#include "newdesigndialog.h"
#include "recentfiles.h"

#include "resources/embedded.h"

#include "exporters/input.h"
#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/documentio.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUndoStack>

namespace Stackyard {

namespace {

const QString kDesignFilter = QObject::tr("Stackyard designs (*.stackyard.json);;JSON files (*.json);;All files (*)");

QString errorsOf(const LoadResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            lines << QString::fromStdString(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FileController::FileController(DesignDocument *document, QWidget *window, RecentFiles *recent)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_recent(recent)
{
    connect(recent, &RecentFiles::openRequested, this, &FileController::openWithPrompt);
}

int FileController::ask(const QString &title, const QString &text, int buttons)
{
    if (m_asker)
        return m_asker(title, text, buttons);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::StandardButtons(buttons), m_window);
    box.setDefaultButton(QMessageBox::Save);
    return box.exec();
}

void FileController::fail(const QString &title, const QString &text)
{
    emit message(text.section(QLatin1Char('\n'), 0, 0));
    if (m_asker) {
        m_asker(title, text, QMessageBox::Ok);
        return;
    }
    QMessageBox box(QMessageBox::Critical, title, text.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, m_window);
    if (text.contains(QLatin1Char('\n')))
        box.setDetailedText(text);
    box.exec();
}

namespace {

/// Every error `loadInput` reported, each located as "file:line:column" or "file: /json/pointer".
QString errorsOf(const InputResult &input, const QString &path)
{
    QStringList lines;
    for (const Diagnostic &d : input.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            lines << QString::fromStdString(d.toString());
    return lines.isEmpty() ? FileController::tr("%1: cannot be read").arg(path) : lines.join(QLatin1Char('\n'));
}

} // namespace

bool FileController::openPath(const QString &path)
{
    // One read and the command line's decision (loadInput): a design by its content, else a
    // CloudFormation template, which opens as a new design.
    InputResult input = loadInput(path.toStdString());
    if (!input.file) {
        fail(tr("Cannot open %1").arg(QFileInfo(path).fileName()), errorsOf(input, path));
        return false;
    }
    if (input.isTemplate) {
        adoptImport(std::move(*input.file), path);
        return true;
    }
    m_document->reset(std::move(*input.file), QFileInfo(path).absoluteFilePath());
    m_recent->add(path);
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::openSample(const QString &embeddedPath)
{
    const std::optional<std::string_view> text = embeddedFile(embeddedPath.toStdString());
    if (!text)
        return false;
    LoadResult result = loadDesign(*text, embeddedPath.toStdString());
    if (!result.file) {
        fail(tr("Cannot open the sample"), errorsOf(result));
        return false;
    }
    m_document->reset(std::move(*result.file));
    emit message(tr("Opened the sample %1: save it to keep your changes").arg(QString::fromStdString(m_document->design().name)));
    return true;
}

bool FileController::openRecovered(const QString &designText, const QString &originalPath)
{
    const std::string text = designText.toStdString();
    LoadResult result = loadDesign(text, "recovered design");
    if (!result.file) {
        fail(tr("Cannot recover the design"), errorsOf(result));
        return false;
    }
    m_document->reset(std::move(*result.file), originalPath);
    m_document->undoStack()->resetClean(); // recovered work is not on disk yet
    emit message(tr("Recovered %1: save it to keep it").arg(m_document->displayName()));
    return true;
}

void FileController::openBlank()
{
    DesignFile blank;
    blank.design.name = tr("New design").toStdString();
    m_document->reset(std::move(blank));
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const int answer = ask(tr("Unsaved changes"),
                           tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
                           QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::newDesign()
{
    if (!maybeSave())
        return;
    NewDesignDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.samplePath().isEmpty())
        openBlank();
    else
        openSample(dialog.samplePath());
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString start = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open design"), start, kDesignFilter);
    if (!path.isEmpty())
        openPath(path);
}

void FileController::openWithPrompt(const QString &path)
{
    if (maybeSave())
        openPath(path);
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        fail(tr("Cannot save"), error);
        return false;
    }
    m_recent->add(m_document->filePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool FileController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QString::fromStdString(m_document->design().name).toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"))
                    + QStringLiteral(".stackyard.json");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save design as"), suggested, kDesignFilter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".stackyard.json");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        fail(tr("Cannot save"), error);
        return false;
    }
    m_recent->add(path);
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileController::importTemplate()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import CloudFormation template"), QString(),
                                                      tr("CloudFormation templates (*.yaml *.yml *.json *.template);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

bool FileController::importPath(const QString &path)
{
    InputResult input = loadInput(path.toStdString());
    if (!input.file) {
        fail(tr("Cannot import %1").arg(QFileInfo(path).fileName()), errorsOf(input, path));
        return false;
    }
    adoptImport(std::move(*input.file), path);
    return true;
}

void FileController::adoptImport(DesignFile file, const QString &path)
{
    m_document->reset(std::move(file));
    m_document->undoStack()->resetClean();
    emit message(tr("Imported %1: save it as a design to keep it").arg(QDir::toNativeSeparators(path)));
}

} // namespace Stackyard
