#include "importchecks.h"

#include "exporters/cfn/templatereader.h"

#include <QDir>
#include <QFile>

namespace Stackyard::Testing {

namespace {

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool inside(const Rect &child, const Rect &parent)
{
    return child.x >= parent.x && child.y >= parent.y && child.x + child.width <= parent.x + parent.width
           && child.y + child.height <= parent.y + parent.height;
}

} // namespace

QString layoutProblem(const DesignFile &file)
{
    const Design &d = file.design;
    std::map<Id, std::vector<Id>> siblings;
    for (const auto &[id, r] : d.resources) {
        auto box = file.layout.nodes.find(id);
        if (box == file.layout.nodes.end())
            return "no box for " + QString::fromStdString(id);
        const Resource *parent = d.resource(r.parent);
        const bool contained = parent && (parent->kind == "vpc" || parent->kind == "subnet");
        if (contained && !inside(box->second, file.layout.nodes.at(r.parent)))
            return QString::fromStdString(id + " is not inside " + r.parent);
        if (!parent || parent->kind == "vpc" || parent->kind == "subnet")
            siblings[contained ? r.parent : Id()].push_back(id);
        const bool container = r.kind == "vpc" || r.kind == "subnet";
        if (!container && (box->second.width != 64 || box->second.height != 64))
            return QString::fromStdString(id + " is not a 64x64 icon");
    }
    for (const auto &[parent, ids] : siblings)
        for (std::size_t i = 0; i < ids.size(); ++i)
            for (std::size_t j = i + 1; j < ids.size(); ++j)
                if (overlaps(file.layout.nodes.at(ids[i]), file.layout.nodes.at(ids[j])))
                    return QString::fromStdString(ids[i] + " overlaps " + ids[j]);
    return {};
}

QString missingResource(const std::string &templateText, const DesignFile &file)
{
    const Design &d = file.design;
    Diagnostics diagnostics;
    auto parsed = Cfn::readTemplate(templateText, "t", diagnostics);
    if (!parsed)
        return "template unreadable";
    const Json folded = d.cloudFormation.value("Folded", Json::object());
    auto kept = [&](const std::string &id) {
        return d.resources.count(id) || d.securityGroups.count(id) || d.routeTables.count(id) || folded.contains(id);
    };
    std::size_t expected = 0;
    for (const auto &[logicalId, body] : parsed->root["Resources"].items()) {
        ++expected;
        if (!kept(logicalId))
            return QString::fromStdString(logicalId);
    }
    for (const auto &[id, entry] : folded.items())
        if (entry.value("as", std::string()) == "nested-stack")
            for (const Json &child : entry["resources"]) {
                ++expected;
                if (!kept(child.get<std::string>()))
                    return QString::fromStdString(child.get<std::string>());
            }
    // Nothing counted twice, nothing invented: resources (less pseudo-nodes) + folded = template.
    std::size_t actual = folded.size();
    for (const auto &[id, r] : d.resources)
        actual += r.kind != "internet" && r.kind != "users";
    if (actual != expected)
        return QString("kept %1 objects for %2 template resources").arg(actual).arg(expected);
    return {};
}

std::string mutateTemplate(std::string text, std::mt19937 &rng)
{
    static const std::string alphabet = ":-[]{}!&*'\"\n #|>,?%@`\t0aZ";
    const int count = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < count && !text.empty(); ++i) {
        const std::size_t at = rng() % text.size();
        switch (rng() % 5) {
        case 0: text.erase(at, 1 + rng() % 8); break;
        case 1: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: text[at] = alphabet[rng() % alphabet.size()]; break;
        case 3: { // duplicate a line
            const std::size_t start = text.rfind('\n', at), end = text.find('\n', at);
            const std::size_t s = start == std::string::npos ? 0 : start + 1;
            text.insert(s, text.substr(s, (end == std::string::npos ? text.size() : end + 1) - s));
            break;
        }
        default: text.insert(at, "!Ref"); break;
        }
    }
    return text;
}

QStringList templatesToMutate()
{
    QDir corpus(STACKYARD_SHARED_DIR "/corpus/cloudformation");
    QStringList files;
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
        files << corpus.filePath(name);
    QDir golden(STACKYARD_SOURCE_DIR "/tests/import/golden");
    for (const QString &name : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString &t : {QString("template.yaml"), QString("template.json")})
            if (QFile::exists(golden.filePath(name + "/" + t)))
                files << golden.filePath(name + "/" + t);
    return files;
}

std::string readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

} // namespace Stackyard::Testing
