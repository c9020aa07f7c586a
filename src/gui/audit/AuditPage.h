#pragma once

#include "gui/common/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace sitegov {

struct AuditFilter;
class ListPane;
class QueryTableModel;
class StateView;

// The audit trail for administrators and directors: filter by time, account and object, read the
// before and after of each change, export what is shown to CSV, and check the hash chain.
class AuditPage final : public Page
{
    Q_OBJECT

public:
    AuditPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Audit trail"); }
    void refresh() override;
    void navigate(const QVariantMap& arguments) override;

    QueryTableModel* model() const { return m_model; }
    // Exports the current filtered list; returns false with a message on failure.
    bool exportCsv(const QString& file, QString* error);
    void verifyChain();

    static QString actionName(const QString& key);
    static QString objectTypeName(const QString& key);

private:
    void applyFilter();
    void showDetail(int row);
    void fillAccounts();
    AuditFilter filter() const;

    QueryTableModel* m_model;
    ListPane* m_pane = nullptr;
    StateView* m_state = nullptr;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_account;
    QComboBox* m_objectType;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_chainStatus;
    QPlainTextEdit* m_detail;
};

} // namespace sitegov
