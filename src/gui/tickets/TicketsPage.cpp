#include "gui/tickets/TicketsPage.h"

#include "core/OfficeClock.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "gui/tickets/TicketDetailPanel.h"
#include "gui/tickets/TicketDialog.h"
#include "gui/tickets/TicketListModel.h"
#include "storage/CalendarStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryQueries.h"
#include "storage/TableReader.h"
#include "storage/TicketExchange.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace sitegov {

TicketsPage::TicketsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new TicketListModel(context.database->path(), this))
    , m_detail(new TicketDetailPanel(context, this))
    , m_banner(new QLabel(this))
    , m_unitFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
{
    auto options
        = ListPane::Options::named(QStringLiteral("ticketSearch"), tr("Search number, site, unit or text (Ctrl+F)"),
            tr("Search error reports"), QStringLiteral("ticketTable"), tr("Error reports"));
    options.table.sortedBy(TicketListQuery::Received, Qt::DescendingOrder).columnsUpTo(170, 12);
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();
    m_header = new PageHeader(title(), this);

    const bool may = context.session.can(Action::ManageRectification);
    auto* add = new QPushButton(tr("&New error report…"), this);
    add->setObjectName(QStringLiteral("newTicketButton"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(may ? tr("Register a message of the error-report platform by hand (Ctrl+N)")
                        : tr("Your roles do not handle error reports."));
    add->setEnabled(may);
    connect(add, &QPushButton::clicked, this, &TicketsPage::newTicket);
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importTicketsButton"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(may ? tr("Import the platform's export: CSV (UTF-8 or GBK) or XLSX (Ctrl+I)")
                           : tr("Your roles do not handle error reports."));
    import->setEnabled(may);
    connect(import, &QPushButton::clicked, this, &TicketsPage::importFile);
    // The working-day calendar the deadlines count: a year's holiday arrangement, as
    // `sitegovctl calendar import` takes it (a database-wide setting).
    auto* calendar = new QPushButton(tr("Working-day &calendar…"), this);
    calendar->setObjectName(QStringLiteral("importCalendarButton"));
    calendar->setToolTip(tr("Import a year's holiday arrangement (JSON) for the working days the deadlines count"));
    calendar->setVisible(context.session.can(Action::ManageSettings));
    connect(calendar, &QPushButton::clicked, this, &TicketsPage::importCalendar);
    m_header->addAction(add);
    m_header->addAction(import);
    m_header->addAction(calendar);

    m_unitFilter->setObjectName(QStringLiteral("ticketUnitFilter"));
    m_unitFilter->setAccessibleName(tr("Unit"));
    m_unitFilter->setMinimumContentsLength(14);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->setObjectName(QStringLiteral("ticketStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(tr("Not closed"), QStringLiteral("unclosed"));
    m_statusFilter->addItem(tr("Overdue"), QStringLiteral("overdue"));
    for (const TicketStatus s : TicketRules::statuses())
        m_statusFilter->addItem(TicketRules::displayName(s), TicketRules::key(s));
    m_kindFilter->setObjectName(QStringLiteral("ticketKindFilter"));
    m_kindFilter->setAccessibleName(tr("Type filter"));
    m_kindFilter->addItem(tr("All types"), QString());
    for (const TicketKind k : TicketRules::kinds())
        m_kindFilter->addItem(TicketRules::displayName(k), TicketRules::key(k));
    for (QComboBox* c : {m_statusFilter, m_kindFilter}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_pane->filters()->addWidget(m_unitFilter, 3);
    m_pane->filters()->addWidget(m_statusFilter, 1);
    m_pane->filters()->addWidget(m_kindFilter, 1);
    m_pane->addSearch(3);

    m_banner->setObjectName(QStringLiteral("overdueTicketsBanner"));
    m_banner->setWordWrap(true);
    m_pane->addHeader(m_header);
    m_pane->addAboveList(m_banner);
    m_pane->setContentBeside(m_detail)->setSizes({700, 380});
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("ticketCount"));
    m_pane->fillParent();

    connect(m_unitFilter, &QComboBox::activated, this, &TicketsPage::applyFilter);
    for (QComboBox* c : {m_statusFilter, m_kindFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &TicketsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_detail->showTicket(current.isValid() ? m_model->ticketId(current.row()) : 0); });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n error report(s)", nullptr, int(total)));
    });
    connect(m_model, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_model->rowCount() == 0) {
            const bool filtered = !m_search->text().isEmpty() || m_statusFilter->currentIndex() > 0
                || m_kindFilter->currentIndex() > 0;
            if (filtered) {
                m_state->showEmpty(tr("No error report matches these filters."), tr("Clear filters"), [this] {
                    m_applying = true;
                    m_search->clear();
                    m_statusFilter->setCurrentIndex(0);
                    m_kindFilter->setCurrentIndex(0);
                    m_applying = false;
                    applyFilter();
                });
            } else {
                m_state->showEmpty(tr("No error report has been registered yet. Import the platform's export or "
                                      "register a message by hand."));
            }
            m_detail->showTicket(0);
            return;
        }
        m_state->showContent();
        m_pane->fitColumns();
        selectPending();
    });
    connect(m_model, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_state->showError(e, [this] { refresh(); }); });
    connect(m_detail, &TicketDetailPanel::changed, this, [this](qint64 id) {
        m_pendingTicket = id;
        m_model->reload();
        updateOverdueCount();
    });
    connect(m_detail, &TicketDetailPanel::statusMessage, this, &Page::statusMessage);
    updateOverdueCount();
}

void TicketsPage::fillUnits()
{
    if (m_unitsFilled)
        return;
    const auto units = RegistryQueries(context().database->connection()).unitChoices(context().session);
    ChoiceBox::fill(m_unitFilter, units ? *units : QList<Choice>{}, true,
        context().session.isSystem() ? tr("All units") : tr("All units in my jurisdiction"));
    m_unitsFilled = true;
}

void TicketsPage::activate()
{
    fillUnits();
    Page::activate();
}

void TicketsPage::refresh()
{
    fillUnits();
    updateOverdueCount();
    m_pendingTicket = m_detail->ticketId();
    applyFilter();
}

void TicketsPage::applyFilter()
{
    if (m_applying)
        return;
    const Session& session = context().session;
    TicketFilter f;
    const qint64 chosen = m_unitsFilled ? ChoiceBox::selectedId(m_unitFilter) : 0;
    f.unitId = chosen != 0 ? chosen : (session.isSystem() ? 0 : session.orgId);
    f.status = m_statusFilter->currentData().toString();
    f.kind = m_kindFilter->currentData().toString();
    f.text = m_search->text();
    f.today = OfficeClock::today();
    m_header->setScope(chosen != 0 ? m_unitFilter->currentText()
            : session.isSystem()   ? tr("all units")
                                   : tr("my jurisdiction"));
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the error reports…"));
    if (m_pendingTicket == 0)
        m_pendingTicket = m_detail->ticketId();
    m_model->setFilter(f);
}

void TicketsPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    if (arguments.contains(QStringLiteral("status")))
        m_statusFilter->setCurrentIndex(
            qMax(0, m_statusFilter->findData(arguments.value(QStringLiteral("status")).toString())));
    if (arguments.contains(QStringLiteral("kind")))
        m_kindFilter->setCurrentIndex(qMax(0, m_kindFilter->findData(arguments.value(QStringLiteral("kind")).toString())));
    if (arguments.contains(QStringLiteral("ticket")))
        m_pendingTicket = arguments.value(QStringLiteral("ticket")).toLongLong();
    m_applying = false;
    if (isLoaded())
        applyFilter();
}

void TicketsPage::selectPending()
{
    int row = 0;
    if (m_pendingTicket != 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->ticketId(r) == m_pendingTicket) {
                row = r;
                break;
            }
        }
    }
    m_pendingTicket = 0;
    const QModelIndex index = m_model->index(row, TicketListQuery::MessageNo);
    if (m_table->currentIndex().row() == row)
        m_detail->showTicket(m_model->ticketId(row));
    else
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TicketsPage::updateOverdueCount()
{
    const Session& session = context().session;
    const qint64 scope = session.isSystem() ? 0 : session.orgId;
    const QString path = context().database->path();
    const QDate today = OfficeClock::today();
    const int generation = ++m_overdueGeneration;
    runInBackground(
        this,
        [path, today, scope]() -> Result<int> {
            const auto db = ConsoleDatabase::forThisThread(path);
            if (!db)
                return db.error();
            return TicketService((*db)->connection()).overdueCount(today, scope);
        },
        [this, generation](const Result<int>& count) {
            if (generation != m_overdueGeneration)
                return;
            const int n = count ? *count : 0;
            setBadge(context().session.can(Action::ManageRectification) ? n : 0);
            if (!count)
                m_banner->setText(count.error().message);
            else if (n == 0)
                m_banner->setText(tr("Every error report is within its deadline."));
            else
                m_banner->setText(tr("%n error report(s) not closed by the deadline (3 working days).", nullptr, n));
            m_banner->setStyleSheet(count && n == 0 ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                                    : QStringLiteral("color: #b71c1c; font-weight: bold;"));
        });
}

void TicketsPage::newTicket()
{
    TicketDialog dialog(context(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedId() == 0)
        return;
    m_pendingTicket = dialog.savedId();
    Q_EMIT statusMessage(tr("The error report is registered."));
    updateOverdueCount();
    applyFilter();
}

bool TicketsPage::importCalendar()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Import a working-day calendar"), {}, tr("Working-day calendars (*.json);;All files (*)"));
    if (file.isEmpty())
        return false;
    // The same checks as `sitegovctl calendar import`; a refused file changes nothing.
    const auto year = CalendarStore(context().database->connection())
                          .importFile(context().session, file, context().database->path());
    if (!year) {
        MessageBox::warning(this, tr("Import a working-day calendar"), year.error().message, year.error().detail);
        return false;
    }
    MessageBox::information(this, tr("Import a working-day calendar"),
        tr("The working-day calendar of %1 is the imported one from now on; deadlines already given stay.").arg(*year));
    Q_EMIT statusMessage(tr("The working-day calendar of %1 was imported.").arg(*year));
    return true;
}

void TicketsPage::importFile()
{
    const QString file = FileDialog::getOpenFileName(this, tr("Import error reports"), {},
        tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (file.isEmpty())
        return;
    TableReadOptions options;
    options.databasePath = context().database->path();
    const auto table = TableReader::read(file, options);
    if (!table) {
        MessageBox::warning(this, tr("Import error reports"), table.error().message, table.error().detail);
        return;
    }
    auto& db = context().database->connection();
    const auto calendar = CalendarStore(db).calendar();
    if (!calendar) {
        MessageBox::warning(this, tr("Import error reports"), calendar.error().message, calendar.error().detail);
        return;
    }
    const auto report = TicketExchange::import(db, context().session, *table, *calendar);
    if (!report) {
        MessageBox::warning(this, tr("Import error reports"), report.error().message, report.error().detail);
        return;
    }
    if (!report->committed) {
        MessageBox::warning(this, tr("Import error reports"),
            report->failed > 0
                ? tr("Nothing was imported: %n row(s) have errors. Correct them and import the file again.", nullptr,
                    report->failed)
                : tr("The file has no messages: nothing was imported."),
            report->errorLines().join(u'\n'));
        return;
    }
    Q_EMIT statusMessage(tr("Imported %n error report(s) from %1.", nullptr, report->imported)
                             .arg(QDir::toNativeSeparators(file)));
    updateOverdueCount();
    applyFilter();
}

} // namespace sitegov
