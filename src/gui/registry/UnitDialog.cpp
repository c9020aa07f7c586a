#include "gui/registry/UnitDialog.h"

#include "core/Organisation.h"
#include "gui/common/FormDialog.h"
#include "gui/common/UnitPicker.h"
#include "gui/common/UnsavedChanges.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sitegov {

UnitDialog::UnitDialog(AppContext& context, qint64 unitId, qint64 parentId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_unitId(unitId)
    , m_parentId(parentId)
    , m_name(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_division(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_message(FormDialog::messageLine(this))
{
    setWindowTitle(unitId == 0 ? tr("Add a unit") : tr("Edit unit"));
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_division->setObjectName(QStringLiteral("unitDivisionEdit"));
    m_division->setMaxLength(6);
    m_label->setObjectName(QStringLiteral("unitLabelEdit"));
    m_label->setPlaceholderText(QStringLiteral("jyj"));
    ChoiceBox::addKeys(m_level, Vocabulary::adminLevels());
    ChoiceBox::addKeys(m_kind, QList<OrgKind>{OrgKind::Government, OrgKind::Department});
    OrganisationRepository orgs(context.database->connection());
    QString parentName = tr("(top of the tree)");
    if (unitId != 0) {
        if (const auto o = orgs.byId(unitId)) {
            m_name->setText(o->name);
            m_level->setCurrentIndex(m_level->findData(Vocabulary::key(o->level)));
            m_kind->setCurrentIndex(m_kind->findData(Vocabulary::key(o->kind)));
            m_division->setText(o->divisionCode);
            m_label->setText(o->domainLabel);
            m_parentId = o->parentId;
        }
    } else if (parentId != 0) {
        // A new unit under a parent starts as its department, with the parent's level and code.
        if (const auto p = orgs.byId(parentId)) {
            m_level->setCurrentIndex(m_level->findData(Vocabulary::key(p->level)));
            m_kind->setCurrentIndex(m_kind->findData(Vocabulary::key(OrgKind::Department)));
            m_division->setText(p->divisionCode);
        }
    }
    if (m_parentId != 0) {
        if (const auto p = orgs.byId(m_parentId))
            parentName = p->name;
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Under:"), new QLabel(parentName, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Division code:"), m_division);
    form->addRow(tr("Domain &label:"), m_label);
    FormDialog::layOut(this, form, m_message);
    UnsavedChanges::trackForm(this, unitId == 0 ? tr("The new unit") : tr("The unit %1").arg(m_name->text()), [this] {
        accept();
        return m_saved != 0;
    });
}

void UnitDialog::reject()
{
    if (UnsavedChanges::confirmClose(this, windowTitle()))
        QDialog::reject();
}

void UnitDialog::accept()
{
    Organisation o;
    o.id = m_unitId;
    o.parentId = m_parentId;
    o.name = m_name->text().trimmed();
    o.level = Vocabulary::adminLevel(m_level->currentData().toString()).value_or(AdminLevel::Province);
    o.kind = Vocabulary::orgKind(m_kind->currentData().toString()).value_or(OrgKind::Department);
    o.divisionCode = m_division->text().trimmed();
    o.domainLabel = m_label->text().trimmed().toLower();
    RegistryService registry(m_context.database->connection());
    const qint64 saved = FormDialog::save(
        m_message, m_unitId, [&] { return registry.createOrganisation(m_context.session, o); },
        [&] { return registry.updateOrganisation(m_context.session, o); });
    if (saved == 0)
        return;
    m_saved = saved;
    QDialog::accept();
}

} // namespace sitegov
