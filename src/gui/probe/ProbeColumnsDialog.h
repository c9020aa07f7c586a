#pragma once

#include "gui/AppContext.h"
#include "storage/ProbeRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sitegov {

// The columns (栏目) of one site that the probe checks for freshness: each with its address, its
// kind (which sets how long it may go without a new item) and, where the page needs it, a selector
// rule saying where its items are. Add, change and remove, each audited (ProbeSettingsService).
class ProbeColumnsDialog final : public QDialog
{
    Q_OBJECT

public:
    ProbeColumnsDialog(AppContext& context, qint64 siteId, const QString& siteName, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* selectorEdit() const { return m_selector; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }
    bool changedSomething() const { return m_changed; }

private:
    void reload();
    void selectionChanged();
    ProbeColumn fromForm() const;
    void add();
    void save();
    void remove();
    bool report(const Status& status, const QString& title);

    AppContext& m_context;
    qint64 m_siteId;
    QList<ProbeColumn> m_list;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_kind;
    QLineEdit* m_selector;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
    bool m_changed = false;
};

} // namespace sitegov
