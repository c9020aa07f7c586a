#pragma once

#include "gui/inspections/InspectionTab.h"

class QCheckBox;
class QDateEdit;
class QLabel;

namespace sitegov {

class InspectionListModel;
class ListPane;
class StateView;

// Records: every inspection in a period, opened to change (its author, on its day) or to correct
// with a reason.
class RecordsTab final : public InspectionTab
{
    Q_OBJECT

public:
    RecordsTab(AppContext& context, QWidget* parent);

    void load() override;
    // Only this site's inspections (0: every site).
    void setSite(qint64 siteId) { m_siteId = siteId; }

    InspectionListModel* model() const { return m_model; }

private:
    void openInspection(qint64 inspectionId);

    InspectionListModel* m_model;
    ListPane* m_pane = nullptr;
    StateView* m_state = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_failedOnly = nullptr;
    QLabel* m_count = nullptr;
    qint64 m_siteId = 0;
};

} // namespace sitegov
