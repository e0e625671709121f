#include "svgcharts.h"

#include "widgets/cost/costcharts.h"

#include <QCoreApplication>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Stackyard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::ReportCharts)
};

// AWS-like category palette, distinct enough side by side.
const char *const kPalette[] = {"#ED7100", "#8C4FFF", "#C925D1", "#DD344C", "#7AA116", "#147EBA",
                                "#E7157B", "#01A88D", "#D45B07", "#545B64", "#3F8624", "#8D6E63"};

QString color(int i) { return QString::fromLatin1(kPalette[i % int(std::size(kPalette))]); }

QString num(double v) { return QString::number(v, 'f', 2); }

void sortDescending(std::vector<ChartValue> &values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](const ChartValue &v) { return v.second <= 0; }),
                 values.end());
    std::stable_sort(values.begin(), values.end(), [](const ChartValue &a, const ChartValue &b) { return a.second > b.second; });
}

QString header(double width, double height, const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "role=\"img\" aria-label=\"%3\" font-family=\"DejaVu Sans, Noto Sans CJK KR, Helvetica, Arial, sans-serif\">"
                          "<title>%3</title>")
        .arg(width).arg(height).arg(xmlEscaped(title));
}

} // namespace

QString xmlEscaped(const QString &text) { return text.toHtmlEscaped(); }

QString donutSvg(std::vector<ChartValue> values, const QString &title)
{
    sortDescending(values);
    double total = 0;
    for (const auto &v : values)
        total += v.second;
    const double rowHeight = 22;
    const double height = std::max(240.0, 40 + rowHeight * double(values.size()));
    QString svg = header(640, height, title);
    const double cx = 120, cy = 120, r = 100, inner = 58;
    if (values.size() == 1) {
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"none\" stroke=\"%4\" stroke-width=\"%5\"/>")
                   .arg(cx).arg(cy).arg((r + inner) / 2).arg(color(0)).arg(r - inner);
    } else {
        double angle = -M_PI / 2;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double sweep = 2 * M_PI * values[i].second / total;
            const double a0 = angle, a1 = angle + sweep;
            const int large = sweep > M_PI ? 1 : 0;
            auto pt = [&](double radius, double a) { return num(cx + radius * std::cos(a)) + "," + num(cy + radius * std::sin(a)); };
            svg += QStringLiteral("<path d=\"M%1 A%2,%2 0 %3 1 %4 L%5 A%6,%6 0 %3 0 %7 Z\" fill=\"%8\" stroke=\"#fff\" stroke-width=\"1\">"
                                  "<title>%9</title></path>")
                       .arg(pt(r, a0)).arg(r).arg(large).arg(pt(r, a1), pt(inner, a1)).arg(inner)
                       .arg(pt(inner, a0), color(int(i)), xmlEscaped(values[i].first + ": " + usd(values[i].second)));
            angle = a1;
        }
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#232F3E\">%3</text>"
                          "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\" font-size=\"11\" fill=\"#545B64\">%5</text>")
               .arg(cx).arg(cy + 2).arg(xmlEscaped(usd(total))).arg(cy + 18).arg(xmlEscaped(Tr::tr("per month")));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double y = 30 + rowHeight * double(i);
        const double share = total > 0 ? 100.0 * values[i].second / total : 0;
        svg += QStringLiteral("<rect x=\"260\" y=\"%1\" width=\"12\" height=\"12\" fill=\"%2\"/>"
                              "<text x=\"280\" y=\"%3\" font-size=\"12\" fill=\"#232F3E\">%4</text>"
                              "<text x=\"630\" y=\"%3\" font-size=\"12\" fill=\"#232F3E\" text-anchor=\"end\">%5 (%6 %)</text>")
                   .arg(y - 10).arg(color(int(i))).arg(y)
                   .arg(xmlEscaped(values[i].first), xmlEscaped(usd(values[i].second)), QString::number(share, 'f', 1));
    }
    if (values.empty())
        svg += QStringLiteral("<text x=\"260\" y=\"30\" font-size=\"12\" fill=\"#545B64\">%1</text>")
                   .arg(xmlEscaped(Tr::tr("No priced items.")));
    return svg + QStringLiteral("</svg>");
}

QString barsSvg(std::vector<ChartValue> values, const QString &title, int limit)
{
    sortDescending(values);
    if (int(values.size()) > limit) {
        double rest = 0;
        for (std::size_t i = std::size_t(limit - 1); i < values.size(); ++i)
            rest += values[i].second;
        const int others = int(values.size()) - limit + 1;
        values.resize(std::size_t(limit - 1));
        values.push_back({Tr::tr("%n other resources", nullptr, others), rest});
    }
    const double rowHeight = 24, labelWidth = 190, barWidth = 320;
    const double height = 20 + rowHeight * double(std::max<std::size_t>(values.size(), 1));
    QString svg = header(640, height, title);
    const double max = values.empty() ? 1 : values.front().second;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double y = 10 + rowHeight * double(i);
        const double w = std::max(1.0, barWidth * values[i].second / max);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"#232F3E\" text-anchor=\"end\">%8</text>"
                              "<rect x=\"%3\" y=\"%4\" width=\"%5\" height=\"16\" fill=\"%6\"><title>%9</title></rect>"
                              "<text x=\"%7\" y=\"%2\" font-size=\"12\" fill=\"#232F3E\">%10</text>")
                   .arg(labelWidth - 8).arg(y + 12).arg(labelWidth).arg(y).arg(num(w), color(0)).arg(labelWidth + w + 6)
                   .arg(xmlEscaped(values[i].first), xmlEscaped(values[i].first + ": " + usd(values[i].second)),
                        xmlEscaped(usd(values[i].second)));
    }
    if (values.empty())
        svg += QStringLiteral("<text x=\"10\" y=\"20\" font-size=\"12\" fill=\"#545B64\">%1</text>")
                   .arg(xmlEscaped(Tr::tr("No priced items.")));
    return svg + QStringLiteral("</svg>");
}

} // namespace Stackyard
