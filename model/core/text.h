#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace Stackyard {

/// An English sentence pattern that the interface translates: a string literal with placeholders
/// %1..%9. Made only by STACKYARD_TEXT, which is how tests/i18n/tst_i18n_modelstrings finds every
/// pattern in model/core and lists it for lupdate (translations/README.md).
struct TextPattern
{
    const char *source;
};

/// Marks a translatable pattern. The argument must be one string literal (adjacent literals are
/// fine): the generator reads it from the source.
#define STACKYARD_TEXT(pattern) (::Stackyard::TextPattern{pattern})

class TextArg;

/// Words for the user that model/core composes: a pattern plus its arguments, each either a
/// literal (an id, a name, a CIDR, a number: never translated) or a nested Text (translated too).
/// Rendering is lazy: `str()` gives the English text, `str(translate)` the text with every pattern
/// (recursively) replaced by `translate(pattern)` before the arguments go in, so a translation may
/// move them (Korean word order differs). Patterns point at string literals and are not copied;
/// the literal arguments sit back to back in one string, so a text costs one allocation (reachability
/// words every hop of every path with one) unless it nests others.
class Text
{
public:
    /// Maps an English pattern to its translated pattern ("" or the pattern itself: untranslated).
    using Translate = std::function<std::string(const char *pattern)>;

    Text() = default;
    Text(const Text &other);
    Text(Text &&) noexcept = default;
    Text &operator=(const Text &other);
    Text &operator=(Text &&) noexcept = default;
    ~Text();
    /// Arguments: strings, string views, C strings, integers, Texts or TextArgs; nine at most.
    template<typename... Args>
    explicit Text(TextPattern pattern, Args &&...args) : m_pattern(pattern.source)
    {
        static_assert(sizeof...(Args) <= 9, "a pattern has the placeholders %1..%9");
        if constexpr (sizeof...(Args) > 0) {
            m_literals.reserve((literalSize(args) + ...));
            (add(std::forward<Args>(args)), ...);
        }
    }

    /// "a", "a and b", "a, b and c": a translatable list ("" for none).
    static Text list(std::vector<TextArg> items);
    static Text list(const std::vector<std::string> &items);

    bool isEmpty() const { return !m_pattern; }
    const char *pattern() const { return m_pattern ? m_pattern : ""; }
    int argumentCount() const { return m_count; }
    bool isNested(int i) const { return (m_nestedMask >> i) & 1u; }
    /// Argument `i` (from 0 for %1) when it is a literal, else "".
    std::string_view literal(int i) const;
    /// Argument `i` when it is a nested Text, else null.
    const Text *nested(int i) const;

    std::string str() const;                           ///< English
    std::string str(const Translate &translate) const; ///< translated
    /// Calls `visit` with this pattern and every nested one, depth first.
    void forEachPattern(const std::function<void(const char *pattern)> &visit) const;

    friend bool operator==(const Text &a, const Text &b);

private:
    template<typename Number>
    static constexpr bool isNumber = std::is_integral_v<std::decay_t<Number>> && !std::is_same_v<std::decay_t<Number>, bool>
                                     && !std::is_same_v<std::decay_t<Number>, char>;

    template<typename Arg>
    static std::size_t literalSize(const Arg &arg)
    {
        if constexpr (isNumber<Arg>)
            return 20;
        else if constexpr (std::is_convertible_v<const Arg &, std::string_view>)
            return std::string_view(arg).size();
        else
            return 0; // Text, TextArg: nested or sized when added
    }

    void add(std::string_view literal);
    void add(const std::string &literal) { add(std::string_view(literal)); }
    void add(const char *literal) { add(std::string_view(literal)); }
    void add(Text text);
    void add(const TextArg &arg);
    void add(TextArg &&arg);
    template<typename Number, std::enable_if_t<isNumber<Number>, int> = 0>
    void add(Number number)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        add(std::string_view(digits, std::size_t(end - digits)));
    }

    void render(std::string &out, const Translate *translate) const;

    // Small, as reachability keeps one per hop and one per path (mostly empty): 72 bytes.
    const char *m_pattern = nullptr;
    std::string m_literals;                 ///< the literal arguments, back to back (at most 64 KiB)
    std::array<std::uint16_t, 9> m_ends{};  ///< where argument i's slice of m_literals ends (nested: empty)
    std::uint16_t m_nestedMask = 0;         ///< bit i: argument i is nested
    std::uint8_t m_count = 0;
    std::unique_ptr<std::vector<Text>> m_nested; ///< the nested arguments, in order; null when none
};

/// One argument of a Text, for code that chooses between a literal and words (a function returning
/// "tcp/443" or Text("all traffic")): a literal kept as it is, or a nested Text.
class TextArg
{
public:
    TextArg(std::string literal) : m_value(std::move(literal)) {}
    TextArg(const char *literal) : m_value(std::string(literal)) {}
    TextArg(std::string_view literal) : m_value(std::string(literal)) {}
    /// A number, in decimal (no grouping: the same in every language). (SFINAE, not a concept:
    /// moc in Qt 6.4 cannot parse <concepts>, and Qt tests include this header.)
    template<typename Number, std::enable_if_t<std::is_integral_v<Number> && !std::is_same_v<Number, bool>
                                                   && !std::is_same_v<Number, char>, int> = 0>
    TextArg(Number number) : m_value(std::to_string(number))
    {}
    TextArg(Text text) : m_value(std::move(text)) {}

    bool isText() const { return m_value.index() == 1; }
    const Text *text() const { return std::get_if<Text>(&m_value); }
    const std::string *literal() const { return std::get_if<std::string>(&m_value); }
    Text *text() { return std::get_if<Text>(&m_value); }

    friend bool operator==(const TextArg &, const TextArg &) = default;

private:
    std::variant<std::string, Text> m_value;
};

} // namespace Stackyard
