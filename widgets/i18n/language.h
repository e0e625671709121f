#pragma once

#include <QLocale>
#include <QString>

namespace Stackyard::Language {

/// The user's choice of interface language (Settings → "ui/language").
enum class Choice { System, English, Korean };

/// The QSettings key holding the choice: "system", "en" or "ko".
QString settingsKey();
/// The saved choice; System when nothing (or something unknown) is saved.
Choice savedChoice();
void saveChoice(Choice choice);

/// The locale the interface uses for `choice`: the system's (LANG, LC_ALL, LC_MESSAGES) for
/// System, else English or Korean.
QLocale localeFor(Choice choice);

/// Installs Stackyard's catalogue (":/i18n/stackyard_<lang>.qm", compiled into stackyard_widgets)
/// and Qt's own (qtbase_<lang>.qm from Qt's translations folder, for standard dialogs) for
/// `locale` on the running application, replacing what an earlier call installed, and makes
/// `locale` the default QLocale. English needs no catalogue. Returns false when the locale's
/// language has a Stackyard catalogue that could not be loaded.
bool install(const QLocale &locale);

/// The language of the installed Stackyard catalogue: "ko", or "en" when none is installed.
QString current();

} // namespace Stackyard::Language
