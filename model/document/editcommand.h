#pragma once

#include "edit.h"

#include <QUndoCommand>

namespace Stackyard {

class DesignDocument;

/// The one command every document edit is: it carries an Edit (before/after of what it touches)
/// and applies it in redo(), reverses it in undo(). Named edits differ only in their text.
class EditCommand : public QUndoCommand
{
public:
    /// `mergeKey` non-empty makes consecutive commands with the same key one undo step (a drag,
    /// typing into one property): they merge within the same gesture.
    EditCommand(DesignDocument *document, Edit edit, const QString &text, QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return m_edit; }

private:
    DesignDocument *m_document;
    Edit m_edit;
    QString m_mergeKey;
};

} // namespace Stackyard
