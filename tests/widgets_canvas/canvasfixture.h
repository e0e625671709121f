#pragma once

#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QTest>

namespace Stackyard::Testing {

/// The reference sample design (engineer A's resources/samples/reference.stackyard.json).
inline DesignFile referenceDesign()
{
    const auto text = embeddedFile("samples/reference.stackyard.json");
    if (!text)
        return {};
    LoadResult loaded = loadDesign(*text, "reference.stackyard.json");
    return loaded.file ? *loaded.file : DesignFile();
}

} // namespace Stackyard::Testing
