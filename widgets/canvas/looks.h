#pragma once

#include "containeritem.h"
#include "flowitem.h"
#include "nodeitem.h"

#include "model/core/design.h"

namespace Stackyard::Canvas {

/// The copies items render, made from the design (and layout, for spanning bands).
ContainerLook containerLook(const Design &design, const Resource &r);
NodeLook nodeLook(const Design &design, const Layout &layout, const Resource &r, const QPointF &pos);
FlowLook flowLook(const Design &design, const Flow &f);
/// "tcp/443", "udp/53", "all traffic".
QString portLabel(const Flow &f);

} // namespace Stackyard::Canvas
