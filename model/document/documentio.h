#pragma once

#include "model/core/design.h"

#include <QString>

#include <optional>

namespace Stackyard {

/// Reads a design file (a .stackyard.json) for the editor. On failure returns nothing and sets
/// `error` to every error diagnostic, each located as "file:line:column" or "file: /json/pointer".
std::optional<DesignFile> readDesignFile(const QString &path, QString *error);

/// Writes `text` to `path` atomically (QSaveFile): either the whole new content is on disk or the
/// old file is untouched. On failure returns false and sets `error`, naming the path.
bool writeFileAtomically(const QString &path, const QByteArray &text, QString *error);

} // namespace Stackyard
