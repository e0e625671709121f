#pragma once

class QMenu;

namespace Stackyard {

/// Adds "Language" (System / English / 한국어) to `parent`. The choice is saved in the settings
/// (Language::settingsKey) and applies from the next start, which a message says; the open windows
/// keep their language because their texts are built once.
QMenu *addLanguageMenu(QMenu *parent);

} // namespace Stackyard
