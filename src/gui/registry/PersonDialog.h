#pragma once

#include "gui/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sitegov {

// Adds or edits a responsible person.
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(AppContext& context, qint64 personId, QWidget* parent, qint64 orgId = 0);
    qint64 savedPersonId() const { return m_saved; }

public Q_SLOTS:
    void accept() override;
    // Escape, Cancel or the close button: unsaved changes are asked about first.
    void reject() override;

private:
    AppContext& m_context;
    qint64 m_personId;
    qint64 m_saved = 0;
    QLineEdit* m_name;
    QComboBox* m_unit;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_message;
};

} // namespace sitegov
