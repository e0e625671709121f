#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QUndoStack;

namespace Stackyard {

class DesignDocument;

/// "What if" toggles for a review: each removes one kind of component (the NAT gateways, the
/// interface endpoints) as an ordinary document edit (EditCommand), kept on a stack of its own
/// so the document's undo history is never touched. restoreAll() undoes them: the design is then
/// byte for byte what it was, and the document's undo stack, clean state and redo tail are as
/// they were.
class WhatIf : public QObject
{
    Q_OBJECT
public:
    enum class Toggle { NoNatGateways, NoInterfaceEndpoints };

    explicit WhatIf(DesignDocument *document, QObject *parent = nullptr);
    ~WhatIf() override;

    /// A short name for the caption ("Remove the NAT gateways").
    static QString title(Toggle toggle);
    /// The resource ids the toggle would remove from the design as it is now (sorted).
    QStringList targets(Toggle toggle) const;
    bool isOn(Toggle toggle) const { return m_on.contains(int(toggle)); }
    bool isAnyOn() const { return !m_on.isEmpty(); }
    /// Applies or takes back a toggle; the others stay as they are. Returns the removed ids
    /// (empty when there was nothing to remove, or when turning off).
    QStringList set(Toggle toggle, bool on);
    /// Takes every toggle back.
    void restoreAll();

private:
    QStringList apply(Toggle toggle);

    QPointer<DesignDocument> m_document; ///< null once the document is gone: nothing left to restore
    QUndoStack *m_stack;
    QList<int> m_on; ///< toggles in the order applied (one command each on m_stack)
};

} // namespace Stackyard
