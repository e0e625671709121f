#pragma once

#include "model/core/design.h"

#include <QString>

#include <optional>

namespace Stackyard {

/// Writes `text` to `path` atomically (QSaveFile): either the whole new content is on disk or the
/// old file is untouched. On failure returns false and sets `error`, naming the path.
bool writeFileAtomically(const QString &path, const QByteArray &text, QString *error);

} // namespace Stackyard
