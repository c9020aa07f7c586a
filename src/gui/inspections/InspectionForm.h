#pragma once

#include "core/Inspection.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sitegov {

// The daily checklist as a keyboard-driven form: on an item, P (or 1) passes it, F (or 2) fails it
// and opens its note, N (or 3) marks it not applicable, each moving on to the next item; Ctrl+Enter
// saves. A failed item needs a note. "Rest passed" passes every item not yet decided.
class InspectionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionForm(QWidget* parent = nullptr);

    void setChecklist(const Checklist& checklist);
    const Checklist& checklist() const { return m_checklist; }
    // A new inspection (every item undecided) or an existing one's outcomes.
    void clear();
    void setOutcomes(const Outcomes& outcomes, const QString& note);
    void setTitle(const QString& title, const QString& subtitle = {});
    void setReadOnly(bool readOnly);
    void setSaveText(const QString& text);

    void setResult(int row, ItemResult result);
    void setItemNote(int row, const QString& note);
    std::optional<ItemResult> result(int row) const;
    Outcomes outcomes() const;
    QString note() const;
    int decided() const;
    // Changed since it was cleared or filled with saved outcomes (UnsavedChanges asks about it).
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    // Checks the form: the first problem is shown and its item focused; false if there is one.
    bool validate();
    void showProblem(const QString& text);
    void focusItems();
    void markRestPassed();

    QTableWidget* items() const { return m_items; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested();
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshRow(int row);
    void updateProgress();
    void moveTo(int row);
    void updateNoteVisibility();

    Checklist m_checklist;
    QList<std::optional<ItemResult>> m_results;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTableWidget* m_items;
    QLineEdit* m_note;
    QLabel* m_progress;
    QLabel* m_problem;
    QLabel* m_readOnlyNotice;
    QLabel* m_legend = nullptr;
    QPushButton* m_restPassed;
    QPushButton* m_save;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_modified = false;
};

} // namespace sitegov
