#include "gui/registry/AssignDialog.h"

#include "core/OfficeClock.h"
#include "gui/common/FormDialog.h"
#include "gui/common/UnitPicker.h"
#include "gui/registry/PersonDialog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sitegov {

AssignDialog::AssignDialog(AppContext& context, qint64 siteId, AssignmentRole role, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_siteId(siteId)
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_start(new QDateEdit(OfficeClock::today(), this))
    , m_note(new QLineEdit(this))
    , m_current(new QLabel(this))
    , m_message(FormDialog::messageLine(this))
{
    setWindowTitle(tr("Assign a responsible person"));
    m_role->setObjectName(QStringLiteral("assignRoleCombo"));
    m_person->setObjectName(QStringLiteral("assignPersonCombo"));
    m_start->setObjectName(QStringLiteral("assignStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_person->setMinimumContentsLength(28);
    for (AssignmentRole r : RegistryVocabulary::roles())
        m_role->addItem(RegistryVocabulary::displayName(r), RegistryVocabulary::key(r));
    m_role->setCurrentIndex(m_role->findData(RegistryVocabulary::key(role)));
    m_current->setWordWrap(true);

    const auto site = SiteRepository(context.database->connection()).byId(siteId);
    auto* siteLabel = new QLabel(site ? QStringLiteral("%1 %2").arg(site->code, site->name) : QString(), this);
    auto* newPerson = new QPushButton(tr("New &person…"), this);
    newPerson->setObjectName(QStringLiteral("newPersonButton"));
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(m_person, 1);
    personRow->addWidget(newPerson);

    auto* form = new QFormLayout;
    form->addRow(tr("Site:"), siteLabel);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Now:"), m_current);
    // A label with a buddy: its mnemonic works (a row made of a layout gets none, and shows the "&").
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, personRow);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("N&ote:"), m_note);
    FormDialog::layOut(this, form, m_message);

    auto showCurrent = [this] {
        const auto chosen = RegistryVocabulary::role(m_role->currentData().toString());
        const auto list = PersonService(m_context.database->connection()).assignmentsOfSite(m_siteId);
        QString text = tr("nobody");
        if (list && chosen) {
            for (const AssignmentView& v : *list) {
                if (v.assignment.role == *chosen && v.assignment.isCurrent())
                    text = tr("%1, since %2 (hands over the day before the new start)")
                               .arg(v.personName, v.assignment.startOn.toString(Qt::ISODate));
            }
        }
        m_current->setText(text);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showCurrent);
    connect(newPerson, &QPushButton::clicked, this, [this, site] {
        PersonDialog dialog(m_context, 0, this, site ? site->hostOrgId : 0);
        if (dialog.exec() == QDialog::Accepted)
            reloadPersons(dialog.savedPersonId());
    });
    reloadPersons();
    showCurrent();
}

void AssignDialog::reloadPersons(qint64 select)
{
    const auto persons = RegistryQueries(m_context.database->connection()).personChoices(m_context.session);
    ChoiceBox::fill(m_person, persons ? *persons : QList<Choice>{}, false);
    if (select != 0)
        ChoiceBox::select(m_person, select);
}

void AssignDialog::accept()
{
    const qint64 person = ChoiceBox::selectedId(m_person);
    if (person == 0) {
        FormDialog::show(m_message, tr("Choose the person from the list, or add a new person."));
        return;
    }
    const auto role = RegistryVocabulary::role(m_role->currentData().toString());
    const auto id = PersonService(m_context.database->connection())
                        .assign(m_context.session, m_siteId, person, role.value_or(AssignmentRole::Caretaker),
                            m_start->date(), m_note->text());
    if (!id) {
        FormDialog::show(m_message, id.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sitegov
