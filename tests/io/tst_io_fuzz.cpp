#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QTest>

#include <random>

using namespace Stackyard;

namespace {

constexpr const char *kFileName = "fuzz.json";

/// A loader answer is acceptable when it never crashed (we got here), a refusal carries at least
/// one error, and every diagnostic names the file and a line:column or a JSON pointer.
QString problemWith(const LoadResult &r)
{
    if (!r.file && !hasErrors(r.diagnostics))
        return "refused without an error";
    if (r.file && hasErrors(r.diagnostics))
        return "loaded despite an error";
    for (const Diagnostic &d : r.diagnostics) {
        const std::string &loc = d.location;
        const bool lineColumn = loc.rfind(std::string(kFileName) + ':', 0) == 0 && loc.size() > 10;
        const bool pointer = loc == kFileName || loc.rfind(std::string(kFileName) + ": /", 0) == 0;
        if (!lineColumn && !pointer)
            return QString::fromStdString("unlocated: " + d.toString());
        if (d.message.empty())
            return "empty message";
    }
    return {};
}

/// Mutations of a valid design's text, each a kind of damage a file meets in the wild.
class Mutator
{
public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    std::string truncate(const std::string &text) { return text.substr(0, std::size_t(pick(int(text.size())))); }

    std::string flipBytes(std::string text)
    {
        static const char significant[] = "{}[]\",:\\0123456789-.eEtfn \n\x01\xff\xc3";
        for (int i = 0, n = 1 + pick(4); i < n; ++i) {
            char &c = text[std::size_t(pick(int(text.size())))];
            c = pick(3) == 0 ? char(pick(256)) : significant[pick(int(sizeof significant - 1))];
        }
        return text;
    }

    /// Replaces one value anywhere in the document by a value of another type or a huge number.
    std::string swapValue(const Json &document, bool huge)
    {
        Json copy = document;
        std::vector<Json *> nodes;
        collect(copy, nodes);
        Json &target = *nodes[std::size_t(pick(int(nodes.size())))];
        if (huge) {
            static const Json numbers[] = {Json(1e300), Json(-1e300), Json(18446744073709551615ull),
                                           Json(-9223372036854775807ll), Json(123456789.123456789), Json(4.9e-324)};
            target = numbers[pick(6)];
        } else {
            static const Json values[] = {Json(nullptr), Json(true), Json(0), Json(-1), Json("x"), Json(""),
                                          Json::array(), Json::object(), Json::array({1, 2}), Json({{"k", 1}})};
            target = values[pick(10)];
        }
        return copy.dump(pick(2) ? 2 : -1);
    }

    /// Wraps one value in many arrays (deep nesting), sometimes past the limit.
    std::string nest(const Json &document)
    {
        Json copy = document;
        std::vector<Json *> nodes;
        collect(copy, nodes);
        Json &target = *nodes[std::size_t(pick(int(nodes.size())))];
        const int depth = 1 + pick(120);
        std::string text = copy.dump();
        const std::string marker = "\"@@nest@@\"";
        target = "@@nest@@";
        text = copy.dump();
        const auto at = text.find(marker);
        text.replace(at, marker.size(), std::string(std::size_t(depth), '[') + "1" + std::string(std::size_t(depth), ']'));
        return text;
    }

private:
    static void collect(Json &value, std::vector<Json *> &out)
    {
        out.push_back(&value);
        if (value.is_structured())
            for (auto &child : value)
                collect(child, out);
    }

    std::mt19937 m_rng;
};

} // namespace

class TestIoFuzz : public QObject
{
    Q_OBJECT
private slots:
    void randomDamage_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("reference") << "samples/reference.stackyard.json";
        QTest::newRow("private-endpoints") << "samples/private-endpoints.stackyard.json";
        QTest::newRow("firelens-xray") << "samples/firelens-xray.stackyard.json";
    }

    /// A few thousand damaged files with a fixed seed: no crash, every refusal located, and
    /// whatever loads saves to text that loads back to the same design.
    void randomDamage()
    {
        QFETCH(QString, sample);
        const std::string original(*embeddedFile(sample.toStdString()));
        const Json document = Json::parse(original);
        Mutator m(20261126u + std::uint32_t(qHash(sample)));
        int refused = 0;
        const int cases = 1000;
        for (int i = 0; i < cases; ++i) {
            std::string text;
            switch (i % 5) {
            case 0: text = m.truncate(original); break;
            case 1: text = m.flipBytes(original); break;
            case 2: text = m.swapValue(document, false); break;
            case 3: text = m.swapValue(document, true); break;
            default: text = m.nest(document); break;
            }
            LoadResult r = loadDesign(text, kFileName);
            const QString problem = problemWith(r);
            QVERIFY2(problem.isEmpty(), qPrintable(QString("case %1: %2").arg(i).arg(problem)));
            if (!r.file) {
                ++refused;
                continue;
            }
            const std::string saved = saveDesign(*r.file);
            LoadResult again = loadDesign(saved, kFileName);
            QVERIFY2(again.file && *again.file == *r.file, qPrintable(QString("case %1: save does not reload").arg(i)));
            QCOMPARE(saveDesign(*again.file), saved);
        }
        // The damage must actually bite: most cases are refused (truncation alone is a fifth).
        QVERIFY2(refused > cases / 4, qPrintable(QString("only %1 refused").arg(refused)));
    }
};

QTEST_GUILESS_MAIN(TestIoFuzz)
#include "tst_io_fuzz.moc"
