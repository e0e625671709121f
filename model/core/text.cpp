#include "text.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace Stackyard {

Text Text::list(std::vector<TextArg> items)
{
    // Built from the end: "a, <b and c>", so a language may word the last pair differently.
    if (items.empty())
        return {};
    if (items.size() == 1)
        return Text(STACKYARD_TEXT("%1"), std::move(items.front()));
    const std::size_t n = items.size();
    Text text(STACKYARD_TEXT("%1 and %2"), std::move(items[n - 2]), std::move(items[n - 1]));
    for (std::size_t i = n - 2; i-- > 0;)
        text = Text(STACKYARD_TEXT("%1, %2"), std::move(items[i]), std::move(text));
    return text;
}

Text Text::list(const std::vector<std::string> &items)
{
    return list(std::vector<TextArg>(items.begin(), items.end()));
}

Text::Text(const Text &other)
    : m_pattern(other.m_pattern)
    , m_literals(other.m_literals)
    , m_ends(other.m_ends)
    , m_nestedMask(other.m_nestedMask)
    , m_count(other.m_count)
    , m_nested(other.m_nested ? std::make_unique<std::vector<Text>>(*other.m_nested) : nullptr)
{}

Text &Text::operator=(const Text &other)
{
    if (this != &other)
        *this = Text(other);
    return *this;
}

Text::~Text() = default;

void Text::add(std::string_view literal)
{
    // Offsets are 16-bit: a text's literals are capped at 64 KiB (a design value that long is cut).
    m_literals.append(literal.substr(0, 0xFFFF - std::min<std::size_t>(m_literals.size(), 0xFFFF)));
    m_ends[m_count++] = std::uint16_t(m_literals.size());
}

void Text::add(Text text)
{
    if (!m_nested)
        m_nested = std::make_unique<std::vector<Text>>();
    m_nested->push_back(std::move(text));
    m_nestedMask |= std::uint16_t(1u << m_count);
    m_ends[m_count++] = std::uint16_t(m_literals.size());
}

void Text::add(const TextArg &arg)
{
    if (const std::string *literal = arg.literal())
        add(std::string_view(*literal));
    else
        add(*arg.text());
}

void Text::add(TextArg &&arg)
{
    if (const std::string *literal = arg.literal())
        add(std::string_view(*literal));
    else
        add(std::move(*arg.text()));
}

std::string_view Text::literal(int i) const
{
    if (i < 0 || i >= m_count || isNested(i))
        return {};
    const std::size_t begin = i == 0 ? 0 : m_ends[std::size_t(i - 1)];
    return std::string_view(m_literals).substr(begin, m_ends[std::size_t(i)] - begin);
}

const Text *Text::nested(int i) const
{
    if (i < 0 || i >= m_count || !isNested(i))
        return nullptr;
    return &(*m_nested)[std::size_t(std::popcount(unsigned(m_nestedMask) & ((1u << i) - 1u)))];
}

std::string Text::str() const
{
    std::string out;
    render(out, nullptr);
    return out;
}

std::string Text::str(const Translate &translate) const
{
    std::string out;
    render(out, &translate);
    return out;
}

void Text::render(std::string &out, const Translate *translate) const
{
    if (!m_pattern)
        return;
    std::string translated;
    const char *p = m_pattern;
    if (translate && *translate) {
        translated = (*translate)(m_pattern);
        if (!translated.empty())
            p = translated.c_str();
    }
    // One pass: an argument that itself contains "%1" is not expanded again.
    while (const char *percent = std::strchr(p, '%')) {
        out.append(p, percent);
        const int index = percent[1] - '1';
        if (index >= 0 && index < 9 && index < m_count) {
            if (const Text *inner = nested(index))
                inner->render(out, translate);
            else
                out += literal(index);
            p = percent + 2;
        } else {
            out += '%';
            p = percent + 1;
        }
    }
    out += p;
}

void Text::forEachPattern(const std::function<void(const char *)> &visit) const
{
    if (!m_pattern)
        return;
    visit(m_pattern);
    if (m_nested)
        for (const Text &inner : *m_nested)
            inner.forEachPattern(visit);
}

bool operator==(const Text &a, const Text &b)
{
    const bool samePattern = a.m_pattern == b.m_pattern
                             || (a.m_pattern && b.m_pattern && std::strcmp(a.m_pattern, b.m_pattern) == 0);
    return samePattern && a.m_count == b.m_count && a.m_nestedMask == b.m_nestedMask && a.m_literals == b.m_literals
           && a.m_ends == b.m_ends && (!a.m_nested || !b.m_nested ? !a.m_nested == !b.m_nested : *a.m_nested == *b.m_nested);
}

} // namespace Stackyard
