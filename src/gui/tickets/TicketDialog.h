#pragma once

#include "gui/AppContext.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitegov {

class FormFields;

// Registers one message of the error-report platform by hand: its number, the site (picked from the
// sites of the account's jurisdiction, found by any part of its code, name or domain, as the other
// forms pick sites), the type, the text and when it was received. Each problem shows beside its
// field; the deadline it will get is said before saving.
class TicketDialog final : public QDialog
{
    Q_OBJECT

public:
    TicketDialog(AppContext& context, QWidget* parent);
    ~TicketDialog() override;

    qint64 savedId() const { return m_saved; }
    QLineEdit* messageEdit() const { return m_message; }
    QComboBox* siteCombo() const { return m_site; }
    QComboBox* kindCombo() const { return m_kind; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QDateTimeEdit* receivedEdit() const { return m_received; }
    // The message beside each field: message_no, site, body, received_at.
    FormFields* fields() const { return m_fields.get(); }

    void accept() override;

private:
    void updateDeadline();

    AppContext& m_context;
    QLineEdit* m_message;
    QComboBox* m_site;
    QComboBox* m_kind;
    QPlainTextEdit* m_body;
    QDateTimeEdit* m_received;
    QLabel* m_deadline;
    QLabel* m_general;
    std::unique_ptr<FormFields> m_fields;
    qint64 m_saved = 0;
};

} // namespace sitegov
