#include "propertyeditor.h"

#include "cidreditor.h"
#include "jsoneditor.h"
#include "recordtable.h"
#include "refeditors.h"
#include "scalareditors.h"

#include "model/core/catalog.h"
#include "widgets/i18n/modeltext.h"

namespace Stackyard {

PropertyEditor *createPropertyEditor(const PropertySpec &spec, const DesignDocument *document, const QString &ownerId, QWidget *parent)
{
    const QString name = QString::fromStdString(spec.name);
    const std::string &type = spec.type;
    PropertyEditor *editor = nullptr;
    if (type == "int") {
        editor = new IntEditor(parent);
    } else if (type == "number") {
        editor = new NumberEditor(parent);
    } else if (type == "bool") {
        editor = new BoolEditor(parent);
    } else if (type == "enum") {
        QStringList values;
        for (const std::string &v : spec.values)
            values << QString::fromStdString(v);
        editor = new ChoiceEditor(values, false, parent);
    } else if (type == "az") {
        editor = new ChoiceEditor({"a", "b", "c", "d", "e", "f"}, true, parent);
    } else if (type == "cidr") {
        editor = new CidrEditor(parent);
    } else if (type == "ref") {
        editor = new RefEditor(document, QString::fromStdString(spec.refKind), ownerId, parent);
    } else if (type == "refs") {
        editor = new RefsEditor(document, QString::fromStdString(spec.refKind), parent);
    } else if (type == "list" || type == "object") {
        const QList<RecordColumn> columns = RecordTable::columnsFor(name);
        if (!columns.isEmpty()) {
            const Json newRow = spec.defaultValue.is_array() && !spec.defaultValue.empty() ? spec.defaultValue.front() : Json::object();
            editor = new RecordTable(columns, newRow, parent);
        } else {
            editor = new JsonEditor(type == "list", parent);
        }
    } else {
        editor = new StringEditor(parent);
    }
    editor->setObjectName(QStringLiteral("prop.") + name);
    QString tip = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(spec.title.empty() ? spec.name : spec.title).toHtmlEscaped());
    if (!spec.doc.empty())
        tip += QStringLiteral("<br>") + ModelText::propertyDoc(spec.doc).toHtmlEscaped();
    editor->setToolTip(tip);
    return editor;
}

} // namespace Stackyard
