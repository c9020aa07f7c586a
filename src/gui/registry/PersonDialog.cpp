#include "gui/registry/PersonDialog.h"

#include "gui/common/FormDialog.h"
#include "gui/common/UnitPicker.h"
#include "gui/common/UnsavedChanges.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sitegov {

PersonDialog::PersonDialog(AppContext& context, qint64 personId, QWidget* parent, qint64 orgId)
    : QDialog(parent)
    , m_context(context)
    , m_personId(personId)
    , m_name(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_message(FormDialog::messageLine(this))
{
    setWindowTitle(personId == 0 ? tr("New person") : tr("Edit person"));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_unit->setObjectName(QStringLiteral("personUnitCombo"));
    m_title->setObjectName(QStringLiteral("personTitleEdit"));
    m_phone->setObjectName(QStringLiteral("personPhoneEdit"));
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_unit->setMinimumContentsLength(28);
    const auto units = RegistryQueries(context.database->connection()).unitChoices(context.session);
    ChoiceBox::fill(m_unit, units ? *units : QList<Choice>{}, false);
    ChoiceBox::select(m_unit, orgId);
    if (personId != 0) {
        if (const auto p = PersonService(context.database->connection()).personById(personId)) {
            m_name->setText(p->name);
            ChoiceBox::select(m_unit, p->orgId);
            m_title->setText(p->title);
            m_phone->setText(p->phone);
            m_email->setText(p->email);
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    FormDialog::layOut(this, form, m_message);
    UnsavedChanges::trackForm(this, personId == 0 ? tr("The new responsible person") : tr("The person %1").arg(m_name->text()),
        [this] {
            accept();
            return m_saved != 0;
        });
}

void PersonDialog::reject()
{
    if (UnsavedChanges::confirmClose(this, windowTitle()))
        QDialog::reject();
}

void PersonDialog::accept()
{
    Person p;
    p.id = m_personId;
    p.name = m_name->text().trimmed();
    p.orgId = ChoiceBox::selectedId(m_unit);
    p.title = m_title->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    PersonService persons(m_context.database->connection());
    const qint64 saved = FormDialog::save(
        m_message, m_personId, [&] { return persons.createPerson(m_context.session, p); },
        [&] { return persons.updatePerson(m_context.session, p); });
    if (saved == 0)
        return;
    m_saved = saved;
    QDialog::accept();
}

} // namespace sitegov
