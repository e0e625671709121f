#pragma once

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "resources/embedded.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"

#include <QTest>

#include <memory>

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

/// The canvas on the reference design: its document, a live analysis when asked for, the scene
/// and a view. Members are destroyed in reverse order (view first).
struct ReferenceCanvas
{
    std::unique_ptr<DesignDocument> doc;
    std::unique_ptr<LiveAnalysis> analysis;
    std::unique_ptr<DesignScene> scene;
    std::unique_ptr<DesignView> view;

    /// False when the sample is not available.
    bool open(bool withAnalysis, const QSize &viewSize)
    {
        const DesignFile reference = referenceDesign();
        if (reference.design.resources.empty())
            return false;
        doc = std::make_unique<DesignDocument>();
        doc->reset(reference);
        if (withAnalysis)
            analysis = std::make_unique<LiveAnalysis>(doc.get());
        scene = std::make_unique<DesignScene>(doc.get());
        if (analysis)
            scene->setAnalysis(analysis.get());
        view = std::make_unique<DesignView>(scene.get());
        view->resize(viewSize);
        return true;
    }

    void close()
    {
        view.reset();
        scene.reset();
        analysis.reset();
        doc.reset();
    }
};

} // namespace Stackyard::Testing
