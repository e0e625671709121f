#pragma once

#include <QIcon>
#include <QString>

namespace Stackyard {

/// The icon of a catalogue kind (":/icons/<kind icon>"), or, when the SVG is missing, a tile in
/// the kind's category colour with its initial, so nothing shows up blank.
QIcon kindIcon(const QString &kind);

/// A toolbar/menu icon (":/icons/action-<name>.svg"), falling back to the theme icon `themeName`.
QIcon actionIcon(const QString &name, const QString &themeName = {});

} // namespace Stackyard
