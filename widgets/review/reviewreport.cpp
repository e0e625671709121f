#include "reviewreport.h"

#include "diagramexport.h"
#include "reportsections.h"
#include "svgcharts.h"

#include "widgets/i18n/language.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/rules/validate.h"
#include "resources/embedded.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include <optional>

namespace Stackyard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::Report)
};

QString title(const std::string &designName)
{
    return Tr::tr("Architecture review: %1").arg(QString::fromStdString(designName));
}

QString css()
{
    const auto text = embeddedFile("templates/report.css");
    return text ? QString::fromUtf8(text->data(), qsizetype(text->size())) : QString();
}

/// The <svg> element of an SVG document (no XML prolog or doctype), to inline in HTML.
QString svgElement(const QByteArray &document)
{
    const QString text = QString::fromUtf8(document);
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    return start < 0 ? text : text.mid(start);
}

/// An inline SVG, or an <img> referring to `name` whose source goes to `images`.
QString figure(const QString &name, const QByteArray &svg, int width, const ReviewReportOptions &options,
               ReviewReport &report)
{
    if (options.inlineSvg)
        return svgElement(svg);
    const QString url = QStringLiteral("stackyard:") + name;
    report.images.emplace_back(url, svg);
    return QStringLiteral("<img src=\"%1\" width=\"%2\">").arg(url).arg(width);
}

std::vector<ChartValue> values(const auto &map)
{
    std::vector<ChartValue> out;
    for (const auto &[key, value] : map)
        out.emplace_back(QString::fromStdString(key), value);
    return out;
}

} // namespace

ReviewReport buildReviewReport(const DesignFile &file, const ReviewReportOptions &options)
{
    ReviewReport report;
    const Design &design = file.design;
    const DiagramExport diagram(file);
    const QString date = options.date.isEmpty() ? diagram.date() : options.date;
    const std::vector<Finding> findings = validate(design);
    std::string priceError;
    const std::optional<PriceTable> prices = PriceTable::builtin(design.region, &priceError);
    std::optional<CostEstimate> cost;
    if (prices) {
        CostOptions costOptions;
        costOptions.priceOverrides = options.priceOverrides;
        cost = estimate(design, *prices, costOptions);
    }

    QString body = Report::titlePage(design, date, findings, cost);
    body += QStringLiteral("<h2 id=\"diagram\" style=\"page-break-before: always\">%1</h2><div class=\"diagram\">%2</div>")
                .arg(Tr::tr("Diagram"), figure(QStringLiteral("diagram"), diagram.toSvg(), 620, options, report));
    body += Report::findingsSection(design, findings);
    body += Report::checklistSection(design, findings);
    QString donut, bars;
    if (cost) {
        donut = figure(QStringLiteral("services"), donutSvg(values(cost->byService()), Tr::tr("Monthly cost by service")).toUtf8(),
                       600, options, report);
        std::vector<ChartValue> byResource;
        for (const auto &[id, monthly] : cost->byResource())
            byResource.emplace_back(QString::fromStdString(cost->labelOf(id)), monthly);
        bars = figure(QStringLiteral("resources"), barsSvg(byResource, Tr::tr("Monthly cost by resource")).toUtf8(),
                      600, options, report);
    }
    body += Report::costSection(design, cost, QString::fromStdString(priceError), donut, bars);
    body += Report::responsibilitySection(findings);

    // The PDF's QTextDocument gets the style sheet as its default one (reviewReportPdf).
    const QString style = options.inlineSvg ? QStringLiteral("<style>\n") + css() + QStringLiteral("</style>") : QString();
    // The language of the texts: the installed catalogue's ("ko"), else the sources' ("en").
    report.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                 "%3</head><body>\n%4\n</body></html>\n")
                      .arg(Language::current(), title(design.name).toHtmlEscaped(), style, body);
    return report;
}

QString reviewReportHtml(const DesignFile &file, const ReviewReportOptions &options)
{
    ReviewReportOptions inlined = options;
    inlined.inlineSvg = true;
    return buildReviewReport(file, inlined).html;
}

QByteArray reviewReportPdf(const DesignFile &file, const ReviewReportOptions &options)
{
    ReviewReportOptions withImages = options;
    withImages.inlineSvg = false;
    const ReviewReport report = buildReviewReport(file, withImages);

    QTextDocument document;
    // Pages have their own margins: the screen layout's centred column would only narrow tables.
    document.setDefaultStyleSheet(css() + QStringLiteral("\nbody { margin: 0; padding: 0; max-width: none; }\n"));
    for (const auto &[url, svg] : report.images) {
        QSvgRenderer renderer(svg);
        const QSize size = renderer.defaultSize() * 3; // 3x: sharp when printed
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        document.addResource(QTextDocument::ImageResource, QUrl(url), image);
    }
    document.setHtml(report.html);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title(file.design.name));
    writer.setCreator(QStringLiteral("Stackyard"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    document.print(&writer); // lays out inside 2 cm margins and numbers the pages
    return buffer.data();
}

bool writeReviewReport(const DesignFile &file, const QString &path, QString *error, const ReviewReportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        data = reviewReportHtml(file, options).toUtf8();
    } else if (suffix == QLatin1String("pdf")) {
        data = reviewReportPdf(file, options);
    } else {
        *error = QStringLiteral("%1: unknown report type \"%2\" (use .html or .pdf)").arg(path, suffix);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace Stackyard
