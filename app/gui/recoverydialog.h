#pragma once

#include "model/document/journal.h"

#include <QDialog>

class QListWidget;

namespace Stackyard::Gui {

/// Offered at start when crash journals were left behind: which designs to recover. Recover opens
/// the checked ones (modified, unsaved) and deletes all journals listed; Discard deletes them all;
/// Later keeps them for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<Journal::Entry> &entries, QWidget *parent = nullptr);

    /// The entries the user checked (after Recover).
    QList<Journal::Entry> chosen() const;
    /// True when the journals should be deleted (Recover or Discard, not Later).
    bool discardJournals() const { return m_discard; }

private:
    QList<Journal::Entry> m_entries;
    QListWidget *m_list;
    bool m_discard = false;
};

} // namespace Stackyard::Gui
