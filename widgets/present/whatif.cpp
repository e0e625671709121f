#include "whatif.h"

#include "model/document/designdocument.h"
#include "model/document/editcommand.h"

#include <QUndoStack>

namespace Stackyard {

WhatIf::WhatIf(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this))
{
}

WhatIf::~WhatIf()
{
    restoreAll();
}

QString WhatIf::title(Toggle toggle)
{
    switch (toggle) {
    case Toggle::NoNatGateways: return tr("Remove the NAT gateways");
    case Toggle::NoInterfaceEndpoints: return tr("Remove the interface endpoints");
    }
    return {};
}

QStringList WhatIf::targets(Toggle toggle) const
{
    QStringList ids;
    if (!m_document)
        return ids;
    for (const auto &[id, r] : m_document->design().resources) {
        const bool hit = toggle == Toggle::NoNatGateways
                             ? r.kind == "nat-gateway"
                             : r.kind == "vpc-endpoint" && r.stringProperty("endpointType", "Interface") == "Interface";
        if (hit)
            ids << QString::fromStdString(id);
    }
    return ids;
}

QStringList WhatIf::apply(Toggle toggle)
{
    if (!m_document)
        return {};
    const QStringList ids = targets(toggle);
    if (ids.isEmpty())
        return {};
    m_document->setScratch(true); // before the edit: the journal records the design without it
    EditBuilder b(m_document->design(), m_document->layout());
    for (const QString &id : ids)
        b.remove(id.toStdString());
    m_stack->push(new EditCommand(m_document, b.finish(), title(toggle)));
    m_on << int(toggle);
    return ids;
}

QStringList WhatIf::set(Toggle toggle, bool on)
{
    if (on == isOn(toggle))
        return {};
    if (on)
        return apply(toggle);
    // Undo back to before this toggle, then apply again the ones that came after it.
    const int at = int(m_on.indexOf(int(toggle)));
    const QList<int> later = m_on.mid(at + 1);
    m_stack->setIndex(at);
    m_on = m_on.mid(0, at);
    for (int t : later)
        apply(Toggle(t));
    if (m_on.isEmpty() && m_document)
        m_document->setScratch(false);
    return {};
}

void WhatIf::restoreAll()
{
    if (m_document)
        m_stack->setIndex(0);
    m_stack->clear();
    m_on.clear();
    if (m_document)
        m_document->setScratch(false);
}

} // namespace Stackyard
