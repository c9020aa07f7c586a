#pragma once

#include "core/Inspection.h"
#include "core/Result.h"
#include "gui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sitegov {

class ListPane;
class PageHeader;
class ReviewListModel;
class StateView;
class WeeklyReviewEditor;

// Weekly reviews (一周一点评): for a week (last week unless chosen), every unit with running sites
// and its review, signed, a draft or missing (red); or every review written. Units without a signed
// review of last week are flagged, and their count is the sidebar badge. The chosen unit's review
// opens beside the list to read, write, sign or export.
class WeeklyReviewsPage final : public Page
{
    Q_OBJECT

public:
    WeeklyReviewsPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Weekly reviews"); }
    void activate() override;
    void refresh() override;
    // week ("2026-W47" or "all"), unit (id), status (draft, signed, missing, unsigned).
    void navigate(const QVariantMap& arguments) override;
    // The review shown beside the list: printed by File > Print (Ctrl+P).
    bool printShown() override;

    ReviewListModel* model() const { return m_model; }
    WeeklyReviewEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    QComboBox* weekFilter() const { return m_weekFilter; }
    QComboBox* unitFilter() const { return m_unitFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QLabel* missingBanner() const { return m_missing; }
    // The week whose review should be signed by now.
    static IsoWeek lastWeek();
    // Recounts the units without a signed review of last week (the sidebar badge).
    void updateMissingCount();
    // Selects the row of a unit (and week, in the all-weeks list) once it is loaded.
    void selectUnit(qint64 unitId, const QString& weekKey = {});

private:
    void applyFilter();
    void selectPending();
    void showSelected();
    void fillUnits();
    IsoWeek selectedWeek() const;
    qint64 scopeUnit();
    void showMissingCount(const IsoWeek& week, const Result<int>& count);

    ReviewListModel* m_model;
    WeeklyReviewEditor* m_editor;
    PageHeader* m_header = nullptr;
    StateView* m_state = nullptr;
    QComboBox* m_unitFilter;
    QComboBox* m_weekFilter;
    QComboBox* m_statusFilter;
    ListPane* m_pane = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_missing;
    QLabel* m_flag = nullptr;
    QPushButton* m_showMissing;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_poll;
    qint64 m_pendingUnit = 0;
    QString m_pendingWeek;
    bool m_applying = false;
    bool m_unitsFilled = false;
    int m_missingGeneration = 0;
};

} // namespace sitegov
