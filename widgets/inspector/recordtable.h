#pragma once

#include "propertyeditor.h"

#include <QStringList>

class QTableWidget;

namespace Stackyard {

/// One column of a RecordTable: which member of each row object it edits and how.
struct RecordColumn
{
    enum class Type { Text, Int, Bool, Choice, Ports };
    QString key;     ///< member name; "a.b" edits a nested member
    QString title;
    Type type = Type::Text;
    QStringList choices; ///< for Choice
    QString tip;
};

/// A table editor for a list of objects (container definitions, listeners, target groups): one
/// row per object, one typed cell editor per column, Add / Remove buttons. Members without a
/// column are kept as they are. Each finished cell edit commits the whole list once. Cell widgets
/// are named "<objectName>.<row>.<key>" so tests can drive them.
class RecordTable : public PropertyEditor
{
    Q_OBJECT
public:
    /// `newRow` is the object a click on Add appends (the catalogue default's first row).
    RecordTable(QList<RecordColumn> columns, Json newRow, QWidget *parent = nullptr);
    void setValue(const Json &value) override;
    QTableWidget *table() const { return m_table; }

    /// The table columns for a known list property ("containers", "listeners", "targetGroups"),
    /// or an empty list when the property has no table form.
    static QList<RecordColumn> columnsFor(const QString &property);

private:
    QWidget *cellEditor(int row, const RecordColumn &column, const Json &value);
    void showCell(QWidget *editor, const RecordColumn &column, const Json &value);
    void commitCell(int row, const QString &key, const Json &value);
    void rebuild();

    QList<RecordColumn> m_columns;
    Json m_newRow;
    Json m_rows = Json::array();
    QTableWidget *m_table;
};

} // namespace Stackyard
