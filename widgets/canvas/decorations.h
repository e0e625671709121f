#pragma once

#include "canvasstyle.h"

#include "model/core/rules/finding.h"

#include <QGraphicsItem>

namespace Stackyard::Canvas {

/// A finding badge: a pill in the worst severity's colour with the number of findings, drawn at
/// a constant screen size (legible at any zoom) up and to the right of its anchor — or up and to
/// the left with `growLeft` — so it sits beside an icon's corner, never over the icon or label.
/// The tooltip lists the findings.
class BadgeItem : public QGraphicsItem
{
public:
    enum { Type = BadgeType };
    BadgeItem(Severity worst, int count, const QString &toolTip, bool growLeft, QGraphicsItem *parent);

    int type() const override { return Type; }
    Severity severity() const { return m_severity; }
    int count() const { return m_count; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Severity m_severity;
    int m_count;
    QString m_text;
    bool m_growLeft;
    QRectF m_pill; ///< laid out once: boundingRect() is asked often
};

/// The red "⊘" marking where a blocked flow stops (constant screen size, centred on its
/// anchor). The tooltip is the analysis's explanation of the failing hop and its fix.
class BlockMarkItem : public QGraphicsItem
{
public:
    enum { Type = BlockMarkType };
    BlockMarkItem(const QString &toolTip, QGraphicsItem *parent);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// The cost heat map on one node: a halo behind the icon whose heat grows with the node's share
/// of the most expensive node's monthly cost, and a "$123/mo" chip under the node's label.
class CostTintItem : public QGraphicsItem
{
public:
    enum { Type = CostTintType };
    /// `heat` in 0..1 (1 = the most expensive node); `icon` in the parent's coordinates.
    CostTintItem(const QRectF &icon, double heat, const QString &label, const QString &toolTip, QGraphicsItem *parent);

    int type() const override { return Type; }
    double heat() const { return m_heat; }
    QString label() const { return m_label; }
    /// The heat colour for `heat` in 0..1: pale yellow to deep red.
    static QColor heatColor(double heat);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_icon;
    double m_heat;
    QString m_label;
    QRectF m_chip; ///< laid out once
    QRectF m_bounds;
};

/// Small chips naming the security groups on a node, in a row centred under its label.
class ChipsItem : public QGraphicsItem
{
public:
    enum { Type = ChipsType };
    /// `centerX`, `top` in the parent's coordinates.
    ChipsItem(const QStringList &names, double centerX, double top, QGraphicsItem *parent);

    int type() const override { return Type; }
    QStringList names() const { return m_names; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QStringList m_names;
    QList<QRectF> m_chips;
    QRectF m_bounds;
};

/// A stable colour per security group name, so the same group reads the same on every node.
QColor chipColor(const QString &name);

} // namespace Stackyard::Canvas
