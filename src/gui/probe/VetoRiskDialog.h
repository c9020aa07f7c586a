#pragma once

#include "storage/ProbeQueries.h"

#include <QDialog>

class QTableWidget;

namespace sitegov {

// The list behind the dashboard's "veto risk" card: the running sites of the account's
// jurisdiction over an early-warning line of the probe (the week's failed probes, the homepage's
// age, stale and blank columns), worst first. Opening a row shows the site in the registry.
class VetoRiskDialog final : public QDialog
{
    Q_OBJECT

public:
    VetoRiskDialog(const QList<VetoRiskRow>& rows, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    // Opens row `row`'s site as a double click does (keyboard and tests).
    void openRow(int row);

Q_SIGNALS:
    void siteRequested(qint64 siteId);

private:
    QList<VetoRiskRow> m_rows;
    QTableWidget* m_table;
};

} // namespace sitegov
