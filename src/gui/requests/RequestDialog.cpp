#include "gui/requests/RequestDialog.h"

#include "core/Domain.h"
#include "core/SiteRules.h"
#include "gui/common/FileDialog.h"
#include "gui/common/FormFields.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UnitPicker.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/requests/RequestDetailPanel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryQueries.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/RequestWorkflow.h"
#include "storage/SiteRepository.h"
#include "storage/UserFile.h"
#include "ui_RequestDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>

namespace sitegov {

RequestDialog::RequestDialog(AppContext& context, qint64 requestId, QWidget* parent,
    std::optional<RequestType> initialType, qint64 siteId)
    : QDialog(parent)
    , m_ui(new Ui::RequestDialog)
    , m_context(context)
    , m_requestId(requestId)
    , m_initialSite(siteId)
    , m_fields(new FormFields)
{
    m_ui->setupUi(this);
    setWindowTitle(requestId == 0 ? tr("New request") : tr("Edit request %1").arg(requestId));
    for (RequestType t : RequestRules::types())
        m_ui->typeCombo->addItem(RequestRules::displayName(t), RequestRules::key(t));
    // No type is chosen for the user: closing, merging or changing a site is a choice to make.
    m_ui->typeCombo->setPlaceholderText(tr("(choose the type of request)"));
    m_ui->typeCombo->setCurrentIndex(-1);

    // Required fields marked; each check's finding shown beside its field.
    for (QLabel* l : {m_ui->typeLabel, m_ui->unitLabel, m_ui->siteLabel, m_ui->targetLabel, m_ui->reasonLabel,
             m_ui->proposalNameLabel, m_ui->proposalCodeLabel, m_ui->proposalDomainLabel})
        FormFields::markRequired(l);
    m_ui->requiredNote->setObjectName(QStringLiteral("requiredNote"));
    m_ui->requiredNote->setText(QStringLiteral("<span style=\"color:#c62828\">*</span> ") + tr("required").toHtmlEscaped());
    m_ui->requiredNote->setTextFormat(Qt::RichText);
    m_fields->add(QStringLiteral("type"), m_ui->typeCombo);
    m_fields->add(QStringLiteral("unit"), m_ui->unitCombo);
    m_fields->add(QStringLiteral("site"), m_ui->siteCombo);
    m_fields->add(QStringLiteral("target"), m_ui->targetCombo);
    m_fields->add(QStringLiteral("title"), m_ui->titleEdit);
    m_fields->add(QStringLiteral("reason"), m_ui->reasonEdit);
    m_fields->add(QStringLiteral("justification"), m_ui->justificationEdit);
    m_fields->add(QStringLiteral("attachments"), m_ui->attachmentsTable);
    m_fields->setGeneral(m_ui->findingsLabel);
    for (AttachmentKind k : RequestRules::attachmentKinds())
        m_ui->attachKindCombo->addItem(RequestRules::displayName(k), RequestRules::key(k));
    ChoiceBox::addKeys(m_ui->proposalKindCombo, Vocabulary::siteKinds());
    ChoiceBox::addKeys(m_ui->proposalPlatformCombo, Vocabulary::platforms());
    m_ui->proposalKindCombo->setCurrentIndex(m_ui->proposalKindCombo->findData(Vocabulary::key(SiteKind::Department)));
    m_ui->proposalPlatformCombo->setCurrentIndex(m_ui->proposalPlatformCombo->findData(Vocabulary::key(Platform::Unified)));

    RegistryQueries queries(context.database->connection());
    const auto units = queries.unitChoices(context.session);
    ChoiceBox::fill(m_ui->unitCombo, units ? *units : QList<Choice>{}, false);
    ChoiceBox::fill(m_ui->newHostCombo, units ? *units : QList<Choice>{}, true, tr("(unchanged)"));

    m_ui->attachmentsTable->setColumnCount(3);
    m_ui->attachmentsTable->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Size")});
    m_ui->attachmentsTable->verticalHeader()->setVisible(false);
    m_ui->attachmentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->attachmentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->attachmentsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->attachmentsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->attachmentsTable->setAccessibleName(tr("Attachments"));

    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_saveButton = m_ui->buttonBox->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Keep the request as a draft to finish later (Ctrl+S)"));
    m_submitButton = m_ui->buttonBox->addButton(tr("Save and &submit"), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submitButton->setToolTip(tr("Send the request to the first step of its approval chain (Ctrl+Enter)"));
    m_submitButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save(false))
            QDialog::accept();
    });
    connect(m_submitButton, &QPushButton::clicked, this, [this] {
        if (save(true))
            QDialog::accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The submit button is the AcceptRole one: Enter in a line edit must not bypass save().
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);

    m_loading = true;
    if (initialType)
        m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(RequestRules::key(*initialType)));
    if (requestId != 0)
        load();
    else if (siteId != 0) {
        // A request about a given site: its host unit files it.
        if (const auto site = SiteRepository(context.database->connection()).byId(siteId))
            ChoiceBox::select(m_ui->unitCombo, site->hostOrgId);
    } else if (context.session.orgId != 0) {
        ChoiceBox::select(m_ui->unitCombo, context.session.orgId);
    }
    m_loading = false;
    unitChanged();
    typeChanged();

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &RequestDialog::typeChanged);
    connect(m_ui->unitCombo, &QComboBox::currentTextChanged, this, &RequestDialog::unitChanged);
    for (QComboBox* c : {m_ui->siteCombo, m_ui->targetCombo, m_ui->newHostCombo})
        connect(c, &QComboBox::currentTextChanged, this, &RequestDialog::recheck);
    for (QComboBox* c : {m_ui->proposalKindCombo, m_ui->proposalPlatformCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &RequestDialog::recheck);
    for (QLineEdit* e : {m_ui->proposalNameEdit, m_ui->proposalCodeEdit, m_ui->proposalDomainEdit, m_ui->proposalOperatorEdit,
             m_ui->newNameEdit, m_ui->newDomainEdit, m_ui->titleEdit})
        connect(e, &QLineEdit::textChanged, this, &RequestDialog::recheck);
    for (QPlainTextEdit* e : {m_ui->reasonEdit, m_ui->justificationEdit})
        connect(e, &QPlainTextEdit::textChanged, this, &RequestDialog::recheck);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, &RequestDialog::chooseFile);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, &RequestDialog::removeSelectedFile);
    recheck();
    // The type first: the form follows it.
    if (!type())
        m_ui->typeCombo->setFocus();
    UnsavedChanges::trackForm(
        this, requestId == 0 ? tr("The new request") : tr("Request %1").arg(requestId),
        [this] {
            // Kept as a draft: nothing is sent on without the user's Save and submit.
            if (!m_saveButton->isEnabled() || !save(false))
                return false;
            QDialog::accept();
            return true;
        },
        [this] { return filesChanged(); });
}

RequestDialog::~RequestDialog() = default;

void RequestDialog::reject()
{
    if (UnsavedChanges::confirmClose(this, windowTitle()))
        QDialog::reject();
}

bool RequestDialog::filesChanged() const
{
    if (!m_removed.isEmpty())
        return true;
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const PendingFile& f) { return f.savedId == 0; });
}

std::optional<RequestType> RequestDialog::type() const
{
    return RequestRules::requestType(m_ui->typeCombo->currentData().toString());
}

void RequestDialog::load()
{
    const auto r = RequestQueries(m_context.database->connection()).byId(m_requestId);
    if (!r)
        return;
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(RequestRules::key(r->draft.type))));
    ChoiceBox::select(m_ui->unitCombo, r->draft.unitId);
    m_initialSite = r->draft.siteId;
    m_ui->titleEdit->setText(r->draft.title);
    // A returned request: why, at the top of the form, to be read before changing it.
    if (r->state == RequestState::Returned) {
        const auto steps = RequestQueries(m_context.database->connection()).steps(m_requestId);
        const QString opinion = RequestDetailPanel::latestOpinion(m_context, *r, steps ? *steps : QList<ChainStep>{});
        if (!opinion.isEmpty()) {
            auto* label = new QLabel(opinion, this);
            label->setObjectName(QStringLiteral("requestOpinion"));
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            label->setFrameShape(QFrame::StyledPanel);
            label->setMargin(6);
            m_ui->verticalLayout->insertWidget(0, label);
        }
    }
    m_ui->reasonEdit->setPlainText(r->draft.reason);
    m_ui->justificationEdit->setPlainText(r->draft.justification);
    const Site& p = r->draft.proposal;
    if (r->draft.type == RequestType::Open) {
        m_ui->proposalNameEdit->setText(p.name);
        m_ui->proposalCodeEdit->setText(p.code);
        m_ui->proposalDomainEdit->setText(p.domain);
        m_ui->proposalOperatorEdit->setText(p.operatorName);
        m_ui->proposalKindCombo->setCurrentIndex(qMax(0, m_ui->proposalKindCombo->findData(Vocabulary::key(p.kind))));
        m_ui->proposalPlatformCombo->setCurrentIndex(
            qMax(0, m_ui->proposalPlatformCombo->findData(Vocabulary::key(p.platform))));
    } else if (r->draft.type == RequestType::Change) {
        m_ui->newNameEdit->setText(p.name);
        m_ui->newDomainEdit->setText(p.domain);
        ChoiceBox::select(m_ui->newHostCombo, p.hostOrgId);
    }
    m_initialTarget = r->draft.targetSiteId;
    if (const auto files = RequestAttachments(m_context.database->connection()).list(m_requestId)) {
        for (const AttachmentInfo& a : *files)
            m_files << PendingFile{a.id, a.kind, QString(), a.fileName, a.size};
    }
    refreshFiles();
}

void RequestDialog::typeChanged()
{
    const std::optional<RequestType> t = type();
    const bool opening = t == RequestType::Open;
    m_ui->formLayout->setRowVisible(m_ui->siteCombo, t && !opening);
    m_ui->formLayout->setRowVisible(m_ui->targetCombo, t == RequestType::Merge);
    // A justification is asked of units that in principle open no site of their own.
    m_ui->formLayout->setRowVisible(m_ui->justificationEdit, opening);
    m_ui->proposalGroup->setVisible(opening);
    m_ui->changeGroup->setVisible(t == RequestType::Change);
    // Opening: the requesting unit is the new site's host, which the rules speak of.
    m_ui->unitLabel->setText(opening ? tr("&Host unit (requesting):") : tr("Requesting &unit:"));
    // The fields the rules' findings are about, for this type.
    if (opening) {
        m_fields->add(QStringLiteral("host"), m_ui->unitCombo);
        m_fields->add(QStringLiteral("name"), m_ui->proposalNameEdit);
        m_fields->add(QStringLiteral("code"), m_ui->proposalCodeEdit);
        m_fields->add(QStringLiteral("domain"), m_ui->proposalDomainEdit);
        m_fields->add(QStringLiteral("url"), m_ui->proposalDomainEdit);
        m_fields->add(QStringLiteral("kind"), m_ui->proposalKindCombo);
        m_fields->add(QStringLiteral("platform"), m_ui->proposalPlatformCombo);
    } else if (t == RequestType::Change) {
        m_fields->add(QStringLiteral("host"), m_ui->newHostCombo);
        m_fields->add(QStringLiteral("name"), m_ui->newNameEdit);
        m_fields->add(QStringLiteral("domain"), m_ui->newDomainEdit);
        m_fields->add(QStringLiteral("url"), m_ui->newDomainEdit);
        m_fields->add(QStringLiteral("code"), m_ui->siteCombo);
        m_fields->add(QStringLiteral("proposal"), m_ui->newNameEdit);
    }
    // The file each type most needs, offered first.
    const AttachmentKind likely = opening ? AttachmentKind::SecurityReport
        : t == RequestType::Close || t == RequestType::Merge ? AttachmentKind::MigrationEvidence
                                                             : AttachmentKind::Letter;
    m_ui->attachKindCombo->setCurrentIndex(qMax(0, m_ui->attachKindCombo->findData(RequestRules::key(likely))));
    recheck();
    adjustSize();
}

void RequestDialog::unitChanged()
{
    if (m_loading)
        return;
    const qint64 unit = ChoiceBox::selectedId(m_ui->unitCombo);
    RegistryQueries queries(m_context.database->connection());
    const qint64 site = ChoiceBox::selectedId(m_ui->siteCombo);
    const qint64 target = ChoiceBox::selectedId(m_ui->targetCombo);
    const auto sites = unit != 0 ? queries.siteChoices(unit) : Result<QList<Choice>>(QList<Choice>{});
    const auto targets = unit != 0 ? queries.siteChoices(unit, true) : Result<QList<Choice>>(QList<Choice>{});
    {
        const QSignalBlocker a(m_ui->siteCombo);
        const QSignalBlocker b(m_ui->targetCombo);
        ChoiceBox::fill(m_ui->siteCombo, sites ? *sites : QList<Choice>{}, true, tr("(choose a site)"));
        ChoiceBox::fill(m_ui->targetCombo, targets ? *targets : QList<Choice>{}, true, tr("(choose a site)"));
        ChoiceBox::select(m_ui->siteCombo, site != 0 ? site : m_initialSite);
        ChoiceBox::select(m_ui->targetCombo, target != 0 ? target : m_initialTarget);
    }
    // A new site's code: the unit's division code and the next free serial, until the user types one.
    if (unit != 0 && !m_ui->proposalCodeEdit->isModified()) {
        if (const auto org = OrganisationRepository(m_context.database->connection()).byId(unit)) {
            if (const auto next = queries.nextSiteCode(org->divisionCode))
                m_ui->proposalCodeEdit->setText(*next);
        }
    }
    recheck();
}

RequestDraft RequestDialog::draft() const
{
    RequestDraft d;
    d.id = m_requestId;
    d.type = type().value_or(RequestType::Close);
    d.unitId = ChoiceBox::selectedId(m_ui->unitCombo);
    if (d.type != RequestType::Open)
        d.siteId = ChoiceBox::selectedId(m_ui->siteCombo);
    if (d.type == RequestType::Merge)
        d.targetSiteId = ChoiceBox::selectedId(m_ui->targetCombo);
    d.title = m_ui->titleEdit->text().trimmed();
    d.reason = m_ui->reasonEdit->toPlainText().trimmed();
    d.justification = m_ui->justificationEdit->toPlainText().trimmed();
    if (d.type == RequestType::Open) {
        d.proposal.name = m_ui->proposalNameEdit->text().trimmed();
        d.proposal.code = m_ui->proposalCodeEdit->text().trimmed();
        d.proposal.domain = m_ui->proposalDomainEdit->text().trimmed().toLower();
        if (!d.proposal.domain.isEmpty())
            d.proposal.url = QStringLiteral("https://%1/").arg(d.proposal.domain);
        d.proposal.operatorName = m_ui->proposalOperatorEdit->text().trimmed();
        d.proposal.kind = Vocabulary::siteKind(m_ui->proposalKindCombo->currentData().toString()).value_or(SiteKind::Department);
        d.proposal.platform =
            Vocabulary::platform(m_ui->proposalPlatformCombo->currentData().toString()).value_or(Platform::Unified);
    } else if (d.type == RequestType::Change) {
        d.proposal.name = m_ui->newNameEdit->text().trimmed();
        d.proposal.domain = m_ui->newDomainEdit->text().trimmed().toLower();
        d.proposal.hostOrgId = ChoiceBox::selectedId(m_ui->newHostCombo);
    }
    return d;
}

void RequestDialog::recheck()
{
    if (m_loading)
        return;
    const RequestDraft d = draft();
    RequestQueries requests(m_context.database->connection());
    QString chainText;
    QList<Finding> findings;
    if (!type())
        findings << Finding{Finding::Severity::Error, QStringLiteral("type"), tr("Choose the type of request.")};
    if (d.unitId == 0) {
        findings << Finding{Finding::Severity::Error, QStringLiteral("unit"), tr("Choose the requesting unit.")};
    } else if (type()) {
        const auto line = requests.unitLine(d.unitId);
        const auto chain = line ? RequestRules::chainFor(*line) : Result<QList<ChainStep>>(line.error());
        if (chain) {
            QStringList parts;
            for (const ChainStep& s : *chain)
                parts << QStringLiteral("%1. %2 %3").arg(s.position).arg(RequestRules::displayName(s.kind), s.unitName);
            chainText = tr("Approval chain: %1").arg(parts.join(QStringLiteral(" → ")).toHtmlEscaped());
        } else {
            findings << Finding{Finding::Severity::Error, QStringLiteral("unit"), chain.error().message};
        }
        if (d.type != RequestType::Open && d.siteId == 0)
            findings << Finding{Finding::Severity::Error, QStringLiteral("site"), tr("Choose the site the request is about.")};
        RequestRecord record;
        record.draft = d;
        record.draft.id = 0; // the attachments are the dialog's list, not yet the stored ones
        if (const auto known = requests.facts(record)) {
            RequestFacts facts = *known;
            for (const PendingFile& f : m_files) {
                facts.hasSecurityReport = facts.hasSecurityReport || f.kind == AttachmentKind::SecurityReport;
                facts.hasMigrationEvidence = facts.hasMigrationEvidence || f.kind == AttachmentKind::MigrationEvidence;
            }
            if (d.type == RequestType::Open || d.siteId != 0)
                findings << RequestPolicy::check(facts, RequestPolicy::Stage::Submission);
        }
    }
    m_ui->chainLabel->setText(chainText);
    m_fields->show(findings);
    const bool blocked = SiteRules::hasErrors(findings);
    m_submitButton->setEnabled(!blocked);
    m_submitButton->setToolTip(blocked ? tr("Fix the errors shown in red first; a draft can be saved meanwhile.")
                                       : tr("Send the request to the first step of its approval chain (Ctrl+Enter)"));
    m_saveButton->setEnabled(d.unitId != 0 && type().has_value());
}

bool RequestDialog::addAttachment(AttachmentKind kind, const QString& path)
{
    // A path from a file dialog or from code: an ordinary file, never the database or its files.
    if (const Status s = UserFile::checkReadable(path, m_context.database->path()); !s) {
        MessageBox::warning(this, tr("Attach a file"), s.error().message, s.error().detail);
        return false;
    }
    const QFileInfo info(path);
    if (info.size() == 0) {
        MessageBox::warning(this, tr("Attach a file"), tr("%1 is empty.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (info.size() > RequestAttachments::kMaxBytes) {
        MessageBox::warning(this, tr("Attach a file"),
            tr("%1 is larger than %2 MiB, the most a request can hold.")
                .arg(QDir::toNativeSeparators(path))
                .arg(RequestAttachments::kMaxBytes / (1024 * 1024)));
        return false;
    }
    m_files << PendingFile{0, kind, info.absoluteFilePath(), info.fileName(), info.size()};
    refreshFiles();
    recheck();
    return true;
}

void RequestDialog::chooseFile()
{
    const auto kind = RequestRules::attachmentKind(m_ui->attachKindCombo->currentData().toString());
    const QString path = FileDialog::getOpenFileName(this,
        tr("Attach: %1").arg(m_ui->attachKindCombo->currentText()),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;All files (*)"));
    if (!path.isEmpty())
        addAttachment(kind.value_or(AttachmentKind::Other), path);
}

void RequestDialog::removeSelectedFile()
{
    const int row = m_ui->attachmentsTable->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    if (m_files.at(row).savedId != 0)
        m_removed << m_files.at(row).savedId;
    m_files.removeAt(row);
    refreshFiles();
    recheck();
}

void RequestDialog::refreshFiles()
{
    const QLocale locale;
    m_ui->attachmentsTable->setRowCount(int(m_files.size()));
    for (int r = 0; r < m_files.size(); ++r) {
        const PendingFile& f = m_files.at(r);
        m_ui->attachmentsTable->setItem(r, 0, new QTableWidgetItem(RequestRules::displayName(f.kind)));
        auto* name = new QTableWidgetItem(f.fileName);
        name->setToolTip(f.savedId != 0 ? tr("Stored with the request") : QDir::toNativeSeparators(f.path));
        m_ui->attachmentsTable->setItem(r, 1, name);
        m_ui->attachmentsTable->setItem(r, 2, new QTableWidgetItem(locale.formattedDataSize(f.size)));
    }
    m_ui->attachmentsTable->resizeColumnToContents(0);
    m_ui->removeAttachmentButton->setEnabled(!m_files.isEmpty());
}

bool RequestDialog::save(bool submit)
{
    RequestWorkflow requests(m_context.database->connection());
    RequestAttachments attachments(m_context.database->connection());
    const auto id = requests.saveDraft(m_context.session, draft());
    if (!id) {
        MessageBox::warning(this, tr("The request was not saved"), id.error().fullText());
        return false;
    }
    m_requestId = *id;
    setWindowTitle(tr("Edit request %1").arg(m_requestId));
    for (const qint64 removed : std::as_const(m_removed)) {
        if (const Status s = attachments.remove(m_context.session, removed); !s) {
            MessageBox::warning(this, tr("The request was saved, but an attachment was not removed"), s.error().fullText());
            return false;
        }
    }
    m_removed.clear();
    for (PendingFile& f : m_files) {
        if (f.savedId != 0)
            continue;
        // Read by storage, after the same checks again: the file may have changed since.
        const auto added = attachments.addFile(m_context.session, m_requestId, f.kind, f.path);
        if (!added) {
            MessageBox::warning(this, tr("The request was saved, but a file was not attached"), added.error().message,
                added.error().detail);
            return false;
        }
        f.savedId = *added;
    }
    if (submit) {
        if (const Status s = requests.submit(m_context.session, m_requestId); !s) {
            MessageBox::warning(this, tr("The request was saved as a draft, but not submitted"), s.error().fullText());
            return false;
        }
        m_submitted = true;
    }
    return true;
}

} // namespace sitegov
