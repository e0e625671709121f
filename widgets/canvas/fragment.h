#pragma once

#include "model/core/design.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

namespace Stackyard {

class EditBuilder;

namespace Canvas {

/// The clipboard form of a selection: the resources, everything inside them, and the flows
/// between them, with their boxes, as a design document (JSON, DesignScene::kFragmentMimeType).
QByteArray copyFragment(const Design &design, const Layout &layout, const QStringList &ids);

/// Stages a fragment into `builder` with fresh ids: parents, placements, flows and property
/// references inside the fragment follow the new ids; references to objects outside it are
/// kept when those still exist. Boxes and waypoints move by `offset`. Returns the new ids of the
/// fragment's top-level resources and its flows (to select them), or nothing with `error` set.
QStringList pasteFragment(EditBuilder &builder, const QByteArray &json, const QPointF &offset, QString *error);

} // namespace Canvas
} // namespace Stackyard
