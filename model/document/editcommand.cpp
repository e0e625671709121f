#include "editcommand.h"

#include "designdocument.h"

namespace Stackyard {

EditCommand::EditCommand(DesignDocument *document, Edit edit, const QString &text, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{}

void EditCommand::redo()
{
    m_document->applyEdit(m_edit, true);
}

void EditCommand::undo()
{
    m_document->applyEdit(m_edit, false);
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x5359;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    auto *next = static_cast<const EditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_edit.absorb(next->m_edit);
    return true;
}

} // namespace Stackyard
