#include "model/core/text.h"

#include <QTest>

#include <map>
#include <optional>
#include <set>

using namespace Stackyard;

namespace {

/// A pretend catalogue: patterns it knows come back reworded, with the placeholders moved.
std::string pig(const char *pattern)
{
    static const std::map<std::string, std::string> table = {
        {"%1 cannot reach %2", "[%2 <- %1: no]"},
        {"%1 and %2", "%1 & %2"},
        {"%1, %2", "%1 / %2"},
        {"blocked at %1: %2", "%2 (at %1)"},
    };
    const auto it = table.find(pattern);
    return it == table.end() ? std::string() : it->second;
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void rendersEnglish()
    {
        QVERIFY(Text().isEmpty());
        QCOMPARE(Text().str(), std::string());
        const Text t(STACKYARD_TEXT("%1 cannot reach %2"), std::string("web"), "db");
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.str(), std::string("web cannot reach db"));
        QCOMPARE(std::string(t.pattern()), std::string("%1 cannot reach %2"));
        QCOMPARE(t.argumentCount(), 2);
        QVERIFY(!t.isNested(0));
        QCOMPARE(t.literal(1), std::string_view("db"));
        QVERIFY(!t.nested(1));
    }

    void placeholders()
    {
        // Order in the pattern, repetition, numbers, a lone or unknown % and an argument that
        // itself looks like a placeholder (not expanded a second time).
        QCOMPARE(Text(STACKYARD_TEXT("%2 before %1, %1 again"), "a", "b").str(), std::string("b before a, a again"));
        QCOMPARE(Text(STACKYARD_TEXT("%1 s, /%2"), 120, 16).str(), std::string("120 s, /16"));
        QCOMPARE(Text(STACKYARD_TEXT("100% of %1, not %3 or %"), "x").str(), std::string("100% of x, not %3 or %"));
        QCOMPARE(Text(STACKYARD_TEXT("%1 and %2"), "%2", "y").str(), std::string("%2 and y"));
        QCOMPARE(Text(STACKYARD_TEXT("no arguments")).str(), std::string("no arguments"));
    }

    void nesting()
    {
        const Text inner(STACKYARD_TEXT("blocked at %1: %2"), "rt-a", Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b"));
        const Text outer(STACKYARD_TEXT("%1, %2"), "x", inner);
        QCOMPARE(outer.str(), std::string("x, blocked at rt-a: a cannot reach b"));
        QVERIFY(outer.isNested(1));
        QCOMPARE(outer.nested(1)->literal(0), std::string_view("rt-a"));
        QCOMPARE(outer.literal(1), std::string_view());
        std::vector<std::string> seen;
        outer.forEachPattern([&](const char *p) { seen.emplace_back(p); });
        QCOMPARE(seen, (std::vector<std::string>{"%1, %2", "blocked at %1: %2", "%1 cannot reach %2"}));
    }

    void translates()
    {
        const Text t(STACKYARD_TEXT("blocked at %1: %2"), "rt-a", Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b"));
        QCOMPARE(t.str(pig), std::string("[b <- a: no] (at rt-a)"));
        // An unknown pattern (the translator answers "") stays English; literals are never looked up.
        std::set<std::string> asked;
        const Text u(STACKYARD_TEXT("%1 is open"), "%1 and %2");
        QCOMPARE(u.str([&](const char *p) { asked.insert(p); return pig(p); }), std::string("%1 and %2 is open"));
        QCOMPARE(asked, (std::set<std::string>{"%1 is open"}));
        QCOMPARE(u.str(Text::Translate()), u.str());
    }

    void lists()
    {
        using Names = std::vector<std::string>;
        QVERIFY(Text::list(Names{}).isEmpty());
        QCOMPARE(Text::list(Names{"a"}).str(), std::string("a"));
        QCOMPARE(Text::list(Names{"a", "b"}).str(), std::string("a and b"));
        QCOMPARE(Text::list(Names{"a", "b", "c", "d"}).str(), std::string("a, b, c and d"));
        QCOMPARE(Text::list(Names{"a", "b", "c"}).str(pig), std::string("a / b & c"));
        // Items may be texts themselves.
        std::vector<TextArg> mixed{TextArg("x"), TextArg(Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b"))};
        QCOMPARE(Text::list(mixed).str(pig), std::string("x & [b <- a: no]"));
    }

    void equality()
    {
        // Patterns compare by their words, not their address.
        const std::string copy = "%1 cannot reach %2";
        const TextPattern other{copy.c_str()};
        QVERIFY(Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b") == Text(other, "a", "b"));
        QVERIFY(!(Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b") == Text(other, "a", "c")));
        QVERIFY(!(Text(STACKYARD_TEXT("%1 cannot reach %2"), "a", "b") == Text()));
        QVERIFY(Text::list(std::vector<std::string>{"a", "b"}) == Text::list(std::vector<std::string>{"a", "b"}));
        // Copies are deep: the copy outlives the original and renders the same.
        std::optional<Text> original(Text(STACKYARD_TEXT("%1, %2"), "x", Text::list(std::vector<std::string>{"a", "b"})));
        const Text deep = *original;
        Text assigned;
        assigned = deep;
        original.reset();
        QCOMPARE(deep.str(), std::string("x, a and b"));
        QVERIFY(assigned == deep);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
