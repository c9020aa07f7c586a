#pragma once

#include "gui/AppContext.h"
#include "storage/AssessmentService.h"
#include "storage/SpotCheckService.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sitegov {

// The assessment form of one planned site (docs/design/domain.md, "Spot checks"), built from the rule
// set in force: the veto items, then each category's indicators with their deductions (a spin box
// that stops at the indicator's points), the bonus for portals, "has public services" for department
// sites; each veto item and deduction with its evidence (an address and a note), and the daily
// inspections' findings beside the item they concern. The score is computed as it is typed by the
// same ScoringModel the backend uses. The checker saves and submits; a reviewer of the office
// confirms (with the rectification deadline of a failing site) or returns it.
class AssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(AppContext& context, qint64 itemId, QWidget* parent);

    // For tests and the page: the form's parts by rule key.
    QCheckBox* vetoBox(const QString& key) const { return m_vetoes.value(key).box; }
    QDoubleSpinBox* deductionBox(const QString& key) const { return m_deductions.value(key).spin; }
    QLineEdit* evidenceUrl(const QString& evidenceKey) const;
    QLineEdit* evidenceNote(const QString& evidenceKey) const;
    QLabel* scoreLabel() const { return m_score; }
    QDateEdit* deadlineEdit() const { return m_deadline; }
    AssessmentDraft draft() const;
    double shownTotal() const { return m_total; }

    // The actions of the buttons; false (after a message) when they fail.
    bool save();
    bool submit();
    bool confirm();
    bool returnToChecker(const QString& reason);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QCheckBox* box = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLineEdit* url = nullptr;
        QLineEdit* note = nullptr;
    };

    void build();
    void load();
    void updateScore();
    void updateButtons();
    QWidget* evidenceRow(Row& row, const QString& evidenceKey, const QString& findings);

    AppContext& m_context;
    qint64 m_itemId;
    qint64 m_assessmentId = 0;
    AssessmentService m_service;
    SpotCheckItem m_item;
    Period m_month;
    std::optional<AssessmentRecord> m_record;
    bool m_editable = false;
    bool m_reviewable = false;
    double m_total = 0;

    QMap<QString, Row> m_vetoes;
    QMap<QString, Row> m_deductions;
    QCheckBox* m_publicServices = nullptr;
    QDoubleSpinBox* m_bonus = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_state = nullptr;
    QDateEdit* m_deadline = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace sitegov
