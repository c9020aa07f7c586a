#pragma once

#include "gui/AppContext.h"
#include "storage/TicketService.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitegov {

// One error-report ticket beside the list: the message, where it went, its deadline, the unit's
// reply and the office's verdict; and the next steps the account may take: reply, verify (valid or
// not), close. Each step is saved at once (audited) and the list is told.
class TicketDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    TicketDetailPanel(AppContext& context, QWidget* parent);

    void showTicket(qint64 id);
    qint64 ticketId() const { return m_ticket.id; }

    QPushButton* replyButton() const { return m_reply; }
    QPushButton* validButton() const { return m_valid; }
    QPushButton* notValidButton() const { return m_notValid; }
    QPushButton* closeButton() const { return m_close; }

    void reply();
    void verify(bool valid);
    void closeTicket();

Q_SIGNALS:
    void changed(qint64 id);
    void statusMessage(const QString& text);

private:
    void done(const Status& status, const QString& message);
    QLabel* value(const char* name);

    AppContext& m_context;
    TicketRecord m_ticket;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_site;
    QLabel* m_unit;
    QLabel* m_person;
    QLabel* m_kind;
    QLabel* m_received;
    QLabel* m_deadline;
    QLabel* m_status;
    QLabel* m_verdict;
    QPlainTextEdit* m_text;
    QLabel* m_replyText;
    QPushButton* m_reply;
    QPushButton* m_valid;
    QPushButton* m_notValid;
    QPushButton* m_close;
};

} // namespace sitegov
