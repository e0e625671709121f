#include "languagemenu.h"

#include "language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace Stackyard {

namespace {

struct LanguageMenu
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::LanguageMenu)
};

} // namespace

QMenu *addLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(LanguageMenu::tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const Language::Choice saved = Language::savedChoice();
    // Language names are written in their own language, as every program lists them.
    const std::pair<Language::Choice, QString> choices[] = {
        {Language::Choice::System, LanguageMenu::tr("System language")},
        {Language::Choice::English, QStringLiteral("English")},
        {Language::Choice::Korean, QStringLiteral("한국어")},
    };
    for (const auto &[choice, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        action->setData(int(choice));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [menu, choice = choice] {
            if (choice == Language::savedChoice())
                return;
            Language::saveChoice(choice);
            QMessageBox::information(menu->parentWidget() ? menu->parentWidget()->window() : nullptr, LanguageMenu::tr("Language"),
                                     LanguageMenu::tr("The new language applies the next time Stackyard starts."));
        });
    }
    return menu;
}

} // namespace Stackyard
