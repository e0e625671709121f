#pragma once

#include "model/core/cost/costestimate.h"

#include <QTableWidget>

#include <map>
#include <string>

namespace Stackyard {

/// The line items of an estimate, one row each (unpriced ones greyed, overridden prices marked),
/// optionally with a column in the user's currency at the user's rate.
class CostItemsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit CostItemsTable(QWidget *parent = nullptr);

    /// Fills the table; `currency` empty = USD only, else an extra column at `rate` per USD.
    /// `listPrices` (by price key) let an overridden line say which list price it replaced.
    void setItems(const CostEstimate &estimate, const QString &currency, double rate,
                  const std::map<std::string, double> &listPrices = {});
    /// Shows only the rows of `resource` ("" = all).
    void filterResource(const QString &resource);

signals:
    /// The user selected the row of a resource.
    void resourceActivated(const QString &resource);
};

} // namespace Stackyard
