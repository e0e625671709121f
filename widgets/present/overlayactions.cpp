#include "overlayactions.h"

#include <QAction>
#include <QMenu>

namespace Stackyard {

OverlayActions::OverlayActions(DesignScene *scene, QObject *parent)
    : QObject(parent)
{
    using Overlay = DesignScene::Overlay;
    const QStringList tips{
        tr("Fill subnets by their tier: public green, private blue, isolated grey"),
        tr("Show the security groups on each resource"),
        tr("Show the protocol and port on each flow"),
        tr("Show finding badges on resources and flows, blocked flows in red"),
        tr("Tint each resource by its monthly cost, with its cost per month"),
    };
    for (int i = 0; i < DesignScene::kOverlayCount; ++i) {
        const Overlay overlay = Overlay(i);
        auto *action = new QAction(DesignScene::overlayTitle(overlay), this);
        action->setCheckable(true);
        action->setChecked(scene->isOverlayOn(overlay));
        action->setToolTip(tips.value(i));
        action->setStatusTip(tips.value(i));
        connect(action, &QAction::toggled, scene, [scene, overlay](bool on) { scene->setOverlay(overlay, on); });
        m_actions << action;
    }
    connect(scene, &DesignScene::overlayChanged, this, [this](DesignScene::Overlay overlay, bool on) {
        if (QAction *a = action(overlay))
            a->setChecked(on);
    });
}

QMenu *OverlayActions::addTo(QMenu *menu)
{
    QMenu *sub = menu->addMenu(tr("&Overlays"));
    sub->addActions(m_actions);
    return sub;
}

} // namespace Stackyard
