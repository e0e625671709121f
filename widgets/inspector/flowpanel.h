#pragma once

#include "inspectorpanel.h"

#include "model/core/design.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Stackyard {

class DesignDocument;

/// The inspector page of one flow: its ends, protocol, port range, label and monthly data volume.
class FlowPanel : public InspectorPanel
{
    Q_OBJECT
public:
    FlowPanel(DesignDocument *document, const QString &id, QWidget *parent = nullptr);
    bool refresh() override;

private:
    void commit(const std::function<void(Flow &)> &change);

    DesignDocument *m_document;
    QString m_id;
    QLabel *m_title;
    QLabel *m_ends;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QLineEdit *m_label;
    QDoubleSpinBox *m_volume;
};

} // namespace Stackyard
