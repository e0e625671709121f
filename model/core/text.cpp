#include "text.h"

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
        const std::size_t index = std::size_t(percent[1] - '1');
        if (percent[1] >= '1' && percent[1] <= '9' && index < m_args.size()) {
            if (const std::string *literal = m_args[index].literal())
                out += *literal;
            else
                m_args[index].text()->render(out, translate);
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
    for (const TextArg &arg : m_args)
        if (const Text *nested = arg.text())
            nested->forEachPattern(visit);
}

bool operator==(const Text &a, const Text &b)
{
    const bool samePattern = a.m_pattern == b.m_pattern
                             || (a.m_pattern && b.m_pattern && std::strcmp(a.m_pattern, b.m_pattern) == 0);
    return samePattern && a.m_args == b.m_args;
}

} // namespace Stackyard
