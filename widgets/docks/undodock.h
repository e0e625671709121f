#pragma once

#include <QDockWidget>

class QUndoStack;

namespace Stackyard {

/// The undo history: every edit by name; clicking a row undoes or redoes up to it.
class UndoDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit UndoDock(QUndoStack *stack, QWidget *parent = nullptr);
};

} // namespace Stackyard
