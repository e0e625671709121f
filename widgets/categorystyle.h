#pragma once

#include <QColor>
#include <QString>

namespace Stackyard {

/// The AWS Architecture Icons colour of a catalogue category (networking purple, containers and
/// compute orange, database pink-purple, security red…), used for icons, badges and the legend.
QColor categoryColor(const QString &category);

} // namespace Stackyard
