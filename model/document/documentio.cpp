#include "documentio.h"

#include "designdocument.h"

#include "model/core/io/designio.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace Stackyard {

bool writeFileAtomically(const QString &path, const QByteArray &text, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    if (out.write(text) != text.size()) {
        if (error)
            *error = QObject::tr("%1: cannot write: %2").arg(path, out.errorString());
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        if (error)
            *error = QObject::tr("%1: cannot save: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool DesignDocument::saveAs(const QString &path, QString *error)
{
    if (m_scratch) {
        if (error)
            *error = tr("A what-if is on (presentation mode): it is not part of the design. Leave presentation "
                        "mode (Esc) to take it back, then save.");
        return false;
    }
    const std::string text = saveDesign(m_file);
    if (!writeFileAtomically(path, QByteArray::fromStdString(text), error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool pathChanged = absolute != m_filePath;
    m_filePath = absolute;
    m_undoStack->setClean();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    return true;
}

} // namespace Stackyard
