#pragma once

#include "model/core/cost/pricetable.h"

#include <QDialog>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Stackyard {

/// The user's price overrides, by price key ("nat_gateway.hour" → USD per unit).
using PriceOverrides = std::map<std::string, double>;

/// Lists every price of one region's table — key, list price, unit, as-of date, sources, note —
/// with an editable "Your price" column, a reset button per row and "Reset all". `used` are the
/// price keys the design's estimate uses: shown alone at first (a check box shows all), and the
/// ones the sources lack are listed too, so the user can price them. Every change is announced
/// at once (overridesChanged), so the estimate follows live.
class PriceOverridesDialog : public QDialog
{
    Q_OBJECT
public:
    PriceOverridesDialog(const PriceTable &table, const std::set<std::string> &used,
                         const PriceOverrides &overrides, QWidget *parent = nullptr);

    const PriceOverrides &overrides() const { return m_overrides; }
    /// The table row of a price key, or -1.
    int rowOf(const std::string &key) const;

    /// Sets (a value) or clears (nothing) one override, as editing its cell does.
    void setOverride(const std::string &key, std::optional<double> value);
    void resetAll();

signals:
    void overridesChanged();

private:
    void fill(const PriceTable &table, const std::set<std::string> &used);
    void showRow(int row);
    void cellEdited(int row, int column);
    void filter();
    void updateSummary();

    PriceOverrides m_overrides;
    QString m_region;
    std::map<std::string, double> m_list; ///< list prices (absent: not in the sources)
    QLabel *m_summary;
    QLineEdit *m_search;
    QCheckBox *m_onlyUsed;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace Stackyard
