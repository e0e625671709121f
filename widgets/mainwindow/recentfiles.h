#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Stackyard {

/// The recently opened files, kept in QSettings ("recentFiles", newest first, at most kMax), and
/// the File ▸ Open Recent menu that shows them.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMax = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /// Moves `path` to the top of the list.
    void add(const QString &path);
    void clear();
    /// Fills `menu` (kept current from now on); a click emits openRequested().
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &path);

private:
    void fill();

    QMenu *m_menu = nullptr;
};

} // namespace Stackyard
