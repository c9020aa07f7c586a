#pragma once

#include "core/Period.h"
#include "gui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sitegov {

class ListPane;
class PageHeader;
class ScoreSyncController;
class SpotCheckListModel;
class StateView;

// Monthly spot checks (抽查): an office's plan of the month (drawn reproducibly from its running sites,
// at least its share, by level and kind), its sites with their checkers, and the assessments written
// and reviewed from here (AssessmentDialog). Planners draw, assign and lock; checkers assess their
// sites; reviewers confirm or return.
class SpotChecksPage final : public Page
{
    Q_OBJECT

public:
    SpotChecksPage(AppContext& context, QWidget* parent);
    // With the window's score sync: a confirmed assessment is sent to the backend at once (a sync
    // sends the outbox first), and the list follows the sending.
    SpotChecksPage(AppContext& context, ScoreSyncController* sync, QWidget* parent);

    QString title() const override { return tr("Spot checks"); }
    void refresh() override;
    // "org": the office's number; "month": 2026-11; "status": a list filter key.
    void navigate(const QVariantMap& arguments) override;

    SpotCheckListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* officeFilter() const { return m_office; }
    QComboBox* monthFilter() const { return m_month; }
    QLabel* planSummary() const { return m_summary; }

    // The actions of the buttons (tests call them too); false after a message when they fail.
    bool drawPlan();
    bool lockPlan();
    bool assignSelected(qint64 checkerAccountId);
    // Opens the assessment form of the row (modal); returns the dialog's result.
    void openAssessment(int row);
    // The selected confirmed assessments that the backend refused (or that wait) are sent again at the
    // next sync, which starts at once when the backend is configured.
    bool sendAgain();
    // The quarterly bulletin of the office, for the quarter of the chosen month (modal).
    void openBulletin();

private:
    void applyFilter();
    void updatePlan();
    void updateSendAgain();
    qint64 officeId() const;
    Period month() const;

    SpotCheckListModel* m_model;
    ListPane* m_pane = nullptr;
    PageHeader* m_header = nullptr;
    StateView* m_state = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_office;
    QComboBox* m_month;
    QComboBox* m_status;
    QLabel* m_summary;
    QLabel* m_count = nullptr;
    QPushButton* m_draw;
    QPushButton* m_assign;
    QPushButton* m_lock;
    QPushButton* m_assess;
    QPushButton* m_sendAgain;
    QPushButton* m_bulletin;
    ScoreSyncController* m_sync = nullptr;
    qint64 m_planId = 0;
    bool m_applying = false;
};

} // namespace sitegov
