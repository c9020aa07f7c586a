#include "gui/registry/SiteDialog.h"

#include "core/OfficeClock.h"
#include "core/SiteRules.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UnitPicker.h"
#include "gui/common/UnsavedChanges.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "ui_SiteDialog.h"

#include <QPushButton>
#include <QUrl>

namespace sitegov {

SiteDialog::SiteDialog(AppContext& context, qint64 siteId, QWidget* parent, qint64 hostOrgId)
    : QDialog(parent)
    , m_ui(new Ui::SiteDialog)
    , m_context(context)
    , m_siteId(siteId)
{
    m_ui->setupUi(this);
    setWindowTitle(siteId == 0 ? tr("Register a site") : tr("Edit site"));
    ChoiceBox::addKeys(m_ui->kindCombo, Vocabulary::siteKinds());
    ChoiceBox::addKeys(m_ui->statusCombo, Vocabulary::siteStatuses());
    ChoiceBox::addKeys(m_ui->platformCombo, Vocabulary::platforms());
    RegistryQueries queries(context.database->connection());
    const auto units = queries.unitChoices(context.session);
    ChoiceBox::fill(m_ui->hostCombo, units ? *units : QList<Choice>{}, false);
    const auto all = queries.unitChoices(Session::system(QStringLiteral("picker")));
    ChoiceBox::fill(m_ui->supervisorCombo, all ? *all : QList<Choice>{}, true, tr("(same as the host unit)"));
    m_ui->openedEdit->setDate(OfficeClock::today());
    m_ui->closedEdit->setDate(OfficeClock::today());
    m_ui->openedEdit->setEnabled(false);
    m_ui->closedEdit->setEnabled(false);
    m_ui->findingsLabel->setObjectName(QStringLiteral("findingsLabel"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    if (siteId != 0) {
        const auto site = SiteRepository(context.database->connection()).byId(siteId);
        if (site)
            load(*site);
    } else {
        Site fresh;
        fresh.status = SiteStatus::Planned;
        fresh.platform = Platform::Unified;
        fresh.hostOrgId = hostOrgId;
        load(fresh);
        suggestCode();
    }

    for (QLineEdit* e : {m_ui->codeEdit, m_ui->nameEdit, m_ui->domainEdit, m_ui->urlEdit, m_ui->operatorEdit,
             m_ui->icpEdit, m_ui->psbEdit})
        connect(e, &QLineEdit::textChanged, this, &SiteDialog::recheck);
    for (QComboBox* c : {m_ui->kindCombo, m_ui->statusCombo, m_ui->platformCombo, m_ui->supervisorCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &SiteDialog::recheck);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, [this] {
        suggestCode();
        recheck();
    });
    connect(m_ui->openedCheck, &QCheckBox::toggled, m_ui->openedEdit, &QWidget::setEnabled);
    connect(m_ui->closedCheck, &QCheckBox::toggled, m_ui->closedEdit, &QWidget::setEnabled);
    for (QCheckBox* c : {m_ui->openedCheck, m_ui->closedCheck})
        connect(c, &QCheckBox::toggled, this, &SiteDialog::recheck);
    for (QDateEdit* d : {m_ui->openedEdit, m_ui->closedEdit})
        connect(d, &QDateEdit::dateChanged, this, &SiteDialog::recheck);
    // Typing a domain fills the address, and the other way round, while the other is empty.
    connect(m_ui->domainEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->urlEdit->text().trimmed().isEmpty() && !m_ui->domainEdit->text().trimmed().isEmpty())
            m_ui->urlEdit->setText(QStringLiteral("https://%1/").arg(m_ui->domainEdit->text().trimmed().toLower()));
    });
    connect(m_ui->urlEdit, &QLineEdit::editingFinished, this, [this] {
        const QUrl url(m_ui->urlEdit->text().trimmed());
        if (m_ui->domainEdit->text().trimmed().isEmpty() && !url.host().isEmpty())
            m_ui->domainEdit->setText(url.host().toLower());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SiteDialog::reject);
    recheck();
    UnsavedChanges::trackForm(this, siteId == 0 ? tr("The new site") : tr("The site %1").arg(m_ui->nameEdit->text()),
        [this] {
            if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
                return false; // the errors shown in red come first
            accept();
            return m_savedId != 0;
        });
}

void SiteDialog::reject()
{
    if (UnsavedChanges::confirmClose(this, windowTitle()))
        QDialog::reject();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::load(const Site& s)
{
    m_flags = s.flags;
    m_ui->codeEdit->setText(s.code);
    m_ui->nameEdit->setText(s.name);
    m_ui->domainEdit->setText(s.domain);
    m_ui->urlEdit->setText(s.url);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Vocabulary::key(s.kind)));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(Vocabulary::key(s.status)));
    m_ui->platformCombo->setCurrentIndex(m_ui->platformCombo->findData(Vocabulary::key(s.platform)));
    ChoiceBox::select(m_ui->hostCombo, s.hostOrgId);
    ChoiceBox::select(m_ui->supervisorCombo, s.supervisorOrgId);
    m_ui->operatorEdit->setText(s.operatorName);
    m_ui->icpEdit->setText(s.icpFiling);
    m_ui->psbEdit->setText(s.psbFiling);
    m_ui->openedCheck->setChecked(s.openedOn.isValid());
    if (s.openedOn.isValid())
        m_ui->openedEdit->setDate(s.openedOn);
    m_ui->closedCheck->setChecked(s.closedOn.isValid());
    if (s.closedOn.isValid())
        m_ui->closedEdit->setDate(s.closedOn);
    m_ui->notesEdit->setPlainText(s.notes);
}

Site SiteDialog::site() const
{
    Site s;
    s.id = m_siteId;
    s.code = m_ui->codeEdit->text().trimmed();
    s.name = m_ui->nameEdit->text().trimmed();
    s.domain = m_ui->domainEdit->text().trimmed().toLower();
    s.url = m_ui->urlEdit->text().trimmed();
    s.kind = Vocabulary::siteKind(m_ui->kindCombo->currentData().toString()).value_or(SiteKind::Portal);
    s.status = Vocabulary::siteStatus(m_ui->statusCombo->currentData().toString()).value_or(SiteStatus::Planned);
    s.platform = Vocabulary::platform(m_ui->platformCombo->currentData().toString()).value_or(Platform::Standalone);
    s.hostOrgId = ChoiceBox::selectedId(m_ui->hostCombo);
    s.supervisorOrgId = ChoiceBox::selectedId(m_ui->supervisorCombo);
    s.operatorName = m_ui->operatorEdit->text().trimmed();
    s.icpFiling = m_ui->icpEdit->text().trimmed();
    s.psbFiling = m_ui->psbEdit->text().trimmed();
    s.openedOn = m_ui->openedCheck->isChecked() ? m_ui->openedEdit->date() : QDate();
    s.closedOn = m_ui->closedCheck->isChecked() ? m_ui->closedEdit->date() : QDate();
    s.notes = m_ui->notesEdit->toPlainText().trimmed();
    s.flags = m_flags;
    return s;
}

void SiteDialog::suggestCode()
{
    // A new site's code: its unit's division code and the next free serial.
    if (m_siteId != 0 || (!m_ui->codeEdit->text().trimmed().isEmpty() && m_ui->codeEdit->isModified()))
        return;
    const qint64 host = ChoiceBox::selectedId(m_ui->hostCombo);
    if (host == 0)
        return;
    const auto org = OrganisationRepository(m_context.database->connection()).byId(host);
    if (!org)
        return;
    const auto next = RegistryQueries(m_context.database->connection()).nextSiteCode(org->divisionCode);
    if (next)
        m_ui->codeEdit->setText(*next);
}

void SiteDialog::recheck()
{
    const QList<Finding> findings = RegistryService(m_context.database->connection()).check(site());
    QStringList lines;
    for (const Finding& f : findings) {
        lines << (f.isError() ? QStringLiteral("<span style='color:#c62828'>✘ %1</span>")
                              : QStringLiteral("<span style='color:#b26a00'>⚠ %1</span>"))
                     .arg(f.message.toHtmlEscaped());
    }
    m_ui->findingsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->findingsLabel->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!SiteRules::hasErrors(findings));
}

void SiteDialog::accept()
{
    RegistryService registry(m_context.database->connection());
    const Site s = site();
    if (m_siteId == 0) {
        const auto id = registry.registerSite(m_context.session, s);
        if (!id) {
            MessageBox::warning(this, windowTitle(), id.error().fullText());
            return;
        }
        m_savedId = *id;
    } else {
        if (const Status st = registry.updateSite(m_context.session, s); !st) {
            MessageBox::warning(this, windowTitle(), st.error().fullText());
            return;
        }
        m_savedId = m_siteId;
    }
    QDialog::accept();
}

} // namespace sitegov
