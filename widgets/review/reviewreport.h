#pragma once

#include "model/core/design.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <string>
#include <utility>
#include <vector>

class QWidget;

namespace Stackyard {

class DesignDocument;

/// What goes into a review report besides the design.
struct ReviewReportOptions
{
    QString date;          ///< shown on the title page; empty = settings.date of the design, else today
    /// true: diagram and charts inline as <svg> (the HTML file). false: as <img src="stackyard:NAME">
    /// whose SVG sources are listed in ReviewReport::images (QTextDocument cannot show inline SVG).
    bool inlineSvg = true;
    /// The user's prices by price key (the editor's overrides); the lines using one are marked.
    std::map<std::string, double> priceOverrides;
};

/// A built report: the HTML, and the images it refers to when they are not inline.
struct ReviewReport
{
    QString html;
    std::vector<std::pair<QString, QByteArray>> images; ///< "stackyard:diagram" -> SVG document
};

/// The architecture review of `file`: a title page (name, region, date, counts); the diagram; the
/// findings by Well-Architected pillar with scores, explanations and fixes; the practice checklist
/// (every PRACTICES.md row: met / not met / not applicable / not checked, with why); the cost
/// breakdown with a donut by service and bars by resource, the usage assumptions, region and price
/// date; the shared-responsibility note (SEC-1). Needs a QGuiApplication (fonts for the diagram).
ReviewReport buildReviewReport(const DesignFile &file, const ReviewReportOptions &options = {});

/// The report as ONE self-contained HTML document (inline SVG and CSS, no external references).
QString reviewReportHtml(const DesignFile &file, const ReviewReportOptions &options = {});

/// A paginated PDF of the report (A4 portrait, page numbers; sections start on new pages).
QByteArray reviewReportPdf(const DesignFile &file, const ReviewReportOptions &options = {});

/// Writes the report by the suffix of `path` (.html/.htm or .pdf) atomically; `error` says why not.
bool writeReviewReport(const DesignFile &file, const QString &path, QString *error,
                       const ReviewReportOptions &options = {});

/// File -> Review report…: asks for a path (HTML or PDF) and writes the report of `document`;
/// shows a message box on failure. Returns whether a report was written. `options` carries the
/// editor's price overrides, so the report prices the design as the cost dock does.
bool exportReviewReport(QWidget *parent, const DesignDocument &document, const ReviewReportOptions &options = {});

} // namespace Stackyard
