#pragma once

#include "core/Registry.h"
#include "gui/AppContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sitegov {

// Assigns a person to a role on a site from a date; the current holder of the role hands over.
class AssignDialog final : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(AppContext& context, qint64 siteId, AssignmentRole role, QWidget* parent);

public Q_SLOTS:
    void accept() override;

private:
    void reloadPersons(qint64 select = 0);

    AppContext& m_context;
    qint64 m_siteId;
    QComboBox* m_role;
    QComboBox* m_person;
    QDateEdit* m_start;
    QLineEdit* m_note;
    QLabel* m_current;
    QLabel* m_message;
};

} // namespace sitegov
