#pragma once

#include <QDialog>

class QListWidget;

namespace Stackyard {

/// File ▸ New: a blank design or one of the samples compiled into the program.
class NewDesignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewDesignDialog(QWidget *parent = nullptr);

    /// The chosen embedded sample path ("samples/reference.stackyard.json"), or empty for blank.
    QString samplePath() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace Stackyard
