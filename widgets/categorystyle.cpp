#include "categorystyle.h"

#include <QHash>

namespace Stackyard {

QColor categoryColor(const QString &category)
{
    // Colours of the AWS Architecture Icons (2023 release) category palette.
    static const QHash<QString, QColor> colors{
        {"networking", QColor(0x8C, 0x4F, 0xFF)},
        {"compute", QColor(0xED, 0x71, 0x00)},
        {"containers", QColor(0xED, 0x71, 0x00)},
        {"database", QColor(0xC9, 0x25, 0xD1)},
        {"security", QColor(0xDD, 0x34, 0x4C)},
        {"management", QColor(0xE7, 0x15, 0x7B)},
        {"integration", QColor(0xE7, 0x15, 0x7B)},
        {"storage", QColor(0x7A, 0xA1, 0x16)},
        {"analytics", QColor(0x8C, 0x4F, 0xFF)},
        {"devtools", QColor(0xC9, 0x25, 0xD1)},
        {"external", QColor(0x23, 0x2F, 0x3E)},
    };
    return colors.value(category, QColor(0x7D, 0x89, 0x98));
}

} // namespace Stackyard
