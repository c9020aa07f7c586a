#pragma once

#include "gui/AppContext.h"
#include "storage/AssessmentService.h"
#include "storage/SpotCheckService.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;
class QToolButton;

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
    ~AssessmentDialog() override;

    // For tests and the page: the form's parts by rule key.
    QCheckBox* vetoBox(const QString& key) const { return m_vetoes.value(key).box; }
    QDoubleSpinBox* deductionBox(const QString& key) const { return m_deductions.value(key).spin; }
    QLineEdit* evidenceUrl(const QString& evidenceKey) const;
    QLineEdit* evidenceNote(const QString& evidenceKey) const;
    // The files stored with an item's evidence, and the probe's measurements beside a veto item.
    QLabel* evidenceFiles(const QString& evidenceKey) const;
    QLabel* probeEvidence(const QString& evidenceKey) const { return m_probe.value(evidenceKey); }
    QLabel* scoreLabel() const { return m_score; }
    QDateEdit* deadlineEdit() const { return m_deadline; }
    AssessmentDraft draft() const;
    double shownTotal() const { return m_total; }

    // The actions of the buttons; false (after a message) when they fail.
    bool save();
    bool submit();
    bool confirm();
    bool returnToChecker(const QString& reason);
    // Stores a file (a screenshot, a saved page) with the evidence of an item; with an empty path,
    // asks for it. The form is saved as a draft first.
    bool attachFile(const QString& evidenceKey, const QString& path = {});
    bool removeFile(qint64 fileId);
    // Opens a stored file with the system's viewer (a copy in a temporary folder).
    bool openFile(qint64 fileId);

Q_SIGNALS:
    void changed();
    void confirmed(); // the reviewer confirmed it: it waits in the outbox for the backend

private:
    struct Row
    {
        QCheckBox* box = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLineEdit* url = nullptr;
        QLineEdit* note = nullptr;
        QLabel* files = nullptr;
        QToolButton* attach = nullptr;
    };

    void build();
    void load();
    void updateScore();
    void updateButtons();
    QWidget* evidenceRow(Row& row, const QString& evidenceKey, const QString& findings, const QString& probe = {});
    void showFiles(Row& row, const QString& evidenceKey);
    QString sendingText() const;

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
    QMap<QString, QLabel*> m_probe; // by evidence key
    std::unique_ptr<QTemporaryDir> m_openedFiles;
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
