#pragma once

#include "model/core/layout/flowrouter.h"
#include "model/document/edit.h"
#include "widgets/canvas/findingmarks.h"

#include <QGraphicsScene>
#include <QPolygonF>
#include <QHash>
#include <QSet>

namespace Stackyard {

class DesignDocument;
class LiveAnalysis;

namespace Canvas {
class ContainerItem;
class FlowItem;
class InlineEditor;
class NodeItem;
class HintBubble;
} // namespace Canvas

/// The editor canvas: observes a DesignDocument and keeps one item per resource (containers for
/// VPCs and subnets, icon nodes for the rest) and per flow. Items render copies of what the
/// scene gives them; every change goes to the document as one edit per gesture (a drag, a
/// resize, a drop, a paste), so one gesture is one undo step. On changed(ChangeSet) exactly the
/// named ids are created, updated or removed (everything on `everything`).
class DesignScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// Palette drags carry this MIME type with the kind as payload ("ecs-service").
    static constexpr const char *kMimeType = "application/x-stackyard-kind";
    /// Copy and paste carry a design fragment (JSON) under this MIME type.
    static constexpr const char *kFragmentMimeType = "application/x-stackyard-fragment";

    explicit DesignScene(DesignDocument *document, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignDocument *document() const { return m_document; }

    /// What the canvas may show over the diagram (sceneoverlays.cpp). Tiers: subnets filled by
    /// their derived tier; SecurityGroups: chips naming the groups on each node; FlowPorts: port
    /// labels on flows; Findings: severity badges and blocked flows in red with the blocking hop
    /// marked; Cost: a heat map of each node's monthly cost with a "$123/mo" label.
    enum class Overlay { Tiers, SecurityGroups, FlowPorts, Findings, Cost };
    static constexpr int kOverlayCount = 5;
    /// The overlay's name for menus and the presentation help ("Network tiers").
    static QString overlayTitle(Overlay overlay);
    bool isOverlayOn(Overlay overlay) const { return m_overlays & (1u << int(overlay)); }
    /// The analysis whose findings and cost the Findings and Cost overlays show; the scene only
    /// reads it, on every findingsChanged()/costChanged().
    void setAnalysis(LiveAnalysis *analysis);
    LiveAnalysis *analysis() const { return m_analysis; }
    /// Dims everything but these resources and flows (containers less so); empty = nothing dimmed.
    void setSpotlight(const QSet<QString> &ids);
    QSet<QString> spotlight() const { return m_spotlight; }
    /// Ids of every resource and flow with an item.
    QSet<QString> drawnIds() const;
    /// Whether this resource or flow has an item.
    bool isDrawn(const QString &id) const { return m_nodes.contains(id) || m_containers.contains(id) || m_flows.contains(id); }
    /// isDrawn as the finding mapping asks it (valid while the scene lives).
    Canvas::IsDrawn drawnTest() const
    {
        return [this](const QString &id) { return isDrawn(id); };
    }
    /// Ids of the drawn flows the analysis reports blocked, sorted.
    QStringList blockedFlowIds() const;

    /// Ids of the selected resources and flows, sorted.
    QStringList selectedIds() const;
    /// Selects exactly these ids (unknown ids are ignored).
    void selectIds(const QStringList &ids);
    /// The scene rectangle of an id's item (icon or container box); null if none.
    QRectF boxOf(const QString &id) const;
    QGraphicsItem *itemOf(const QString &id) const;

    bool isGridVisible() const { return m_gridVisible; }
    bool snapsToGrid() const { return m_snap; }

    /// Adds a resource of `kind` with the catalogue defaults into the container under `scenePos`.
    /// Returns the new id, or an empty string when the containment is illegal (hint() says why).
    QString dropKind(const QString &kind, const QPointF &scenePos);
    /// Whether a resource of `kind` may sit at `scenePos`: the parent it would get, or the
    /// reason it may not. Items in `ignore` are not considered containers (they are moving).
    struct Target
    {
        bool ok = false;
        QString parent;
        QString reason;
    };
    Target targetAt(const QString &kind, const QPointF &scenePos, const QSet<QString> &ignore = {}) const;
    /// Adds a flow from `from` to `to` with the target's port (listener, container or database
    /// port; 443 if unknown). Returns the flow id, empty if refused.
    QString connectNodes(const QString &from, const QString &to);
    /// The port a new flow into `to` gets by default.
    int defaultPortFor(const QString &to) const;

public slots:
    void setGridVisible(bool visible);
    void setSnapToGrid(bool snap);
    void setOverlay(Overlay overlay, bool on);
    /// Re-reads the findings and cost and redraws the overlays' decorations.
    void refreshDecorations();
    void deleteSelection();
    void selectAll();
    void copy();
    void cut();
    void paste();
    void duplicate();
    void alignLeft();
    void alignCenter();
    void alignRight();
    void alignTop();
    void alignMiddle();
    void alignBottom();
    void distributeHorizontally();
    void distributeVertically();
    /// Opens the in-place editor on the selected resource's name (Enter commits, Esc cancels).
    void renameSelected();
    /// Moves the selection by (dx, dy) scene units in one undo step.
    void nudge(double dx, double dy);
    /// Arranges the selected VPCs (or every VPC when none is selected) as AZ columns x tier rows.
    void arrange();
    void arrangeVpc(const QString &vpcId);

signals:
    void selectedIdsChanged(const QStringList &ids);
    /// A short message for the status bar (refused drops, what a gesture will do).
    void hint(const QString &text);
    void overlayChanged(Stackyard::DesignScene::Overlay overlay, bool on);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    enum class Gesture { None, Pending, Move, Resize, Connect, RoutePending, Route };

    // Synchronisation with the document (designscene.cpp).
    void onChanged(const ChangeSet &changes);
    void rebuild();
    void syncResource(const Id &id);
    void syncFlow(const Id &id);
    void discardItem(const QString &id);
    void rerouteFlowsOf(const QSet<QString> &nodeIds);
    void reroute(Canvas::FlowItem *flow);
    double fanOut(const QString &nodeId, const QString &flowId) const;
    void refreshSpanningOf(const QSet<QString> &subnetIds);
    QRectF anchorBox(const QString &id) const;
    /// A flow's end as the router sees it: the box and the room of the label under an icon.
    FlowEnd flowEnd(const QString &id, const QPointF &shift = {}) const;
    /// The path of a flow through stored bends (empty when `waypoints` is).
    QPolygonF pathOf(const Canvas::FlowItem *flow, const std::vector<Point> &waypoints, const QPointF &fromShift = {},
                     const QPointF &toShift = {}) const;
    double depthOf(const Id &id) const;

    // Overlays (sceneoverlays.cpp).
    void applyOverlayLook(QGraphicsItem *item) const;
    void updateFindingDecorations();
    /// Puts a flow's finding badge and ⊘ mark where its route has them now (after a re-route,
    /// also while a drag routes it).
    void placeDecorationsOf(Canvas::FlowItem *flow) const;
    void addCostDecorations();
    void addSecurityGroupChips();
    void applySpotlight();

    // Gestures (scenemouse.cpp).
    void beginMove(const QPointF &scenePos);
    void updateMove(const QPointF &scenePos);
    void checkTargets(const QPointF &scenePos, bool all);
    static constexpr int kLiveChecks = 12; ///< selections up to this size are checked on every move
    void finishMove();
    void cancelGesture();
    void beginRouteDrag();
    void updateRouteDrag(const QPointF &scenePos);
    void finishRouteDrag();
    void updateConnect(const QPointF &scenePos);
    void finishConnect(const QPointF &scenePos);
    void setHighlight(QGraphicsItem *item, const QColor &color);
    void showHint(const QString &text, const QPointF &scenePos);
    /// The deepest container whose box holds `scenePos` ("" = none), skipping `ignore`.
    QString containerAt(const QPointF &scenePos, const QSet<QString> &ignore = {}) const;
    Canvas::NodeItem *nodeAt(const QPointF &scenePos, const QString &excluding = {}) const;

    // Edits (sceneedits.cpp).
    QStringList selectedRootIds() const;
    QSet<QString> withDescendants(const QStringList &roots) const;
    QSet<QString> withDescendants(const QStringList &roots, const QHash<QString, QStringList> &children) const;
    QHash<QString, QStringList> childrenIndex() const;
    void commitOffsets(const std::map<Id, QPointF> &offsets, const std::map<Id, Id> &newParents, const QString &text);
    void align(int mode);
    void distribute(bool horizontal);
    void pasteFragment(const QByteArray &json, const QPointF &offset);
    void startRename(const QString &id);

    DesignDocument *m_document;
    QHash<QString, Canvas::NodeItem *> m_nodes;
    QHash<QString, Canvas::ContainerItem *> m_containers;
    QHash<QString, Canvas::FlowItem *> m_flows;
    QHash<QString, QSet<QString>> m_flowsByNode;
    bool m_gridVisible = true;
    bool m_snap = true;
    bool m_syncing = false;
    LiveAnalysis *m_analysis = nullptr;
    unsigned m_overlays = 0b01101; ///< Tiers, FlowPorts, Findings on
    QSet<QString> m_spotlight;
    QStringList m_blockedFlows;
    QSet<QString> m_decorated; ///< ids whose items carry cost or chip decorations, so a refresh visits only those
    QSet<QString> m_findingDecorated; ///< ids whose items carry a badge or a ⊘ mark (kept while unchanged)

    struct Drag
    {
        Gesture gesture = Gesture::None;
        QPointF pressPos;
        QString anchorId;             ///< the item pressed
        int handle = -1;              ///< container resize handle
        QRectF startRect;             ///< anchor's box at press
        QHash<QString, QPointF> startPos; ///< every moving item's position at press
        QStringList roots;            ///< moving items whose ancestors do not move
        QPointF delta;                ///< the offset shown now
        QHash<QString, QString> targets; ///< root -> parent it would get
        bool refused = false;
        QString reason;
        QGraphicsPathItem *line = nullptr; ///< the rubber line while connecting
        QPolygonF route;              ///< a dragged flow's path at press
        int segment = -1;             ///< the segment of `route` being dragged
        std::vector<Point> waypoints; ///< the dragged flow's bends shown now
    } m_drag;
    QList<QGraphicsItem *> m_highlighted;
    Canvas::HintBubble *m_hintItem = nullptr;
    Canvas::InlineEditor *m_editor = nullptr;
    int m_pasteCount = 0;
};

} // namespace Stackyard
