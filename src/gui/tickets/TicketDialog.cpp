#include "gui/tickets/TicketDialog.h"

#include "core/OfficeClock.h"
#include "core/SiteRules.h"
#include "gui/common/FormDialog.h"
#include "gui/common/FormFields.h"
#include "gui/common/UnitPicker.h"
#include "storage/CalendarStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryQueries.h"
#include "storage/SiteRepository.h"
#include "storage/TicketService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sitegov {

TicketDialog::TicketDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_message(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_received(new QDateTimeEdit(this))
    , m_deadline(new QLabel(this))
    , m_general(FormDialog::messageLine(this))
    , m_fields(std::make_unique<FormFields>())
{
    setWindowTitle(tr("Register an error report"));
    setObjectName(QStringLiteral("ticketDialog"));
    m_message->setObjectName(QStringLiteral("ticketMessageEdit"));
    m_message->setMaxLength(64);
    m_message->setPlaceholderText(QStringLiteral("ZC2026120801"));
    m_site->setObjectName(QStringLiteral("ticketSiteCombo"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setMinimumContentsLength(30);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    const auto sites = RegistryQueries(context.database->connection()).siteChoicesWithin(context.session);
    ChoiceBox::fill(m_site, sites ? *sites : QList<Choice>{}, false);
    m_site->lineEdit()->setPlaceholderText(tr("Type part of the site's code, name or domain"));
    m_kind->setObjectName(QStringLiteral("ticketKindCombo"));
    for (const TicketKind k : TicketRules::kinds())
        m_kind->addItem(TicketRules::displayName(k), TicketRules::key(k));
    m_body->setObjectName(QStringLiteral("ticketBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(90);
    m_received->setObjectName(QStringLiteral("ticketReceivedEdit"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    const QDateTime now = OfficeClock::now();
    m_received->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_deadline->setObjectName(QStringLiteral("ticketDeadline"));
    m_deadline->setWordWrap(true);

    auto* form = new QFormLayout;
    auto row = [this, form](const QString& text, QWidget* field, bool required) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (required)
            FormFields::markRequired(label);
        form->addRow(label, field);
    };
    row(tr("&Message number:"), m_message, true);
    row(tr("&Site:"), m_site, true);
    row(tr("&Type:"), m_kind, true);
    row(tr("&Received:"), m_received, true);
    form->addRow(QString(), m_deadline);
    row(tr("&Text:"), m_body, true);
    m_fields->add(QStringLiteral("message_no"), m_message);
    m_fields->add(QStringLiteral("site"), m_site);
    m_fields->add(QStringLiteral("body"), m_body);
    m_fields->add(QStringLiteral("received_at"), m_received);
    m_fields->setGeneral(m_general);
    FormDialog::layOut(this, form, m_general,
        tr("A message of the national platform (我为政府网站找错): it goes to the site's unit, which deals with it "
           "within 3 working days."));
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &TicketDialog::updateDeadline);
    updateDeadline();
    if (!sites)
        FormDialog::show(m_general, sites.error().message);
    resize(520, sizeHint().height());
}

TicketDialog::~TicketDialog() = default;

void TicketDialog::updateDeadline()
{
    auto& db = m_context.database->connection();
    if (const auto calendar = CalendarStore(db).calendar()) {
        const QDate day = m_received->date();
        const QDate deadline = calendar->addWorkingDays(day, TicketRules::kWorkingDays);
        QString text = tr("Deadline: %1 (3 working days later)").arg(QLocale().toString(deadline, QLocale::ShortFormat));
        if (!calendar->covers(day.year()) || !calendar->covers(deadline.year()))
            text += QStringLiteral(" ") + tr("The calendar has no holidays of %1: only weekends count.").arg(day.year());
        m_deadline->setText(text);
    }
}

void TicketDialog::accept()
{
    TicketInput in;
    in.messageNo = m_message->text();
    auto& db = m_context.database->connection();
    // The site picked from the list (text that matches no site of the list is none).
    const qint64 siteId = ChoiceBox::selectedId(m_site);
    if (siteId != 0) {
        if (const auto site = SiteRepository(db).byId(siteId))
            in.siteCode = site->code;
    }
    in.kind = TicketRules::kind(m_kind->currentData().toString()).value_or(TicketKind::Inaccurate);
    in.body = m_body->toPlainText();
    in.receivedAt = QDateTime(m_received->date(), m_received->time());
    TicketService service(db);
    QList<Finding> findings;
    for (const TicketService::FieldProblem& p : service.check(in))
        findings << Finding{Finding::Severity::Error, p.field, p.message};
    if (siteId == 0 && !m_site->currentText().trimmed().isEmpty()) {
        for (Finding& f : findings) {
            if (f.field == u"site")
                f.message = tr("Choose the site from the list: no site of your jurisdiction matches \"%1\".")
                                .arg(m_site->currentText().trimmed());
        }
    }
    m_fields->show(findings);
    if (!findings.isEmpty())
        return;
    const auto calendar = CalendarStore(db).calendar();
    if (!calendar)
        return FormDialog::show(m_general, calendar.error().message);
    const auto id = service.add(m_context.session, in, *calendar);
    if (!id) {
        // A number registered already is about the number; the rest about the form.
        const bool aboutNumber = service.byMessageNo(in.messageNo).ok();
        m_fields->show({Finding{Finding::Severity::Error, aboutNumber ? QStringLiteral("message_no") : QString(),
            id.error().message}});
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace sitegov
