#include "gui/inspections/RecordsTab.h"

#include "core/OfficeClock.h"
#include "gui/common/People.h"

#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StateView.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

namespace {

// A past inspection opened to change or correct: closing it with changes not saved asks first.
class RecordDialog final : public QDialog
{
public:
    using QDialog::QDialog;
    void reject() override
    {
        if (UnsavedChanges::confirmClose(this, windowTitle()))
            QDialog::reject();
    }
};

} // namespace

RecordsTab::RecordsTab(AppContext& context, QWidget* parent)
    : InspectionTab(context, parent)
    , m_model(new InspectionListModel(context.database->path(), this))
{
    auto options = ListPane::Options::named(QStringLiteral("recordsSearch"), tr("Search site, code or inspector"),
        tr("Search inspection records"), QStringLiteral("recordsTable"), tr("Inspection records"));
    options.table.inQueryOrder().columnsUpTo(260);
    m_pane = new ListPane(m_model, options, this);
    QTableView* table = m_pane->table();
    table->setToolTip(tr("Enter or double-click opens the inspection"));

    const QDate today = OfficeClock::today();
    m_from = dateEdit(m_pane, QStringLiteral("recordsFrom"));
    m_to = dateEdit(m_pane, QStringLiteral("recordsTo"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_failedOnly = new QCheckBox(tr("Only with fail&ures"), m_pane);
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_pane->filters()->addWidget(new QLabel(tr("From:"), m_pane));
    m_pane->filters()->addWidget(m_from);
    m_pane->filters()->addWidget(new QLabel(tr("to:"), m_pane));
    m_pane->filters()->addWidget(m_to);
    m_pane->addSearch(1);
    m_pane->filters()->addWidget(m_failedOnly);
    m_pane->setContent(table);
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_pane->fillParent();

    connect(m_from, &QDateEdit::dateChanged, this, &RecordsTab::load);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordsTab::load);
    connect(m_pane->search(), &QLineEdit::textChanged, this, &RecordsTab::load);
    connect(m_failedOnly, &QCheckBox::toggled, this, &RecordsTab::load);
    connect(m_model, &QueryTableModel::loadingChanged, this, &RecordsTab::busyChanged);
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n inspection(s)", nullptr, int(total)));
    });
    m_pane->followLoads(
        m_model, [this] { load(); }, [this] { m_state->showEmpty(tr("No inspection in this period matches.")); });
    connect(table, &QTableView::activated, this,
        [this](const QModelIndex& index) { openInspection(m_model->inspectionId(index.row())); });
}

void RecordsTab::load()
{
    const Session& session = context().session;
    InspectionFilter f;
    f.unitId = session.isSystem() ? 0 : session.orgId;
    f.from = m_from->date();
    f.to = m_to->date();
    f.text = m_pane->search()->text();
    f.failedOnly = m_failedOnly->isChecked();
    f.siteId = m_siteId;
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the inspections…"));
    m_model->setFilter(f);
}

void RecordsTab::openInspection(qint64 inspectionId)
{
    InspectionService service(context().database->connection());
    const auto record = service.byId(inspectionId);
    if (!record) {
        MessageBox::warning(this, tr("Inspection"), record.error().fullText());
        return;
    }
    const auto checklist = ChecklistService(context().database->connection()).version(record->checklistId);
    if (!checklist) {
        MessageBox::warning(this, tr("Inspection"), checklist.error().fullText());
        return;
    }
    const Session& session = context().session;
    const QDate now = OfficeClock::today();
    const bool canChange = session.can(Action::LogInspection);
    const bool correction = service.editKind(session, *record, now) == EditKind::Correction;

    RecordDialog dialog(this);
    dialog.setObjectName(QStringLiteral("inspectionDialog"));
    dialog.setWindowTitle(tr("Inspection of %1 on %2").arg(record->siteName, record->day.toString(Qt::ISODate)));
    auto* form = new InspectionForm(&dialog);
    form->setChecklist(*checklist);
    form->setOutcomes(record->outcomes, record->note);
    QString subtitle = tr("By %1, logged %2").arg(People::name(record->inspector), OfficeClock::format(record->createdAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    if (record->correctedAt.isValid()) {
        subtitle += QStringLiteral(" · ") + tr("corrected %1 by %2: %3")
                                               .arg(OfficeClock::format(record->correctedAt, QStringLiteral("yyyy-MM-dd HH:mm")),
                                                   People::name(record->correctedBy), record->correctionReason);
    }
    form->setTitle(record->siteName.toHtmlEscaped(), subtitle);
    form->setReadOnly(!canChange);
    form->setSaveText(correction ? tr("&Correct…") : tr("&Save changes"));
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("correctionReason"));
    reason->setPlaceholderText(tr("Why is it corrected? (required, recorded in the audit trail)"));
    reason->setVisible(canChange && correction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(form, 1);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog.resize(860, 560);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto save = [&] {
        if (!form->validate())
            return false;
        if (correction && reason->text().trimmed().isEmpty()) {
            form->showProblem(tr("Say why the inspection is corrected."));
            reason->setFocus();
            return false;
        }
        const auto saved = service.change(session, inspectionId, form->outcomes(), form->note(), reason->text().trimmed(), now);
        if (!saved) {
            form->showProblem(saved.error().fullText());
            return false;
        }
        form->setModified(false);
        dialog.accept();
        return true;
    };
    connect(form, &InspectionForm::saveRequested, &dialog, save);
    // Changed outcomes not saved yet are asked about before the dialog closes (UnsavedChanges).
    UnsavedChanges::Editor editor;
    editor.isModified = [form, canChange] { return canChange && form->isModified(); };
    editor.describe = [&dialog] { return dialog.windowTitle(); };
    editor.save = save;
    editor.discard = [form] { form->setModified(false); };
    UnsavedChanges::track(&dialog, std::move(editor));
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(correction ? tr("Inspection corrected.") : tr("Inspection changed."));
        m_model->reload();
        Q_EMIT dataChanged();
    }
}

} // namespace sitegov
