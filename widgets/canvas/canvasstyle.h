#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace Stackyard::Canvas {

/// Item types for qgraphicsitem_cast.
enum ItemType {
    ContainerType = QGraphicsItem::UserType + 1,
    NodeType = QGraphicsItem::UserType + 2,
    FlowType = QGraphicsItem::UserType + 3,
};

/// The grid every move snaps to, in scene units.
inline constexpr double kGrid = 20.0;
/// Icon size of a node.
inline constexpr double kIconSize = 64.0;
/// Width a node label may take below its icon before it is elided.
inline constexpr double kLabelWidth = 116.0;
/// Below this zoom, port labels are hidden; below kTextLod node texts too.
inline constexpr double kPortLabelLod = 0.4;
inline constexpr double kTextLod = 0.3;
/// Below this zoom nodes are drawn as plain tiles and flows without arrow heads.
inline constexpr double kSketchLod = 0.12;
/// Below this zoom flows are not drawn at all (a whole large design: icons are a few pixels).
inline constexpr double kFlowLod = 0.06;

/// Stacking: containers by depth, then spanning bands, flows, icons.
inline constexpr double kZSpanning = 20.0;
inline constexpr double kZFlow = 25.0;
inline constexpr double kZNode = 30.0;

inline const QColor kInk(0x23, 0x2F, 0x3E);          ///< AWS "squid ink" for text
inline const QColor kMutedInk(0x54, 0x5B, 0x64);
inline const QColor kSelection(0x00, 0x73, 0xBB);
inline const QColor kRefused(0xD1, 0x32, 0x12);
inline const QColor kVpcColor(0x8C, 0x4F, 0xFF);

inline double snapToGrid(double v) { return qRound(v / kGrid) * kGrid; }

} // namespace Stackyard::Canvas
