#include "gui/tickets/TicketDetailPanel.h"

#include "core/OfficeClock.h"
#include "gui/common/DetailPanel.h"
#include "gui/common/InputDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/ConsoleDatabase.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitegov {

TicketDetailPanel::TicketDetailPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("Choose a ticket to see it here."), this))
    , m_body(new QWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_replyText(new QLabel(this))
    , m_reply(new QPushButton(tr("&Reply…"), this))
    , m_valid(new QPushButton(tr("&Valid"), this))
    , m_notValid(new QPushButton(tr("N&ot valid"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(QStringLiteral("ticketDetail"));
    DetailPanel::setTitleStyle(m_title);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_empty->setWordWrap(true);
    m_site = value("ticketSite");
    m_unit = value("ticketUnit");
    m_person = value("ticketPerson");
    m_kind = value("ticketKind");
    m_received = value("ticketReceived");
    m_deadline = value("ticketDeadlineValue");
    m_status = value("ticketStatus");
    m_verdict = value("ticketVerdict");
    m_text->setObjectName(QStringLiteral("ticketText"));
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(110);
    m_text->setAccessibleName(tr("Message"));
    m_replyText->setObjectName(QStringLiteral("ticketReply"));
    m_replyText->setWordWrap(true);
    m_replyText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Responsible:"), m_person);
    form->addRow(tr("Type:"), m_kind);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Verified:"), m_verdict);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_reply->setObjectName(QStringLiteral("ticketReplyButton"));
    m_reply->setToolTip(tr("Record the unit's reply (Ctrl+R)"));
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_valid->setObjectName(QStringLiteral("ticketValidButton"));
    m_valid->setToolTip(tr("The office finds the message valid"));
    m_notValid->setObjectName(QStringLiteral("ticketNotValidButton"));
    m_notValid->setToolTip(tr("The office finds the message not valid"));
    m_close->setObjectName(QStringLiteral("ticketCloseButton"));
    m_close->setToolTip(tr("Close the ticket (办结): after the verdict, and for a valid message after the reply"));
    connect(m_reply, &QPushButton::clicked, this, &TicketDetailPanel::reply);
    connect(m_valid, &QPushButton::clicked, this, [this] { verify(true); });
    connect(m_notValid, &QPushButton::clicked, this, [this] { verify(false); });
    connect(m_close, &QPushButton::clicked, this, &TicketDetailPanel::closeTicket);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_reply, m_valid, m_notValid, m_close})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form);
    body->addWidget(new QLabel(tr("Message:"), m_body));
    body->addWidget(m_text);
    body->addWidget(new QLabel(tr("Reply:"), m_body));
    body->addWidget(m_replyText);
    body->addLayout(buttons);
    body->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    showTicket(0);
}

QLabel* TicketDetailPanel::value(const char* name)
{
    auto* l = new QLabel(this);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void TicketDetailPanel::showTicket(qint64 id)
{
    const auto t = id != 0 ? TicketService(m_context.database->connection()).byId(id) : Result<TicketRecord>(Error{});
    if (!t) {
        m_ticket = TicketRecord{};
        m_title->setText(tr("Error report"));
        m_empty->setText(id == 0 ? tr("Choose a ticket to see it here.") : t.error().message);
        m_empty->show();
        m_body->hide();
        return;
    }
    m_ticket = *t;
    const QDate today = OfficeClock::today();
    const QLocale locale;
    m_title->setText(tr("Message %1").arg(t->messageNo));
    m_site->setText(QStringLiteral("%1 (%2)").arg(t->siteName, t->siteCode));
    m_unit->setText(t->unitName);
    m_person->setText(t->personName.isEmpty() ? tr("No responsible person registered") : t->personName);
    // The platform's own word beside the translated one, where they differ.
    const QString kind = TicketRules::displayName(t->kind);
    m_kind->setText(kind == TicketRules::chinese(t->kind) ? kind : kind + QStringLiteral(" · ") + TicketRules::chinese(t->kind));
    m_received->setText(locale.toString(t->receivedAt, QLocale::ShortFormat));
    const bool overdue = t->isOverdue(today);
    m_deadline->setText(overdue ? tr("%1, overdue").arg(locale.toString(t->deadline, QLocale::ShortFormat))
                                : locale.toString(t->deadline, QLocale::ShortFormat));
    m_deadline->setStyleSheet(overdue ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    QString status = TicketRules::displayName(t->status);
    if (t->status == TicketStatus::Closed)
        status = t->closedOn <= t->deadline ? tr("Closed on %1, on time").arg(locale.toString(t->closedOn, QLocale::ShortFormat))
                                            : tr("Closed on %1, late").arg(locale.toString(t->closedOn, QLocale::ShortFormat));
    m_status->setText(status);
    m_verdict->setText(!t->valid ? tr("Not yet")
            : *t->valid          ? tr("Valid (%1)").arg(locale.toString(t->verifiedOn, QLocale::ShortFormat))
                                 : tr("Not valid (%1)").arg(locale.toString(t->verifiedOn, QLocale::ShortFormat)));
    m_text->setPlainText(t->body);
    m_replyText->setText(t->reply.isEmpty() ? tr("No reply yet.")
                                            : tr("%1 (%2)").arg(t->reply, locale.toString(t->repliedOn, QLocale::ShortFormat)));
    const bool open = t->status != TicketStatus::Closed;
    const bool may = m_context.session.can(Action::ManageRectification);
    m_reply->setEnabled(open && may);
    m_valid->setEnabled(open && may && t->valid != std::optional<bool>(true));
    m_notValid->setEnabled(open && may && t->valid != std::optional<bool>(false));
    m_close->setEnabled(open && may && t->valid && (!*t->valid || t->status == TicketStatus::Replied));
    m_empty->hide();
    m_body->show();
}

void TicketDetailPanel::done(const Status& status, const QString& message)
{
    if (!status) {
        MessageBox::warning(this, tr("Error report"), status.error().message, status.error().detail);
        return;
    }
    const qint64 id = m_ticket.id;
    showTicket(id);
    Q_EMIT statusMessage(message);
    Q_EMIT changed(id);
}

void TicketDetailPanel::reply()
{
    if (m_ticket.id == 0 || !m_reply->isEnabled())
        return;
    const auto text = InputDialog::getMultiLineText(
        this, tr("Reply to %1").arg(m_ticket.messageNo), tr("The unit's reply, as sent to the platform:"));
    if (!text)
        return;
    done(TicketService(m_context.database->connection()).reply(m_context.session, m_ticket.id, *text, OfficeClock::today()),
        tr("The reply to %1 is recorded.").arg(m_ticket.messageNo));
}

void TicketDetailPanel::verify(bool valid)
{
    if (m_ticket.id == 0)
        return;
    done(TicketService(m_context.database->connection()).verify(m_context.session, m_ticket.id, valid, OfficeClock::today()),
        valid ? tr("%1 is valid.").arg(m_ticket.messageNo) : tr("%1 is not valid.").arg(m_ticket.messageNo));
}

void TicketDetailPanel::closeTicket()
{
    if (m_ticket.id == 0)
        return;
    done(TicketService(m_context.database->connection()).close(m_context.session, m_ticket.id, OfficeClock::today()),
        tr("%1 is closed.").arg(m_ticket.messageNo));
}

} // namespace sitegov
