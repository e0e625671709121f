#include "migrations.h"

#include "jsontext.h"

namespace Stackyard::Io {

namespace {

/// Format 0 (the pre-release drafts) stored layout boxes as {"x","y","width","height"} objects and
/// a flow's single port as an integer "port". Format 1 stores boxes as [x, y, width, height] and
/// port ranges as strings in "ports".
void migrate0to1(Json &document, DiagnosticSink &sink)
{
    if (auto layout = document.find("layout"); layout != document.end() && layout->is_object())
        if (auto nodes = layout->find("nodes"); nodes != layout->end() && nodes->is_object())
            for (auto &[id, box] : nodes->items()) {
                if (!box.is_object())
                    continue;
                Json array = Json::array();
                for (const char *key : {"x", "y", "width", "height"}) {
                    auto v = box.find(key);
                    if (v == box.end()) {
                        sink.error("/layout/nodes/" + pointerToken(id),
                                   std::string("format 0 layout box without \"") + key + '"', id);
                        array.push_back(0);
                    } else {
                        array.push_back(*v);
                    }
                }
                box = std::move(array);
            }
    if (auto flows = document.find("flows"); flows != document.end() && flows->is_array())
        for (auto &flow : *flows) {
            if (!flow.is_object() || flow.contains("ports"))
                continue;
            if (auto port = flow.find("port"); port != flow.end()) {
                flow["ports"] = port->is_number_integer() ? Json(port->dump()) : *port;
                flow.erase("port");
            }
        }
    document["formatVersion"] = 1;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> table = {
        {0, &migrate0to1},
    };
    return table;
}

bool migrateToCurrent(Json &document, int version, DiagnosticSink &sink)
{
    for (const Migration &step : migrations()) {
        if (step.from != version)
            continue;
        step.migrate(document, sink);
        ++version;
    }
    if (version != kFormatVersion) {
        sink.error("/formatVersion", "no migration from format " + std::to_string(version) + " to format "
                                         + std::to_string(kFormatVersion));
        return false;
    }
    return true;
}

} // namespace Stackyard::Io
