#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Stackyard::Language {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> stackyard;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

/// Korean when it comes before English in the locale's interface languages (LANGUAGE, LC_MESSAGES
/// and LANG for the system locale).
bool wantsKorean(const QLocale &locale)
{
    for (const QString &language : locale.uiLanguages()) {
        if (language.startsWith(QLatin1String("ko")))
            return true;
        if (language.startsWith(QLatin1String("en")))
            return false;
    }
    return locale.language() == QLocale::Korean;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QString settingsKey() { return QStringLiteral("ui/language"); }

Choice savedChoice()
{
    const QString value = QSettings().value(settingsKey()).toString();
    if (value == QLatin1String("en"))
        return Choice::English;
    if (value == QLatin1String("ko"))
        return Choice::Korean;
    return Choice::System;
}

void saveChoice(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System: settings.setValue(settingsKey(), QStringLiteral("system")); break;
    case Choice::English: settings.setValue(settingsKey(), QStringLiteral("en")); break;
    case Choice::Korean: settings.setValue(settingsKey(), QStringLiteral("ko")); break;
    }
}

QLocale localeFor(Choice choice)
{
    switch (choice) {
    case Choice::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::Korean: return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Choice::System: break;
    }
    return QLocale::system();
}

bool install(const QLocale &locale)
{
    Installed &state = installed();
    remove(state.stackyard);
    remove(state.qt);
    state.language = QStringLiteral("en");
    QLocale::setDefault(locale);
    if (!wantsKorean(locale))
        return true; // the sources are English
    auto stackyard = std::make_unique<QTranslator>();
    if (!stackyard->load(QStringLiteral(":/i18n/stackyard_ko.qm")))
        return false;
    QCoreApplication::installTranslator(stackyard.get());
    state.stackyard = std::move(stackyard);
    state.language = QStringLiteral("ko");
    // Qt's own strings (file dialogs, message box buttons); absent when qt6-translations-l10n is not
    // installed, and then those stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return true;
}

QString current() { return installed().language; }

} // namespace Stackyard::Language
