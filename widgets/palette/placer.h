#pragma once

#include <QString>
#include <QStringList>

namespace Stackyard {

class DesignDocument;

/// Adds a new resource of a kind next to the selection, the way a double-click in the palette
/// does: into the nearest selected container (or its ancestor) the kind may sit in, else at the
/// region level when the kind allows it, else into the only container of a fitting kind. Spanning
/// kinds added into a subnet get the subnet's VPC as parent and the subnet as placement. The box
/// is the first free grid slot inside the container.
class Placer
{
public:
    explicit Placer(DesignDocument *document) : m_document(document) {}

    /// The new resource's id, or empty with `hint` saying why nothing was added.
    QString add(const QString &kind, const QStringList &selection, QString *hint) const;

private:
    DesignDocument *m_document;
};

} // namespace Stackyard
