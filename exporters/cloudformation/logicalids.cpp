#include "logicalids.h"

#include <cctype>

namespace Stackyard {

std::string LogicalIds::convert(std::string_view words) const
{
    std::string out;
    bool wordStart = true;
    for (char c : words) {
        const auto u = static_cast<unsigned char>(c);
        if (!std::isalnum(u)) {
            wordStart = true;
            continue;
        }
        if (m_style == Style::Pascal) {
            out += wordStart ? char(std::toupper(u)) : c;
        } else {
            if (wordStart && !out.empty())
                out += '_';
            out += char(std::tolower(u));
        }
        wordStart = false;
    }
    if (out.empty())
        out = m_style == Style::Pascal ? "Resource" : "resource";
    else if (std::isdigit(static_cast<unsigned char>(out.front())))
        out.insert(0, m_style == Style::Pascal ? "R" : "r_");
    return out;
}

bool LogicalIds::assign(const Id &id, std::string_view suffix, const std::string &name)
{
    const std::string key = id + '\x1f' + std::string(suffix);
    if (name.empty() || m_taken.count(name) || m_names.count(key))
        return false;
    m_taken.insert(name);
    m_names.emplace(key, name);
    return true;
}

const std::string &LogicalIds::name(const Id &id, std::string_view suffix)
{
    // Looked up far more often than added (every reference asks again): the key is built in a
    // kept buffer instead of a new string per call.
    std::string &key = m_key;
    key.assign(id);
    key += '\x1f';
    key.append(suffix);
    auto found = m_names.find(key);
    if (found != m_names.end())
        return found->second;
    std::string base = convert(id);
    if (!suffix.empty())
        base += m_style == Style::Pascal ? convert(suffix) : "_" + convert(suffix);
    // insert() is the test: one hash lookup per candidate instead of count() and then insert().
    std::string candidate = base;
    for (int n = 2; !m_taken.insert(candidate).second; ++n)
        candidate = base + (m_style == Style::Snake ? "_" : "") + std::to_string(n);
    return m_names.emplace(key, std::move(candidate)).first->second;
}

} // namespace Stackyard
