#pragma once

#include "model/core/design.h"

#include <QWidget>

namespace Stackyard {

class DesignDocument;
struct PropertySpec;

/// One typed editor of one value. It shows what setValue() gave it and emits committed() once
/// per finished edit (Enter, focus out, a choice picked), never while the user is still typing.
class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Shows `value` without emitting committed(); leaves a field the user is editing alone.
    virtual void setValue(const Json &value) = 0;

signals:
    void committed(const Stackyard::Json &value);
};

/// The editor for a catalogue property: a combo for enums, a validating field for CIDRs, a spin
/// box for numbers, a check box for booleans, a combo of matching resources for references,
/// tables for containers, listeners and target groups, and a validating JSON editor for any other
/// list or object. `document` lists reference candidates; `ownerId` is the edited resource.
PropertyEditor *createPropertyEditor(const PropertySpec &spec, const DesignDocument *document,
                                     const QString &ownerId, QWidget *parent);

} // namespace Stackyard

Q_DECLARE_METATYPE(Stackyard::Json)
