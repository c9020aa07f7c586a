#pragma once

#include "core/Checklist.h"
#include "gui/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sitegov {

// The daily checklist as an administrator edits it: items with their names and hints in both
// languages and the default rectification deadline; import and export as JSON. Saving stores a
// new version (audited); inspections already made keep the version they were made with.
class ChecklistDialog final : public QDialog
{
    Q_OBJECT

public:
    ChecklistDialog(AppContext& context, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    void load(const Checklist& checklist);
    // The list as edited, validated as the resource file is; an error names the row and field.
    Result<Checklist> edited() const;
    // Saves a new version; false (with the reason shown) when the list is not valid.
    bool save();
    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    qint64 savedVersion() const { return m_saved; }
    QString problem() const;

private:
    void addItem();
    void removeItem();
    void moveItem(int step);
    void showProblem(const QString& text);

    AppContext& m_context;
    QLineEdit* m_title;
    QTableWidget* m_table;
    QLabel* m_version;
    QLabel* m_problem;
    qint64 m_saved = 0;
};

} // namespace sitegov
