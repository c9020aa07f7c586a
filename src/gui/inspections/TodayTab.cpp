#include "gui/inspections/TodayTab.h"

#include "core/OfficeClock.h"
#include "core/Result.h"
#include "gui/common/InputDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/ListTable.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StateView.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionQueries.h"
#include "storage/InspectionService.h"
#include "storage/ProbeStore.h"
#include "storage/RectificationService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

namespace {

// Sentences one after the other: a Chinese full stop needs no space after it, an English one does.
QString joinSentences(const QStringList& sentences)
{
    QString out;
    for (const QString& s : sentences) {
        if (!out.isEmpty() && !out.endsWith(u'\u3002') && !out.endsWith(u'\uff1a') && !out.endsWith(u'\uff1b'))
            out += u' ';
        out += s;
    }
    return out;
}

} // namespace

TodayTab::TodayTab(AppContext& context, QWidget* parent)
    : InspectionTab(context, parent)
    , m_model(new TodayListModel(context.database->path(), this))
{
    const Session& session = context.session;
    auto options = ListPane::Options::named(QStringLiteral("todaySearch"), tr("Search site, code or unit (Ctrl+F)"),
        tr("Search today's sites"), QStringLiteral("todayTable"), tr("Sites to inspect"));
    options.table.inQueryOrder().columnsUpTo(260);
    m_pane = new ListPane(m_model, options, this);

    m_day = dateEdit(m_pane, QStringLiteral("inspectionDay"));
    m_day->setDate(OfficeClock::today());
    m_day->setMaximumDate(OfficeClock::today());
    m_day->setToolTip(tr("The day the inspections are for; an earlier day is entered late, with a reason"));
    m_pendingOnly = new QCheckBox(tr("Only those to &do"), m_pane);
    m_pendingOnly->setObjectName(QStringLiteral("pendingOnly"));
    m_pane->filters()->addWidget(new QLabel(tr("Day:"), m_pane));
    m_pane->filters()->addWidget(m_day);
    m_pane->addSearch(1);
    m_pane->filters()->addWidget(m_pendingOnly);

    m_form = new InspectionForm(m_pane);
    m_form->setObjectName(QStringLiteral("inspectionForm"));
    m_form->setReadOnly(!session.can(Action::LogInspection));
    m_form->setTitle(tr("Choose a site on the left"));

    // The count sits under the list, the form beside both.
    auto* left = new QWidget(m_pane);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pane->table(), 1);
    m_count = m_pane->takeCount();
    m_count->setObjectName(QStringLiteral("todayCount"));
    leftLayout->addWidget(m_count);
    auto* splitter = new QSplitter(m_pane);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_pane->setContent(splitter);
    m_state = m_pane->state();
    m_pane->fillParent();

    QLineEdit* search = m_pane->search();
    connect(m_day, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        // Another day's list: the inspection being filled in is saved or dropped first.
        if (m_shownDay.isValid() && day != m_shownDay && !resolveUnsavedInspection(tr("Change the day"))) {
            const QSignalBlocker block(m_day);
            m_day->setDate(m_shownDay);
            return;
        }
        load();
    });
    connect(search, &QLineEdit::textChanged, this, &TodayTab::load);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &TodayTab::load);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current, const QModelIndex& previous) { siteChosen(current, previous); });
    // A site chosen with Enter, a double click or a click: on to its checklist, where P, F and N act.
    connect(table(), &QTableView::activated, this, [this] { m_form->focusItems(); });
    connect(table(), &QTableView::clicked, this, [this] { m_form->focusItems(); });
    connect(m_model, &QueryTableModel::loadingChanged, this, &TodayTab::busyChanged);
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total < 0) {
            m_count->setText(tr("Counting…"));
            return;
        }
        const auto pending = InspectionQueries(this->context().database->connection()).pendingToday(m_model->filter());
        const qint64 done = pending ? total - *pending : 0;
        m_count->setText(m_model->filter().pendingOnly ? tr("%n site(s) still to inspect", nullptr, int(total))
                                                       : tr("%1 of %n site(s) inspected", nullptr, int(total)).arg(done));
    });
    m_pane->followLoads(
        m_model, [this] { load(); },
        [this, search] {
            if (!search->text().isEmpty() || m_pendingOnly->isChecked()) {
                m_state->showEmpty(m_pendingOnly->isChecked() && search->text().isEmpty()
                        ? tr("Every site is inspected for this day. Well done.")
                        : tr("No site matches these filters."),
                    tr("Show all sites"), [this, search] {
                        search->clear();
                        m_pendingOnly->setChecked(false);
                    });
            } else {
                m_state->showEmpty(tr("You take care of no running site. Sites are assigned to caretakers on the "
                                      "Sites page (responsible persons)."));
            }
        },
        [this] { selectPendingSite(); });
    connect(m_form, &InspectionForm::saveRequested, this, [this] { saveInspection(); });

    // Decisions not saved yet are asked about before anything drops them (UnsavedChanges).
    UnsavedChanges::Editor editor;
    editor.isModified = [this] { return hasUnsavedInspection(); };
    editor.describe = [this] { return unsavedDescription(); };
    editor.save = [this] { return saveInspection(); };
    editor.discard = [this] { discardInspection(); };
    UnsavedChanges::track(this, std::move(editor));
}

void TodayTab::focusChecklist()
{
    if (!context().session.can(Action::LogInspection)) {
        table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_currentSite != 0 && !m_model->isLoading())
        m_form->focusItems();
    else
        m_focusFormAfterLoad = true;
}

bool TodayTab::hasUnsavedInspection() const
{
    return m_currentSite != 0 && m_form->isModified() && context().session.can(Action::LogInspection);
}

QString TodayTab::unsavedDescription() const
{
    return tr("The inspection of %1 (%2 of %n item(s) decided)", nullptr, int(m_form->checklist().items.size()))
        .arg(m_currentSiteName)
        .arg(m_form->decided());
}

void TodayTab::discardInspection()
{
    m_form->setModified(false);
    const int row = m_model->findRow(TodayListQuery::SiteIdColumn, m_currentSite);
    showSite(row);
}

bool TodayTab::resolveUnsavedInspection(const QString& action)
{
    if (!hasUnsavedInspection())
        return true;
    const auto answer = MessageBox::saveChanges(this, action, tr("%1 has changes that are not saved.").arg(unsavedDescription()),
        tr("Save them, discard them, or cancel and go back to them."));
    if (answer == MessageBox::Save)
        return saveInspection();
    if (answer == MessageBox::Discard) {
        m_form->setModified(false);
        return true;
    }
    return false;
}

void TodayTab::siteChosen(const QModelIndex& current, const QModelIndex& previous)
{
    const int row = current.isValid() ? current.row() : -1;
    const qint64 site = row >= 0 ? m_model->siteId(row) : 0;
    if (m_reverting || site == m_currentSite || !hasUnsavedInspection()) {
        showSite(row);
        return;
    }
    // Another site chosen while this one's checklist is being filled in: save, drop or stay.
    const qint64 wanted = site;
    if (!resolveUnsavedInspection(tr("Choose another site"))) {
        // Back to the site being inspected, once this change of row is over.
        const int back = previous.isValid() ? previous.row() : m_model->findRow(TodayListQuery::SiteIdColumn, m_currentSite);
        QMetaObject::invokeMethod(
            this,
            [this, back] {
                m_reverting = true;
                ListTable::selectOnly(table(), back);
                m_reverting = false;
                m_form->focusItems();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_model->isLoading() || m_pendingSite != 0) {
        // Saved: the list reloads; the site chosen is shown once it is back.
        m_pendingSite = wanted;
        m_focusFormAfterLoad = true;
        return;
    }
    showSite(row);
}

QTableView* TodayTab::table() const
{
    return m_pane->table();
}

void TodayTab::setChecklist(const Checklist& checklist)
{
    m_checklist = checklist;
    m_form->setChecklist(checklist);
}

void TodayTab::showChecklistError(const Error& error, std::function<void()> retry)
{
    m_state->showError(error, std::move(retry));
}

void TodayTab::followToday()
{
    const QDate now = OfficeClock::today();
    if (m_day->maximumDate() == now)
        return;
    const bool wasToday = m_day->date() == m_day->maximumDate();
    m_day->setMaximumDate(now);
    if (wasToday)
        m_day->setDate(now);
}

void TodayTab::load()
{
    const Session& session = context().session;
    TodayFilter f;
    f.day = m_day->date();
    // Whose inspections count: the inspector's own; for those who do not inspect, anyone's.
    if (session.can(Action::LogInspection) && !session.isSystem())
        f.inspector = session.username;
    f.text = m_pane->search()->text();
    f.pendingOnly = m_pendingOnly->isChecked();
    // An inspector sees the sites they take care of; anyone else their unit's running sites.
    const auto caretaker = session.isSystem() ? Result<int>(0)
                                              : InspectionQueries(context().database->connection()).caretakerSites(session.accountId);
    if (caretaker && *caretaker > 0)
        f.accountId = session.accountId;
    else
        f.unitId = session.isSystem() ? 0 : session.orgId;
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the sites to inspect…"));
    if (m_pendingSite == 0)
        m_pendingSite = m_currentSite;
    m_shownDay = f.day;
    m_model->setFilter(f);
}

void TodayTab::selectPendingSite()
{
    int row = m_pendingSite != 0 ? m_model->findRow(TodayListQuery::SiteIdColumn, m_pendingSite) : -1;
    if (row < 0) {
        // The first site still to do, else the first.
        row = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (!m_model->isDone(r)) {
                row = r;
                break;
            }
        }
    }
    m_pendingSite = 0;
    m_reverting = true; // a reload or a save moving on: nothing to ask
    ListTable::selectOnly(table(), row);
    m_reverting = false;
    showSite(row); // the same row after a reload: its new state
    if (m_focusFormAfterLoad) {
        m_focusFormAfterLoad = false;
        m_form->focusItems();
    }
}

void TodayTab::showSite(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        if (hasUnsavedInspection())
            return; // the list is reloading or filtered: the checklist being filled in stays
        m_currentSite = 0;
        m_currentSiteName.clear();
        m_form->setTitle(tr("Choose a site on the left"));
        m_form->clear();
        m_form->setEnabled(false);
        return;
    }
    m_form->setEnabled(true);
    // The same site and day again (a reload, the list filtered): decisions not saved yet stay.
    const bool keepWork = m_model->siteId(row) == m_currentSite && m_form->isModified() && m_formDay == m_day->date();
    m_currentSite = m_model->siteId(row);
    m_formDay = m_day->date();
    const QString name = m_model->raw(row, TodayListQuery::Name).toString();
    m_currentSiteName = name;
    const QString code = m_model->raw(row, TodayListQuery::Code).toString();
    const QString unit = m_model->raw(row, TodayListQuery::Unit).toString();
    const int unresolved = m_model->raw(row, TodayListQuery::Unresolved).toInt();
    const QDate day = m_day->date();
    const QDate today = OfficeClock::today();
    const qint64 inspectionId = m_model->inspectionId(row);
    if (!keepWork)
        m_measured.clear(); // kept with the work: saving still records what the probe said
    QStringList lines{unit};
    if (unresolved > 0)
        lines << tr("%n rectification item(s) still open on this site.", nullptr, unresolved);
    if (inspectionId == 0) {
        if (!keepWork && (m_form->checklist().version != m_checklist.version
                             || m_form->checklist().items.size() != m_checklist.items.size()))
            m_form->setChecklist(m_checklist);
        if (!keepWork)
            m_form->clear();
        lines << (day == today ? tr("Not yet inspected today.")
                               : tr("Not inspected on %1: saving enters it late.").arg(QLocale().toString(day, QLocale::ShortFormat)));
        // What the probe measured that day pre-fills its items; the inspector confirms or changes
        // them, and the inspection records which. The work kept on a reload is not overwritten, and
        // the pre-filled form is not unsaved work of the inspector's (it asks nothing on leaving).
        if (keepWork) {
            if (!m_measured.isEmpty())
                lines << tr("%n item(s) pre-filled from the probe's measurements: confirm or change them.", nullptr,
                    int(m_measured.size()));
        } else if (const auto measured = ProbeQueries(context().database->connection()).measured(m_currentSite, day);
                   measured) {
            for (const MeasuredItem& m : *measured) {
                const int item = m_form->checklist().indexOf(m.key);
                if (item < 0)
                    continue;
                m_form->setResult(item, m.result);
                if (m.result == ItemResult::Fail)
                    m_form->setItemNote(item, m.evidence);
                for (int c = 0; c < m_form->items()->columnCount(); ++c) {
                    if (QTableWidgetItem* cell = m_form->items()->item(item, c))
                        cell->setToolTip(tr("Measured by the probe: %1").arg(m.evidence));
                }
                m_measured.append(m);
            }
            if (!m_measured.isEmpty())
                lines << tr("%n item(s) pre-filled from the probe's measurements: confirm or change them.", nullptr,
                    int(m_measured.size()));
            m_form->setModified(false);
        }
        m_form->setSaveText(tr("&Save and next"));
    } else {
        InspectionService service(context().database->connection());
        const auto record = service.byId(inspectionId);
        if (!record) {
            m_form->showProblem(record.error().fullText());
            return;
        }
        if (!keepWork && record->checklistId != m_form->checklist().version) {
            const auto version = ChecklistService(context().database->connection()).version(record->checklistId);
            if (version)
                m_form->setChecklist(*version);
        }
        if (!keepWork)
            m_form->setOutcomes(record->outcomes, record->note);
        const bool correction = service.editKind(context().session, *record, today) == EditKind::Correction;
        const QString at = OfficeClock::format(record->updatedAt, QStringLiteral("HH:mm"));
        if (!context().session.can(Action::LogInspection))
            lines << (record->day == today ? tr("Inspected at %1.").arg(at) : tr("Inspected on %1.").arg(record->day.toString(Qt::ISODate)));
        else
            lines << (correction ? tr("Inspected %1; a change now is a correction, with a reason.").arg(record->day.toString(Qt::ISODate))
                                 : tr("Inspected at %1; you may still change it today.").arg(at));
        m_form->setSaveText(tr("&Save changes"));
    }
    m_form->setTitle(QStringLiteral("%1  <span style='font-weight:normal;color:#757575'>%2</span>").arg(name.toHtmlEscaped(), code.toHtmlEscaped()),
        lines.constFirst() + QStringLiteral(" · ") + joinSentences(lines.mid(1)));
}

bool TodayTab::saveInspection()
{
    const Session& session = context().session;
    if (m_currentSite == 0 || !session.can(Action::LogInspection))
        return false;
    if (!m_form->validate())
        return false;
    InspectionInput input;
    input.siteId = m_currentSite;
    input.day = m_day->date();
    input.outcomes = m_form->outcomes();
    input.note = m_form->note();
    const QDate now = OfficeClock::today();
    InspectionService service(context().database->connection());
    const auto existing = service.find(m_currentSite, input.day, session.username);
    const bool needsReason = existing && existing->id != 0
        ? service.editKind(session, *existing, now) == EditKind::Correction
        : input.day != now;
    if (needsReason) {
        const auto reason = InputDialog::getText(this, tr("Reason"),
            existing && existing->id != 0 ? tr("This inspection can no longer be simply edited. Why is it corrected? (recorded in the audit trail)")
                                          : tr("%1 is not today. Why is this inspection entered late? (recorded in the audit trail)")
                                                .arg(input.day.toString(Qt::ISODate)));
        if (!reason)
            return false;
        if (reason->trimmed().isEmpty()) {
            m_form->showProblem(tr("A reason is required."));
            return false;
        }
        input.reason = reason->trimmed();
    }
    const auto saved = service.log(session, input, now);
    if (!saved) {
        m_form->showProblem(saved.error().fullText());
        return false;
    }
    m_form->setModified(false);
    if (!m_measured.isEmpty()) {
        const Status kept = ProbeStore(context().database->connection())
                                .recordInspectionItems(saved->inspectionId, m_measured, input.outcomes);
        if (!kept)
            MessageBox::warning(this, tr("Inspection saved"), kept.error().message, kept.error().detail);
    }
    QString message = saved->created ? tr("Inspection saved.") : tr("Inspection changed.");
    if (!saved->openedRectifications.isEmpty())
        message += QLatin1Char(' ') + tr("%n rectification item(s) opened.", nullptr, int(saved->openedRectifications.size()));

    // A passing item with a rectification item still open: offer to mark it re-checked.
    if (!saved->recheckable.isEmpty()) {
        RectificationService rectifications(context().database->connection());
        QStringList items;
        for (const qint64 id : saved->recheckable) {
            if (const auto r = rectifications.byId(id))
                items << QStringLiteral("• %1").arg(r->problem.isEmpty() ? r->itemKey : r->problem);
        }
        const auto answer = MessageBox::question(this, tr("Re-check rectification items"),
            tr("These items were open on the site and passed now:\n%1\n\nMark them re-checked?").arg(items.join(QLatin1Char('\n'))));
        if (answer == MessageBox::Yes) {
            int done = 0;
            for (const qint64 id : saved->recheckable) {
                if (rectifications.recheck(session, id, true, tr("Passed in the inspection of %1.").arg(input.day.toString(Qt::ISODate)), now))
                    ++done;
            }
            message += QLatin1Char(' ') + tr("%n item(s) re-checked.", nullptr, done);
        }
    }
    Q_EMIT statusMessage(message);

    // On to the next site still to inspect.
    const int row = m_model->findRow(TodayListQuery::SiteIdColumn, m_currentSite);
    qint64 next = 0;
    for (int step = 1; row >= 0 && step < m_model->rowCount(); ++step) {
        const int r = (row + step) % m_model->rowCount();
        if (!m_model->isDone(r)) {
            next = m_model->siteId(r);
            break;
        }
    }
    m_pendingSite = next != 0 ? next : m_currentSite;
    m_focusFormAfterLoad = true;
    m_model->reload();
    Q_EMIT dataChanged();
    return true;
}

} // namespace sitegov
