#include "designdocument.h"

#include "editcommand.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Stackyard {

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<Stackyard::ChangeSet>();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

DesignDocument::~DesignDocument() = default;

QString DesignDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_file.design.name.empty())
        return QString::fromStdString(m_file.design.name);
    return tr("Untitled");
}

void DesignDocument::setScratch(bool on)
{
    if (on == m_scratch)
        return;
    m_scratch = on;
    emit scratchChanged(on);
}

bool DesignDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void DesignDocument::reset(DesignFile file, const QString &filePath)
{
    m_undoStack->clear();
    m_file = std::move(file);
    m_filePath = filePath;
    m_undoStack->setClean();
    ChangeSet all;
    all.everything = true;
    emit changed(all);
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void DesignDocument::applyEdit(const Edit &edit, bool forward)
{
    const ChangeSet changes = edit.apply(m_file.design, m_file.layout, forward);
    emit changed(changes);
}

void DesignDocument::pushEdit(const Edit &edit, const QString &text, const QString &mergeKey)
{
    if (edit.isEmpty())
        return;
    m_undoStack->push(new EditCommand(this, edit, text, mergeKey));
}

QString DesignDocument::addResource(Resource resource, const Rect &box)
{
    EditBuilder b(design(), layout());
    if (resource.id.empty() || b.containsId(resource.id))
        resource.id = b.uniqueId(resource.id.empty() ? resource.kind : resource.id);
    b.putResource(resource);
    b.putNode(resource.id, box);
    pushEdit(b.finish(), tr("Add %1").arg(QString::fromStdString(resource.name.empty() ? resource.kind : resource.name)));
    return QString::fromStdString(resource.id);
}

void DesignDocument::removeObjects(const QStringList &ids)
{
    EditBuilder b(design(), layout());
    for (const QString &id : ids)
        b.remove(id.toStdString());
    pushEdit(b.finish(), ids.size() == 1 ? tr("Delete %1").arg(ids.first()) : tr("Delete %n items", nullptr, int(ids.size())));
}

void DesignDocument::setNodeBoxes(const std::map<Id, Rect> &boxes, const QString &gesture)
{
    EditBuilder b(design(), layout());
    for (const auto &[id, box] : boxes)
        b.putNode(id, box);
    pushEdit(b.finish(), boxes.size() == 1 ? tr("Move %1").arg(QString::fromStdString(boxes.begin()->first)) : tr("Move %n items", nullptr, int(boxes.size())),
             gesture.isEmpty() ? QString() : QStringLiteral("move:") + gesture);
}

void DesignDocument::reparent(const Id &id, const Id &newParent, const Rect &box)
{
    const Resource *r = design().resource(id);
    if (!r)
        return;
    EditBuilder b(design(), layout());
    Resource copy = *r;
    copy.parent = newParent;
    b.putResource(copy);
    b.putNode(id, box);
    pushEdit(b.finish(), tr("Move %1 into %2").arg(QString::fromStdString(r->name.empty() ? id : r->name),
                                                   QString::fromStdString(newParent.empty() ? std::string("the region") : newParent)));
}

void DesignDocument::setResource(const Resource &after, const QString &text)
{
    EditBuilder b(design(), layout());
    b.putResource(after);
    pushEdit(b.finish(), text);
}

void DesignDocument::setProperty(const Id &id, const std::string &name, const Json &value)
{
    const Resource *r = design().resource(id);
    if (!r)
        return;
    Resource copy = *r;
    copy.properties[name] = value;
    EditBuilder b(design(), layout());
    b.putResource(copy);
    pushEdit(b.finish(), tr("Set %1 of %2").arg(QString::fromStdString(name), QString::fromStdString(r->name.empty() ? id : r->name)),
             QStringLiteral("prop:%1:%2").arg(QString::fromStdString(id), QString::fromStdString(name)));
}

void DesignDocument::rename(const Id &id, const QString &name)
{
    const Resource *r = design().resource(id);
    if (!r)
        return;
    Resource copy = *r;
    copy.name = name.toStdString();
    setResource(copy, tr("Rename %1 to %2").arg(QString::fromStdString(r->name), name));
}

QString DesignDocument::addFlow(Flow flow)
{
    EditBuilder b(design(), layout());
    if (flow.id.empty() || b.containsId(flow.id))
        flow.id = b.uniqueId(flow.from + "-to-" + flow.to);
    b.putFlow(flow);
    pushEdit(b.finish(), tr("Connect %1 to %2").arg(QString::fromStdString(flow.from), QString::fromStdString(flow.to)));
    return QString::fromStdString(flow.id);
}

void DesignDocument::setFlow(const Flow &after)
{
    EditBuilder b(design(), layout());
    b.putFlow(after);
    pushEdit(b.finish(), tr("Edit flow %1").arg(QString::fromStdString(after.id)));
}

void DesignDocument::setWaypoints(const Id &flowId, const std::vector<Point> &points)
{
    EditBuilder b(design(), layout());
    if (points.empty())
        b.eraseWaypoints(flowId);
    else
        b.putWaypoints(flowId, points);
    pushEdit(b.finish(), tr("Route flow %1").arg(QString::fromStdString(flowId)));
}

void DesignDocument::resetRoutes(const QStringList &flowIds)
{
    EditBuilder b(design(), layout());
    for (const QString &id : flowIds)
        if (layout().waypoints.count(id.toStdString()))
            b.eraseWaypoints(id.toStdString());
    pushEdit(b.finish(), flowIds.size() == 1 ? tr("Reset route of %1").arg(flowIds.first()) : tr("Reset %n routes", nullptr, int(flowIds.size())));
}

QString DesignDocument::addSecurityGroup(SecurityGroup sg)
{
    EditBuilder b(design(), layout());
    if (sg.id.empty() || b.containsId(sg.id))
        sg.id = b.uniqueId(sg.id.empty() ? std::string("sg") : sg.id);
    b.putSecurityGroup(sg);
    pushEdit(b.finish(), tr("Add security group %1").arg(QString::fromStdString(sg.name.empty() ? sg.id : sg.name)));
    return QString::fromStdString(sg.id);
}

void DesignDocument::setSecurityGroup(const SecurityGroup &after, const QString &text)
{
    EditBuilder b(design(), layout());
    b.putSecurityGroup(after);
    pushEdit(b.finish(), text.isEmpty() ? tr("Edit security group %1").arg(QString::fromStdString(after.name)) : text);
}

QString DesignDocument::addRouteTable(RouteTable rt)
{
    EditBuilder b(design(), layout());
    if (rt.id.empty() || b.containsId(rt.id))
        rt.id = b.uniqueId(rt.id.empty() ? std::string("rt") : rt.id);
    b.putRouteTable(rt);
    pushEdit(b.finish(), tr("Add route table %1").arg(QString::fromStdString(rt.name.empty() ? rt.id : rt.name)));
    return QString::fromStdString(rt.id);
}

void DesignDocument::setRouteTable(const RouteTable &after, const QString &text)
{
    EditBuilder b(design(), layout());
    b.putRouteTable(after);
    pushEdit(b.finish(), text.isEmpty() ? tr("Edit route table %1").arg(QString::fromStdString(after.name)) : text);
}

void DesignDocument::setHeader(const DesignHeader &after, const QString &text)
{
    EditBuilder b(design(), layout());
    b.putHeader(after);
    Edit e = b.finish();
    if (e.header && e.header->first == e.header->second)
        return;
    pushEdit(e, text);
}

void DesignDocument::replaceAll(const DesignFile &after, const QString &text)
{
    EditBuilder b(design(), layout());
    for (const auto &[id, r] : design().resources)
        if (!after.design.resources.count(id))
            b.remove(id);
    for (const auto &[id, sg] : design().securityGroups)
        if (!after.design.securityGroups.count(id))
            b.remove(id);
    for (const auto &[id, rt] : design().routeTables)
        if (!after.design.routeTables.count(id))
            b.remove(id);
    for (const auto &[id, f] : design().flows)
        if (!after.design.flows.count(id))
            b.remove(id);
    for (const auto &[id, r] : after.design.resources)
        b.putResource(r);
    for (const auto &[id, sg] : after.design.securityGroups)
        b.putSecurityGroup(sg);
    for (const auto &[id, rt] : after.design.routeTables)
        b.putRouteTable(rt);
    for (const auto &[id, f] : after.design.flows)
        b.putFlow(f);
    for (const auto &[id, box] : layout().nodes)
        if (!after.layout.nodes.count(id))
            b.eraseNode(id);
    for (const auto &[id, points] : layout().waypoints)
        if (!after.layout.waypoints.count(id))
            b.eraseWaypoints(id);
    for (const auto &[id, box] : after.layout.nodes)
        b.putNode(id, box);
    for (const auto &[id, points] : after.layout.waypoints)
        b.putWaypoints(id, points);
    b.putHeader(DesignHeader::of(after.design));
    Edit e = b.finish();
    if (e.header && e.header->first == e.header->second)
        e.header.reset();
    pushEdit(e, text);
}

} // namespace Stackyard
