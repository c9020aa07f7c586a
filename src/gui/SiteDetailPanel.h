#pragma once

#include "gui/AppContext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sitegov {

// One site at a glance beside the list: its fields, its flags in words, and who answers for it now
// and before, with the actions an account may take on it.
class SiteDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    SiteDetailPanel(AppContext& context, QWidget* parent);

    void showSite(qint64 siteId);
    qint64 siteId() const { return m_siteId; }
    QTableWidget* assignments() const { return m_assignments; }

Q_SIGNALS:
    void changed(qint64 siteId); // the site or its assignments were changed from here
    void auditRequested(qint64 siteId);

private:
    void edit();
    void changeStatus();
    void assign();
    void endAssignment();

    AppContext& m_context;
    qint64 m_siteId = 0;
    QLabel* m_title;
    QLabel* m_flags;
    QFormLayout* m_form;
    QWidget* m_fields;
    QTableWidget* m_assignments;
    QPushButton* m_edit;
    QPushButton* m_status;
    QPushButton* m_assign;
    QPushButton* m_end;
    QPushButton* m_audit;
};

} // namespace sitegov
