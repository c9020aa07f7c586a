#include "gui/inspections/InspectionsPage.h"

#include "gui/common/Background.h"
#include "gui/inspections/ChecklistDialog.h"
#include "gui/inspections/CoverageCalendar.h"
#include "gui/common/Icons.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "storage/ChecklistService.h"
#include "storage/Database.h"
#include "storage/InspectionQueries.h"
#include "storage/InspectionService.h"
#include "storage/RectificationService.h"
#include "storage/RegistryQueries.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {

enum RectAction { MarkFixed, RecheckPassed, RecheckFailed, CloseItem };

void setUpTable(QTableView* table, QAbstractItemModel* model, const QString& name, const QString& accessible)
{
    table->setObjectName(name);
    table->setModel(model);
    // No column chosen: the query's own order (what needs doing first). The header's default
    // indicator, column 0 descending, would otherwise sort the model as sorting is enabled.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicatorShown(false);
    table->setWordWrap(false);
    table->setAccessibleName(accessible);
}

void fitColumns(QTableView* table, int max = 260)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), max));
}

QDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& format = QStringLiteral("yyyy-MM-dd"))
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(format);
    return edit;
}

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

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

InspectionsPage::InspectionsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_tabs(new QTabWidget(this))
{
    auto* header = new PageHeader(title(), this);
    if (context.session.can(Action::ManageSettings)) {
        auto* checklist = new QPushButton(tr("C&hecklist…"), this);
        checklist->setObjectName(QStringLiteral("editChecklistButton"));
        checklist->setToolTip(tr("Edit the daily checklist and its rectification deadlines (administrators)"));
        connect(checklist, &QPushButton::clicked, this, &InspectionsPage::editChecklist);
        header->addAction(checklist);
    }
    m_tabs->setObjectName(QStringLiteral("inspectionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildToday(), themeIcon(QStringLiteral("inspections")), tr("&Today"));
    m_tabs->addTab(buildRectifications(), tr("&Rectification"));
    m_tabs->addTab(buildCoverage(), tr("&Coverage"));
    m_tabs->addTab(buildRecords(), tr("Rec&ords"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (isLoaded())
            loadTab(index);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    // Others inspect too, and the day turns at midnight: the count follows within a minute.
    auto* poll = new QTimer(this);
    poll->setInterval(60 * 1000);
    connect(poll, &QTimer::timeout, this, [this] {
        const QDate now = today();
        if (m_day->maximumDate() != now) {
            const bool wasToday = m_day->date() == m_day->maximumDate();
            m_day->setMaximumDate(now);
            if (wasToday)
                m_day->setDate(now);
        }
        updateBadge();
    });
    poll->start();
    updateBadge();
}

void InspectionsPage::editChecklist()
{
    ChecklistDialog dialog(context(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedVersion() == 0)
        return;
    Q_EMIT statusMessage(tr("Checklist version %1 is in force for new inspections.").arg(dialog.savedVersion()));
    refresh();
}

QDate InspectionsPage::today() const
{
    return OfficeClock::today();
}

bool InspectionsPage::ensureChecklist()
{
    if (m_checklistLoaded)
        return true;
    const auto checklist = ChecklistService(context().database->connection()).current();
    if (!checklist) {
        m_todayState->showError(checklist.error(), [this] { loadTab(TodayTab); });
        return false;
    }
    m_checklist = *checklist;
    m_checklistLoaded = true;
    m_form->setChecklist(m_checklist);
    m_rectModel->setChecklist(m_checklist);
    return true;
}

void InspectionsPage::activate()
{
    const bool first = !isLoaded();
    Page::activate();
    if (first)
        loadTab(m_tabs->currentIndex());
}

void InspectionsPage::refresh()
{
    m_checklistLoaded = false;
    for (bool& d : m_tabDirty)
        d = true;
    updateBadge();
    loadTab(m_tabs->currentIndex());
}

void InspectionsPage::loadTab(int index)
{
    if (!ensureChecklist())
        return;
    if (!m_tabDirty.value(index))
        return;
    m_tabDirty[index] = false;
    switch (index) {
    case TodayTab:
        applyTodayFilter();
        break;
    case RectificationTab:
        applyRectificationFilter();
        break;
    case CoverageTab:
        loadCoverage();
        break;
    case RecordsTab:
        applyRecordsFilter();
        break;
    default:
        break;
    }
}

void InspectionsPage::navigate(const QVariantMap& arguments)
{
    const QString tab = arguments.value(QStringLiteral("tab")).toString();
    const qint64 site = arguments.value(QStringLiteral("site")).toLongLong();
    if (arguments.contains(QStringLiteral("status"))) {
        const int i = m_rectStatus->findData(arguments.value(QStringLiteral("status")).toString());
        m_rectStatus->blockSignals(true);
        m_rectStatus->setCurrentIndex(qMax(0, i));
        m_rectStatus->blockSignals(false);
        m_tabDirty[RectificationTab] = true;
    }
    if (site != 0) {
        m_rectSiteId = site;
        m_recordsSiteId = site;
        m_tabDirty[RectificationTab] = true;
        m_tabDirty[RecordsTab] = true;
    }
    if (const qint64 unit = arguments.value(QStringLiteral("unit")).toLongLong(); unit != 0) {
        ChoiceBox::select(m_unit, unit);
        m_tabDirty[CoverageTab] = true;
    }
    int index = m_tabs->currentIndex();
    if (tab == u"today")
        index = TodayTab;
    else if (tab == u"rectifications")
        index = RectificationTab;
    else if (tab == u"coverage")
        index = CoverageTab;
    else if (tab == u"records")
        index = RecordsTab;
    if (index != m_tabs->currentIndex())
        m_tabs->setCurrentIndex(index); // loads it when the page is loaded
    else if (isLoaded())
        loadTab(index);
}

void InspectionsPage::updateBadge()
{
    const Session& session = context().session;
    if (!session.can(Action::LogInspection) || session.isSystem()) {
        setBadge(0);
        return;
    }
    InspectionQueries queries(context().database->connection());
    const auto sites = queries.caretakerSites(session.accountId);
    if (!sites || *sites == 0) {
        setBadge(0);
        return;
    }
    TodayFilter f;
    f.day = today();
    f.inspector = session.username;
    f.accountId = session.accountId;
    const auto pending = queries.pendingToday(f);
    setBadge(pending ? *pending : 0);
}

// ---------------------------------------------------------------------------------------------
// Today

QWidget* InspectionsPage::buildToday()
{
    auto* page = new QWidget(this);
    const Session& session = context().session;
    m_day = dateEdit(page, QStringLiteral("inspectionDay"));
    m_day->setDate(today());
    m_day->setMaximumDate(today());
    m_day->setToolTip(tr("The day the inspections are for; an earlier day is entered late, with a reason"));
    m_todaySearch = new QLineEdit(page);
    m_todaySearch->setObjectName(QStringLiteral("todaySearch"));
    m_todaySearch->setPlaceholderText(tr("Search site, code or unit (Ctrl+F)"));
    m_todaySearch->setClearButtonEnabled(true);
    m_todaySearch->setAccessibleName(tr("Search today's sites"));
    m_pendingOnly = new QCheckBox(tr("Only those to &do"), page);
    m_pendingOnly->setObjectName(QStringLiteral("pendingOnly"));
    m_todayCount = new QLabel(page);
    m_todayCount->setObjectName(QStringLiteral("todayCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Day:"), page));
    filters->addWidget(m_day);
    filters->addWidget(m_todaySearch, 1);
    filters->addWidget(m_pendingOnly);

    m_todayModel = new TodayListModel(context().database->path(), this);
    m_todayTable = new QTableView(page);
    setUpTable(m_todayTable, m_todayModel, QStringLiteral("todayTable"), tr("Sites to inspect"));
    m_form = new InspectionForm(page);
    m_form->setObjectName(QStringLiteral("inspectionForm"));
    m_form->setReadOnly(!session.can(Action::LogInspection));
    m_form->setTitle(tr("Choose a site on the left"));

    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_todayTable, 1);
    leftLayout->addWidget(m_todayCount);
    auto* splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_todayState = new StateView(splitter, page);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_todayState, 1);

    auto* focusSearch = new QAction(page);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_todaySearch->setFocus();
        m_todaySearch->selectAll();
    });
    page->addAction(focusSearch);

    connect(m_day, &QDateEdit::dateChanged, this, &InspectionsPage::applyTodayFilter);
    connect(m_todaySearch, &QLineEdit::textChanged, this, &InspectionsPage::applyTodayFilter);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &InspectionsPage::applyTodayFilter);
    connect(m_todayTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showSite(current.isValid() ? current.row() : -1); });
    connect(m_todayTable, &QTableView::activated, this, [this] { m_form->focusItems(); });
    connect(m_todayModel, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_todayModel, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_todayState->showError(e, [this] { applyTodayFilter(); }); });
    connect(m_todayModel, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total < 0) {
            m_todayCount->setText(tr("Counting…"));
            return;
        }
        const auto pending = InspectionQueries(context().database->connection()).pendingToday(m_todayModel->filter());
        const qint64 done = pending ? total - *pending : 0;
        m_todayCount->setText(m_todayModel->filter().pendingOnly ? tr("%n site(s) still to inspect", nullptr, int(total))
                                                                 : tr("%1 of %n site(s) inspected", nullptr, int(total)).arg(done));
    });
    connect(m_todayModel, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_todayModel->rowCount() == 0) {
            if (!m_todaySearch->text().isEmpty() || m_pendingOnly->isChecked()) {
                m_todayState->showEmpty(m_pendingOnly->isChecked() && m_todaySearch->text().isEmpty()
                        ? tr("Every site is inspected for this day. Well done.")
                        : tr("No site matches these filters."),
                    tr("Show all sites"), [this] {
                        m_todaySearch->clear();
                        m_pendingOnly->setChecked(false);
                    });
            } else {
                m_todayState->showEmpty(tr("You take care of no running site. Sites are assigned to caretakers on the "
                                           "Sites page (responsible persons)."));
            }
            return;
        }
        m_todayState->showContent();
        fitColumns(m_todayTable);
        selectPendingSite();
    });
    connect(m_form, &InspectionForm::saveRequested, this, [this] { saveInspection(); });
    return page;
}

void InspectionsPage::applyTodayFilter()
{
    const Session& session = context().session;
    TodayFilter f;
    f.day = m_day->date();
    // Whose inspections count: the inspector's own; for those who do not inspect, anyone's.
    if (session.can(Action::LogInspection) && !session.isSystem())
        f.inspector = session.username;
    f.text = m_todaySearch->text();
    f.pendingOnly = m_pendingOnly->isChecked();
    // An inspector sees the sites they take care of; anyone else their unit's running sites.
    const auto caretaker = session.isSystem() ? Result<int>(0)
                                              : InspectionQueries(context().database->connection()).caretakerSites(session.accountId);
    if (caretaker && *caretaker > 0)
        f.accountId = session.accountId;
    else
        f.unitId = session.isSystem() ? 0 : session.orgId;
    if (m_todayModel->rowCount() == 0)
        m_todayState->showLoading(tr("Reading the sites to inspect…"));
    if (m_pendingSite == 0)
        m_pendingSite = m_currentSite;
    m_todayModel->setFilter(f);
}

void InspectionsPage::selectPendingSite()
{
    int row = m_pendingSite != 0 ? m_todayModel->findRow(TodayListQuery::SiteIdColumn, m_pendingSite) : -1;
    if (row < 0) {
        // The first site still to do, else the first.
        row = 0;
        for (int r = 0; r < m_todayModel->rowCount(); ++r) {
            if (!m_todayModel->isDone(r)) {
                row = r;
                break;
            }
        }
    }
    m_pendingSite = 0;
    m_todayTable->selectRow(row);
    m_todayTable->scrollTo(m_todayModel->index(row, 0));
    showSite(row); // the same row after a reload: its new state
    if (m_focusFormAfterLoad) {
        m_focusFormAfterLoad = false;
        m_form->focusItems();
    }
}

void InspectionsPage::showSite(int row)
{
    if (row < 0 || row >= m_todayModel->rowCount()) {
        m_currentSite = 0;
        m_form->setTitle(tr("Choose a site on the left"));
        m_form->clear();
        m_form->setEnabled(false);
        return;
    }
    m_form->setEnabled(true);
    m_currentSite = m_todayModel->siteId(row);
    const QString name = m_todayModel->raw(row, TodayListQuery::Name).toString();
    const QString code = m_todayModel->raw(row, TodayListQuery::Code).toString();
    const QString unit = m_todayModel->raw(row, TodayListQuery::Unit).toString();
    const int unresolved = m_todayModel->raw(row, TodayListQuery::Unresolved).toInt();
    const QDate day = m_day->date();
    const qint64 inspectionId = m_todayModel->inspectionId(row);
    QStringList lines{unit};
    if (unresolved > 0)
        lines << tr("%n rectification item(s) still open on this site.", nullptr, unresolved);
    if (inspectionId == 0) {
        if (m_form->checklist().version != m_checklist.version || m_form->checklist().items.size() != m_checklist.items.size())
            m_form->setChecklist(m_checklist);
        m_form->clear();
        lines << (day == today() ? tr("Not yet inspected today.") : tr("Not inspected on %1: saving enters it late.").arg(QLocale().toString(day, QLocale::ShortFormat)));
        m_form->setSaveText(tr("&Save and next"));
    } else {
        InspectionService service(context().database->connection());
        const auto record = service.byId(inspectionId);
        if (!record) {
            m_form->showProblem(record.error().fullText());
            return;
        }
        if (record->checklistId != m_form->checklist().version) {
            const auto version = ChecklistService(context().database->connection()).version(record->checklistId);
            if (version)
                m_form->setChecklist(*version);
        }
        m_form->setOutcomes(record->outcomes, record->note);
        const bool correction = service.editKind(context().session, *record, today()) == EditKind::Correction;
        const QString at = record->updatedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        if (!context().session.can(Action::LogInspection))
            lines << (record->day == today() ? tr("Inspected at %1.").arg(at) : tr("Inspected on %1.").arg(record->day.toString(Qt::ISODate)));
        else
            lines << (correction ? tr("Inspected %1; a change now is a correction, with a reason.").arg(record->day.toString(Qt::ISODate))
                             : tr("Inspected at %1; you may still change it today.").arg(at));
        m_form->setSaveText(tr("&Save changes"));
    }
    m_form->setTitle(QStringLiteral("%1  <span style='font-weight:normal;color:#757575'>%2</span>").arg(escaped(name), escaped(code)),
        lines.constFirst() + QStringLiteral(" · ") + joinSentences(lines.mid(1)));
}

bool InspectionsPage::saveInspection()
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
    const QDate now = today();
    InspectionService service(context().database->connection());
    const auto existing = service.find(m_currentSite, input.day, session.username);
    const bool needsReason = existing && existing->id != 0
        ? service.editKind(session, *existing, now) == EditKind::Correction
        : input.day != now;
    if (needsReason) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reason"),
            existing && existing->id != 0 ? tr("This inspection can no longer be simply edited. Why is it corrected? (recorded in the audit trail)")
                                          : tr("%1 is not today. Why is this inspection entered late? (recorded in the audit trail)")
                                                .arg(input.day.toString(Qt::ISODate)),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
        if (reason.trimmed().isEmpty()) {
            m_form->showProblem(tr("A reason is required."));
            return false;
        }
        input.reason = reason.trimmed();
    }
    const auto saved = service.log(session, input, now);
    if (!saved) {
        m_form->showProblem(saved.error().fullText());
        return false;
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
        const auto answer = QMessageBox::question(this, tr("Re-check rectification items"),
            tr("These items were open on the site and passed now:\n%1\n\nMark them re-checked?").arg(items.join(QLatin1Char('\n'))));
        if (answer == QMessageBox::Yes) {
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
    const int row = m_todayModel->findRow(TodayListQuery::SiteIdColumn, m_currentSite);
    qint64 next = 0;
    for (int step = 1; row >= 0 && step < m_todayModel->rowCount(); ++step) {
        const int r = (row + step) % m_todayModel->rowCount();
        if (!m_todayModel->isDone(r)) {
            next = m_todayModel->siteId(r);
            break;
        }
    }
    m_pendingSite = next != 0 ? next : m_currentSite;
    m_focusFormAfterLoad = true;
    m_todayModel->reload();
    m_tabDirty[RectificationTab] = m_tabDirty[CoverageTab] = m_tabDirty[RecordsTab] = true;
    updateBadge();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Rectification

QWidget* InspectionsPage::buildRectifications()
{
    auto* page = new QWidget(this);
    m_rectStatus = new QComboBox(page);
    m_rectStatus->setObjectName(QStringLiteral("rectificationStatus"));
    m_rectStatus->setAccessibleName(tr("Status filter"));
    m_rectStatus->addItem(tr("Unresolved (open or fixed)"), QStringLiteral("unresolved"));
    m_rectStatus->addItem(themeIcon(QStringLiteral("flag")), tr("Overdue"), QStringLiteral("overdue"));
    for (RectificationStatus s : RectificationRules::statuses())
        m_rectStatus->addItem(RectificationRules::displayName(s), RectificationRules::key(s));
    m_rectStatus->addItem(tr("All"), QString());
    m_rectSearch = new QLineEdit(page);
    m_rectSearch->setObjectName(QStringLiteral("rectificationSearch"));
    m_rectSearch->setPlaceholderText(tr("Search site, unit or problem"));
    m_rectSearch->setClearButtonEnabled(true);
    m_rectSearch->setAccessibleName(tr("Search rectification items"));
    m_rectSite = new QLabel(page);
    m_rectSiteClear = new QPushButton(tr("All sites"), page);
    m_rectSite->hide();
    m_rectSiteClear->hide();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_rectStatus);
    filters->addWidget(m_rectSearch, 1);
    filters->addWidget(m_rectSite);
    filters->addWidget(m_rectSiteClear);

    m_rectModel = new RectificationListModel(context().database->path(), this);
    m_rectTable = new QTableView(page);
    setUpTable(m_rectTable, m_rectModel, QStringLiteral("rectificationTable"), tr("Rectification items"));
    m_rectCount = new QLabel(page);
    m_rectCount->setObjectName(QStringLiteral("rectificationCount"));

    auto* detail = new QWidget(page);
    m_rectDetail = new QLabel(detail);
    m_rectDetail->setObjectName(QStringLiteral("rectificationDetail"));
    m_rectDetail->setWordWrap(true);
    m_rectDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rectDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rectEvents = new QTreeWidget(detail);
    m_rectEvents->setObjectName(QStringLiteral("rectificationEvents"));
    m_rectEvents->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_rectEvents->setRootIsDecorated(false);
    m_rectEvents->setAccessibleName(tr("History of the item"));
    const Session& session = context().session;
    auto* actions = new QHBoxLayout;
    const QList<std::pair<QString, QString>> labels{{tr("Report fi&xed…"), QStringLiteral("markFixedButton")},
        {tr("Re-check: pass&ed…"), QStringLiteral("recheckPassedButton")},
        {tr("Re-check: &not fixed…"), QStringLiteral("recheckFailedButton")}, {tr("C&lose…"), QStringLiteral("closeItemButton")}};
    for (int i = 0; i < labels.size(); ++i) {
        auto* b = new QPushButton(labels.at(i).first, detail);
        b->setObjectName(labels.at(i).second);
        b->setVisible(session.can(Action::ManageRectification));
        connect(b, &QPushButton::clicked, this, [this, i] { actOnRectification(i); });
        actions->addWidget(b);
        m_rectActions << b;
    }
    actions->addStretch(1);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_rectDetail);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_rectEvents, 1);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    auto* top = new QWidget(page);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_rectTable, 1);
    topLayout->addWidget(m_rectCount);
    splitter->addWidget(top);
    splitter->addWidget(detail);
    // The list is what the page is for; the item's detail and history take about a third.
    splitter->setObjectName(QStringLiteral("rectificationSplitter"));
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({7000, 3000});
    splitter->setChildrenCollapsible(false);
    m_rectState = new StateView(splitter, page);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_rectState, 1);

    connect(m_rectStatus, &QComboBox::currentIndexChanged, this, &InspectionsPage::applyRectificationFilter);
    connect(m_rectSearch, &QLineEdit::textChanged, this, &InspectionsPage::applyRectificationFilter);
    connect(m_rectSiteClear, &QPushButton::clicked, this, [this] {
        m_rectSiteId = 0;
        applyRectificationFilter();
    });
    connect(m_rectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        showRectification(current.isValid() ? m_rectModel->rectificationId(current.row()) : 0);
    });
    connect(m_rectModel, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_rectModel, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_rectState->showError(e, [this] { applyRectificationFilter(); }); });
    connect(m_rectModel, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_rectCount->setText(total < 0 ? tr("Counting…") : tr("%n item(s)", nullptr, int(total)));
    });
    connect(m_rectModel, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_rectModel->rowCount() == 0) {
            m_rectState->showEmpty(tr("No rectification item matches."), tr("Show all items"), [this] {
                m_rectSearch->clear();
                m_rectSiteId = 0;
                m_rectStatus->setCurrentIndex(m_rectStatus->findData(QString()));
            });
            showRectification(0);
            return;
        }
        m_rectState->showContent();
        fitColumns(m_rectTable);
        int row = m_pendingRect != 0 ? m_rectModel->findRow(RectificationListQuery::Id, m_pendingRect) : -1;
        m_pendingRect = 0;
        m_rectTable->selectRow(qMax(0, row));
        showRectification(m_rectModel->rectificationId(qMax(0, row)));
    });
    return page;
}

void InspectionsPage::applyRectificationFilter()
{
    const Session& session = context().session;
    RectificationFilter f;
    f.unitId = session.isSystem() ? 0 : session.orgId;
    f.status = m_rectStatus->currentData().toString();
    f.text = m_rectSearch->text();
    f.siteId = m_rectSiteId;
    f.today = today();
    m_rectSite->setVisible(m_rectSiteId != 0);
    m_rectSiteClear->setVisible(m_rectSiteId != 0);
    if (m_rectSiteId != 0)
        m_rectSite->setText(tr("One site only"));
    if (m_rectModel->rowCount() == 0)
        m_rectState->showLoading(tr("Reading the rectification items…"));
    if (m_pendingRect == 0)
        m_pendingRect = m_currentRect;
    m_rectModel->setFilter(f);
}

void InspectionsPage::showRectification(qint64 id)
{
    m_currentRect = id;
    m_rectEvents->clear();
    for (QPushButton* b : m_rectActions)
        b->setEnabled(false);
    if (id == 0) {
        m_rectDetail->setText(tr("Choose an item to see its history and act on it."));
        return;
    }
    RectificationService service(context().database->connection());
    const auto r = service.byId(id);
    if (!r) {
        m_rectDetail->setText(escaped(r.error().fullText()));
        return;
    }
    const QDate now = today();
    const bool overdue = RectificationRules::isOverdue(r->status, r->deadline, now);
    const ChecklistItem* item = m_checklist.item(r->itemKey);
    QString html = QStringLiteral("<b>%1</b> · %2<br>").arg(escaped(r->siteName), escaped(r->unitName));
    html += tr("<b>%1</b> (%2): %3").arg(escaped(item ? item->name() : r->itemKey),
        escaped(RectificationRules::displayName(r->source)), escaped(r->problem));
    html += QStringLiteral("<br>") + tr("Opened %1 by %2 · deadline %3 · status <b>%4</b>")
                                         .arg(r->openedOn.toString(Qt::ISODate), escaped(r->openedByName),
                                             r->deadline.toString(Qt::ISODate), escaped(RectificationRules::displayName(r->status)));
    if (overdue) {
        html += QStringLiteral("<br><span style='color:#c62828'><b>%1</b></span>")
                    .arg(tr("Overdue by %n day(s).", nullptr, RectificationRules::daysOverdue(r->status, r->deadline, now)));
    }
    m_rectDetail->setText(html);
    if (const auto events = service.events(id)) {
        for (const RectificationEvent& e : *events) {
            auto* row = new QTreeWidgetItem(m_rectEvents);
            row->setText(0, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            row->setText(1, e.personName);
            row->setToolTip(1, e.accountName);
            QString what = e.action;
            if (const auto to = RectificationRules::status(e.toStatus); to && e.fromStatus != e.toStatus)
                what = RectificationRules::displayName(*to);
            else if (e.action == u"failed_again")
                what = tr("Failed again");
            else if (e.action == u"open")
                what = tr("Opened");
            row->setText(2, what);
            row->setText(3, e.note);
            row->setToolTip(3, e.note);
        }
        for (int c = 0; c < 3; ++c)
            m_rectEvents->resizeColumnToContents(c);
    }
    using S = RectificationStatus;
    m_rectActions.at(MarkFixed)->setEnabled(RectificationRules::canTransition(r->status, S::Fixed));
    m_rectActions.at(RecheckPassed)->setEnabled(RectificationRules::canTransition(r->status, S::Rechecked));
    m_rectActions.at(RecheckFailed)->setEnabled(r->status == S::Fixed);
    m_rectActions.at(CloseItem)->setEnabled(RectificationRules::canTransition(r->status, S::Closed));
}

void InspectionsPage::actOnRectification(int action)
{
    if (m_currentRect == 0)
        return;
    RectificationService service(context().database->connection());
    const auto r = service.byId(m_currentRect);
    if (!r)
        return;
    QString label;
    bool noteRequired = false;
    switch (action) {
    case MarkFixed:
        label = tr("How was it fixed?");
        break;
    case RecheckPassed:
        label = tr("What did the re-check find? (optional)");
        break;
    case RecheckFailed:
        label = tr("What is still wrong?");
        noteRequired = true;
        break;
    case CloseItem:
        noteRequired = r->status != RectificationStatus::Rechecked;
        label = noteRequired ? tr("It was not re-checked: why is it closed (withdrawn, a duplicate)?") : tr("A closing note (optional)");
        break;
    default:
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, m_rectActions.at(action)->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
        label, {}, &ok);
    if (!ok)
        return;
    if (noteRequired && note.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Rectification"), tr("A note is required for this step."));
        return;
    }
    const Session& session = context().session;
    const QDate now = today();
    Status done;
    switch (action) {
    case MarkFixed:
        done = service.markFixed(session, m_currentRect, note.trimmed(), now);
        break;
    case RecheckPassed:
        done = service.recheck(session, m_currentRect, true, note.trimmed(), now);
        break;
    case RecheckFailed:
        done = service.recheck(session, m_currentRect, false, note.trimmed(), now);
        break;
    case CloseItem:
        done = service.close(session, m_currentRect, note.trimmed(), now);
        break;
    default:
        break;
    }
    if (!done) {
        QMessageBox::warning(this, tr("Rectification"), done.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Rectification item %1 updated.").arg(m_currentRect));
    m_pendingRect = m_currentRect;
    m_rectModel->reload();
    m_tabDirty[TodayTab] = true;
}

// ---------------------------------------------------------------------------------------------
// Coverage

QWidget* InspectionsPage::buildCoverage()
{
    auto* page = new QWidget(this);
    const Session& session = context().session;
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("coverageUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setMinimumContentsLength(16);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (const auto units = RegistryQueries(context().database->connection()).unitChoices(session))
        ChoiceBox::fill(m_unit, *units, false);
    if (session.orgId != 0)
        ChoiceBox::select(m_unit, session.orgId);
    m_month = dateEdit(page, QStringLiteral("coverageMonth"), QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate(today().year(), today().month(), 1));
    m_month->setMaximumDate(today());
    auto* previous = new QPushButton(tr("◀ Previous month"), page);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto* next = new QPushButton(tr("Next month ▶"), page);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_coverageSummary = new QLabel(page);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Unit:"), page));
    filters->addWidget(m_unit, 2);
    filters->addWidget(new QLabel(tr("Month:"), page));
    filters->addWidget(previous);
    filters->addWidget(m_month);
    filters->addWidget(next);
    filters->addWidget(m_coverageSummary, 2);

    m_calendar = new CoverageCalendar(page);
    m_missedLabel = new QLabel(page);
    m_missedLabel->setObjectName(QStringLiteral("missedLabel"));
    m_missedModel = new MissedSitesModel(context().database->path(), this);
    m_missedTable = new QTableView(page);
    setUpTable(m_missedTable, m_missedModel, QStringLiteral("missedTable"), tr("Sites missed on the day"));
    auto* missed = new QWidget(page);
    auto* missedLayout = new QVBoxLayout(missed);
    missedLayout->setContentsMargins(0, 0, 0, 0);
    missedLayout->addWidget(m_missedLabel);
    missedLayout->addWidget(m_missedTable, 1);
    auto* splitter = new QSplitter(page);
    splitter->addWidget(m_calendar);
    splitter->addWidget(missed);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* legend = new QLabel(tr("Green: at least 95% of the running sites inspected · amber: 80% or more · red: fewer. "
                                 "Choose a day to list the sites nobody inspected."),
        page);
    legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(legend);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &InspectionsPage::loadCoverage);
    connect(m_month, &QDateEdit::dateChanged, this, &InspectionsPage::loadCoverage);
    connect(previous, &QPushButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(1)); });
    connect(m_calendar, &CoverageCalendar::daySelected, this, [this](const QDate& day) {
        m_missedLabel->setText(tr("Sites not inspected on %1:").arg(QLocale().toString(day, QLocale::LongFormat)));
        m_missedModel->show(ChoiceBox::selectedId(m_unit), day);
    });
    connect(m_missedModel, &QueryTableModel::firstRowsLoaded, this, [this] { fitColumns(m_missedTable, 220); });
    connect(m_missedModel, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total >= 0)
            m_missedLabel->setText(tr("%n site(s) not inspected on %1:", nullptr, int(total))
                                       .arg(QLocale().toString(m_calendar->selectedDay(), QLocale::LongFormat)));
    });
    connect(m_missedTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT navigateRequested(QStringLiteral("sites"), {{QStringLiteral("site"), m_missedModel->siteId(index.row())}});
    });
    return page;
}

void InspectionsPage::loadCoverage()
{
    const qint64 unit = ChoiceBox::selectedId(m_unit);
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    const QDate now = today();
    const QDate last = qMin(first.addMonths(1).addDays(-1), now);
    if (unit == 0 || last < first) {
        m_calendar->setMonth(first, {}, now);
        m_coverageSummary->setText(unit == 0 ? tr("Choose a unit.") : QString());
        return;
    }
    const int generation = ++m_coverageGeneration;
    m_coverageSummary->setText(tr("Counting…"));
    setBusy(true);
    const QString path = context().database->path();
    runInBackground(
        this,
        [path, unit, first, last]() -> Result<QList<DayCoverage>> {
            const auto db = Database::forThisThread(path);
            if (!db)
                return db.error();
            return InspectionQueries((*db)->connection()).coverage(unit, first, last);
        },
        [this, generation, first, now](const Result<QList<DayCoverage>>& days) {
            if (generation != m_coverageGeneration)
                return;
            setBusy(false);
            if (!days) {
                m_coverageSummary->setText(days.error().message);
                m_calendar->setMonth(first, {}, now);
                return;
            }
            m_calendar->setMonth(first, *days, now);
            int inspected = 0;
            int expected = 0;
            int full = 0;
            for (const DayCoverage& d : *days) {
                if (d.day >= now)
                    continue; // today is still running: it counts once it is over
                inspected += qMin(d.inspected, d.expected);
                expected += d.expected;
                full += d.expected > 0 && d.inspected >= d.expected ? 1 : 0;
            }
            const double ratio = expected > 0 ? double(inspected) / expected : 0;
            m_coverageSummary->setText(tr("Coverage %1% · %n day(s) with every site inspected", nullptr, full)
                                           .arg(QLocale().toString(ratio * 100, 'f', 1)));
            const QDate day = m_calendar->selectedDay();
            m_missedLabel->setText(tr("Sites not inspected on %1:").arg(QLocale().toString(day, QLocale::LongFormat)));
            m_missedModel->show(ChoiceBox::selectedId(m_unit), day);
        });
}

// ---------------------------------------------------------------------------------------------
// Records

QWidget* InspectionsPage::buildRecords()
{
    auto* page = new QWidget(this);
    m_from = dateEdit(page, QStringLiteral("recordsFrom"));
    m_to = dateEdit(page, QStringLiteral("recordsTo"));
    m_from->setDate(today().addDays(-30));
    m_to->setDate(today());
    m_recordsSearch = new QLineEdit(page);
    m_recordsSearch->setObjectName(QStringLiteral("recordsSearch"));
    m_recordsSearch->setPlaceholderText(tr("Search site, code or inspector"));
    m_recordsSearch->setClearButtonEnabled(true);
    m_recordsSearch->setAccessibleName(tr("Search inspection records"));
    m_failedOnly = new QCheckBox(tr("Only with fail&ures"), page);
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), page));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), page));
    filters->addWidget(m_to);
    filters->addWidget(m_recordsSearch, 1);
    filters->addWidget(m_failedOnly);

    m_recordsModel = new InspectionListModel(context().database->path(), this);
    m_recordsTable = new QTableView(page);
    setUpTable(m_recordsTable, m_recordsModel, QStringLiteral("recordsTable"), tr("Inspection records"));
    m_recordsTable->setToolTip(tr("Enter or double-click opens the inspection"));
    m_recordsCount = new QLabel(page);
    m_recordsState = new StateView(m_recordsTable, page);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_recordsState, 1);
    layout->addWidget(m_recordsCount);

    connect(m_from, &QDateEdit::dateChanged, this, &InspectionsPage::applyRecordsFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InspectionsPage::applyRecordsFilter);
    connect(m_recordsSearch, &QLineEdit::textChanged, this, &InspectionsPage::applyRecordsFilter);
    connect(m_failedOnly, &QCheckBox::toggled, this, &InspectionsPage::applyRecordsFilter);
    connect(m_recordsModel, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_recordsModel, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_recordsState->showError(e, [this] { applyRecordsFilter(); }); });
    connect(m_recordsModel, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_recordsCount->setText(total < 0 ? tr("Counting…") : tr("%n inspection(s)", nullptr, int(total)));
    });
    connect(m_recordsModel, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_recordsModel->rowCount() == 0) {
            m_recordsState->showEmpty(tr("No inspection in this period matches."));
            return;
        }
        m_recordsState->showContent();
        fitColumns(m_recordsTable);
    });
    connect(m_recordsTable, &QTableView::activated, this,
        [this](const QModelIndex& index) { openInspection(m_recordsModel->inspectionId(index.row())); });
    return page;
}

void InspectionsPage::applyRecordsFilter()
{
    const Session& session = context().session;
    InspectionFilter f;
    f.unitId = session.isSystem() ? 0 : session.orgId;
    f.from = m_from->date();
    f.to = m_to->date();
    f.text = m_recordsSearch->text();
    f.failedOnly = m_failedOnly->isChecked();
    f.siteId = m_recordsSiteId;
    if (m_recordsModel->rowCount() == 0)
        m_recordsState->showLoading(tr("Reading the inspections…"));
    m_recordsModel->setFilter(f);
}

void InspectionsPage::openInspection(qint64 inspectionId)
{
    InspectionService service(context().database->connection());
    const auto record = service.byId(inspectionId);
    if (!record) {
        QMessageBox::warning(this, tr("Inspection"), record.error().fullText());
        return;
    }
    const auto checklist = ChecklistService(context().database->connection()).version(record->checklistId);
    if (!checklist) {
        QMessageBox::warning(this, tr("Inspection"), checklist.error().fullText());
        return;
    }
    const Session& session = context().session;
    const QDate now = today();
    const bool canChange = session.can(Action::LogInspection);
    const bool correction = service.editKind(session, *record, now) == EditKind::Correction;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("inspectionDialog"));
    dialog.setWindowTitle(tr("Inspection of %1 on %2").arg(record->siteName, record->day.toString(Qt::ISODate)));
    auto* form = new InspectionForm(&dialog);
    form->setChecklist(*checklist);
    form->setOutcomes(record->outcomes, record->note);
    QString subtitle = tr("By %1, logged %2").arg(record->inspector, record->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (record->correctedAt.isValid()) {
        subtitle += QStringLiteral(" · ") + tr("corrected %1 by %2: %3")
                                               .arg(record->correctedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                   record->correctedBy, record->correctionReason);
    }
    form->setTitle(escaped(record->siteName), subtitle);
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
    connect(form, &InspectionForm::saveRequested, &dialog, [&] {
        if (!form->validate())
            return;
        if (correction && reason->text().trimmed().isEmpty()) {
            form->showProblem(tr("Say why the inspection is corrected."));
            reason->setFocus();
            return;
        }
        const auto saved = service.change(session, inspectionId, form->outcomes(), form->note(), reason->text().trimmed(), now);
        if (!saved) {
            form->showProblem(saved.error().fullText());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(correction ? tr("Inspection corrected.") : tr("Inspection changed."));
        m_recordsModel->reload();
        m_tabDirty[TodayTab] = m_tabDirty[RectificationTab] = m_tabDirty[CoverageTab] = true;
        updateBadge();
    }
}

} // namespace sitegov
