#include "undodock.h"

#include <QUndoView>

namespace Stackyard {

UndoDock::UndoDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("historyDock"));
    auto *view = new QUndoView(stack, this);
    view->setObjectName(QStringLiteral("undoView"));
    view->setEmptyLabel(tr("Opened"));
    view->setToolTip(tr("Click an edit to go back (or forward) to just after it"));
    setWidget(view);
}

} // namespace Stackyard
