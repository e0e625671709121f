#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace Stackyard::Canvas {

/// Item types for qgraphicsitem_cast.
enum ItemType {
    ContainerType = QGraphicsItem::UserType + 1,
    NodeType = QGraphicsItem::UserType + 2,
    FlowType = QGraphicsItem::UserType + 3,
    /// Overlay decorations (decorations.h): children of the item they decorate, rebuilt by the scene.
    BadgeType = QGraphicsItem::UserType + 4,
    BlockMarkType = QGraphicsItem::UserType + 5,
    CostTintType = QGraphicsItem::UserType + 6,
    ChipsType = QGraphicsItem::UserType + 7,
};

/// True for the decoration types above.
inline bool isDecoration(int type)
{
    return type >= BadgeType && type <= ChipsType;
}

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
/// Severity colours of finding badges: error red, warning amber, info blue.
inline const QColor kErrorColor(0xD1, 0x32, 0x12);
inline const QColor kWarningColor(0xE0, 0x8A, 0x00);
inline const QColor kInfoColor(0x1F, 0x6F, 0xC5);

inline double snapToGrid(double v) { return qRound(v / kGrid) * kGrid; }

} // namespace Stackyard::Canvas
