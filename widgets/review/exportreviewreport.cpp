#include "reviewreport.h"

#include "model/document/designdocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace Stackyard {

bool exportReviewReport(QWidget *parent, const DesignDocument &document, const ReviewReportOptions &options)
{
    const QString base = document.filePath().isEmpty()
        ? QStringLiteral("review")
        : QFileInfo(document.filePath()).completeBaseName().remove(QStringLiteral(".stackyard")) + QStringLiteral("-review");
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Review report"), base + QStringLiteral(".html"),
                                                QObject::tr("HTML (*.html);;PDF (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QString error;
    if (!writeReviewReport(document.file(), path, &error, options)) {
        QMessageBox::warning(parent, QObject::tr("Review report"), QObject::tr("The report was not written.\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace Stackyard
