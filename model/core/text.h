#pragma once

#include <functional>
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
/// move them (Korean word order differs). Patterns point at string literals: nothing is copied.
class Text
{
public:
    /// Maps an English pattern to its translated pattern ("" or the pattern itself: untranslated).
    using Translate = std::function<std::string(const char *pattern)>;

    Text() = default;
    template<typename... Args>
    explicit Text(TextPattern pattern, Args &&...args);

    /// "a", "a and b", "a, b and c": a translatable list ("" for none).
    static Text list(std::vector<TextArg> items);
    static Text list(const std::vector<std::string> &items);

    bool isEmpty() const { return !m_pattern; }
    const char *pattern() const { return m_pattern ? m_pattern : ""; }
    const std::vector<TextArg> &arguments() const { return m_args; }

    std::string str() const;                           ///< English
    std::string str(const Translate &translate) const; ///< translated
    /// Calls `visit` with this pattern and every nested one, depth first.
    void forEachPattern(const std::function<void(const char *pattern)> &visit) const;

    friend bool operator==(const Text &a, const Text &b);

private:
    void render(std::string &out, const Translate *translate) const;

    const char *m_pattern = nullptr;
    std::vector<TextArg> m_args;
};

/// One argument of a Text: a literal kept as it is, or a nested Text.
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

    friend bool operator==(const TextArg &, const TextArg &) = default;

private:
    std::variant<std::string, Text> m_value;
};

template<typename... Args>
Text::Text(TextPattern pattern, Args &&...args) : m_pattern(pattern.source)
{
    if constexpr (sizeof...(Args) > 0) {
        m_args.reserve(sizeof...(Args));
        (m_args.emplace_back(std::forward<Args>(args)), ...);
    }
}

} // namespace Stackyard
