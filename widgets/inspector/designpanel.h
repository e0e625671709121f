#pragma once

#include "inspectorpanel.h"

#include "model/document/edit.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Stackyard {

class DesignDocument;
class JsonEditor;

/// The inspector page when nothing is selected: the design's name, description, region (the
/// regions Stackyard has prices for), environments and cost assumptions, plus what it holds.
class DesignPanel : public InspectorPanel
{
    Q_OBJECT
public:
    explicit DesignPanel(DesignDocument *document, QWidget *parent = nullptr);
    bool refresh() override;

    /// The regions with an embedded price table (resources/pricing/<region>.json), sorted.
    static QStringList knownRegions();

private:
    void commit(const QString &text, const std::function<void(DesignHeader &)> &change);

    DesignDocument *m_document;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_region;
    QLineEdit *m_environments;
    JsonEditor *m_usage;
    JsonEditor *m_settings;
    QLabel *m_summary;
};

} // namespace Stackyard
