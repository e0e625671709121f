#pragma once

#include "model/core/design.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Stackyard {

/// One request path through a design, for presentation: the resources and flows it passes
/// (drawn ones only), a title ("Internet → web-alb → app → aurora") and the hop-by-hop words
/// of the reachability analysis, each marked passing or blocked.
struct RequestPath
{
    QString title;
    QStringList ids;   ///< drawn resources and flows on the path
    QStringList steps; ///< "✓ app-sg allows tcp/5432 out to aurora", "✗ …"
    bool ok = true;    ///< every hop passes
};

/// The paths worth showing a review board, from a full (all hops explained) reachability run:
/// for every internet-facing ALB, Internet → ALB → each target service → its Aurora cluster;
/// for every service pulling from ECR, task → ECR through the NAT gateways or endpoints it uses.
/// `drawn` holds the ids that have an item on the canvas.
QList<RequestPath> requestPaths(const Design &design, const QSet<QString> &drawn);

} // namespace Stackyard
