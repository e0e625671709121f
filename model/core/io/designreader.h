#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <map>
#include <optional>
#include <string>

namespace Stackyard::Io {

/// Collects located diagnostics for one file: the location is "file: /json/pointer".
class DiagnosticSink
{
public:
    DiagnosticSink(const std::string &fileName, Diagnostics &diagnostics)
        : m_fileName(fileName), m_diagnostics(diagnostics) {}

    void error(const std::string &pointer, const std::string &message, const std::string &subject = {});
    void warning(const std::string &pointer, const std::string &message, const std::string &subject = {});
    int errorCount() const { return m_errors; }
    const std::string &fileName() const { return m_fileName; }

private:
    void add(Diagnostic::Severity severity, const std::string &pointer, const std::string &message,
             const std::string &subject);

    std::string m_fileName;
    Diagnostics &m_diagnostics;
    int m_errors = 0;
    int m_dropped = 0;
};

/// Where each object was read from: id -> JSON pointer of its object ("/resources/3").
using PointerIndex = std::map<Id, std::string>;

/// Reads a document of the current format version into a design (structure and types only;
/// references are checked by checkDesign). Errors go to `sink`; returns nothing when any was found.
/// Values are moved out of `root`, which is left unspecified.
std::optional<DesignFile> readDesignJson(Json &root, DiagnosticSink &sink, PointerIndex &index);

/// Cross-reference and value checks of a design read by readDesignJson: dangling ids, containment
/// cycles, invalid CIDRs and ports, catalogue property types, layout ids.
void checkDesign(const DesignFile &file, const PointerIndex &index, DiagnosticSink &sink);

/// "null", "a boolean", "a number", "a string", "an array" or "an object", for messages.
std::string jsonTypeName(const Json &value);

} // namespace Stackyard::Io
