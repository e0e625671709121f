#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Stackyard {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
    fill();
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
    fill();
}

void RecentFiles::attach(QMenu *menu)
{
    m_menu = menu;
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::fill);
    fill();
}

void RecentFiles::fill()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        const QString label = QStringLiteral("&%1  %2").arg(n % 10).arg(QDir::toNativeSeparators(path));
        QAction *action = m_menu->addAction(label, this, [this, path] { emit openRequested(path); });
        action->setEnabled(QFileInfo::exists(path));
        action->setToolTip(QFileInfo::exists(path) ? tr("Open %1").arg(path) : tr("%1 no longer exists").arg(path));
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("Clear the list"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace Stackyard
