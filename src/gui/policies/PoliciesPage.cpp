#include "gui/policies/PoliciesPage.h"

#include "core/OfficeClock.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "gui/policies/PolicyDetailPanel.h"
#include "gui/policies/PolicyDialog.h"
#include "gui/policies/PolicyListModel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PolicyExchange.h"
#include "storage/RegistryQueries.h"
#include "storage/TableReader.h"

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

namespace {

QDateTime officeNow()
{
    const QDateTime now = OfficeClock::now();
    return QDateTime(now.date(), now.time());
}

} // namespace

PoliciesPage::PoliciesPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new PolicyListModel(context.database->path(), this))
    , m_detail(new PolicyDetailPanel(context, this))
    , m_banner(new QLabel(this))
    , m_unitFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
{
    ListPane::Options options;
    options.searchName = QStringLiteral("policySearch");
    options.searchPlaceholder = tr("Search title or issuing body (Ctrl+F)");
    options.searchAccessibleName = tr("Search key policies");
    options.table.objectName = QStringLiteral("policyTable");
    options.table.accessibleName = tr("Key policies");
    options.table.sortColumn = PolicyListQuery::Published;
    options.table.sortOrder = Qt::DescendingOrder;
    options.table.maxColumnWidth = 170;
    options.table.columnPadding = 12;
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();
    m_header = new PageHeader(title(), this);

    const bool may = context.session.can(Action::ManageRectification);
    auto* add = new QPushButton(tr("&New key policy…"), this);
    add->setObjectName(QStringLiteral("newPolicyButton"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(
        may ? tr("Register a key policy by hand (Ctrl+N)") : tr("Your roles do not register key policies."));
    add->setEnabled(may);
    connect(add, &QPushButton::clicked, this, &PoliciesPage::newItem);
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importPoliciesButton"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(may ? tr("Import a list of key policies: CSV (UTF-8 or GBK) or XLSX (Ctrl+I)")
                           : tr("Your roles do not register key policies."));
    import->setEnabled(may);
    connect(import, &QPushButton::clicked, this, &PoliciesPage::importFile);
    m_header->addAction(add);
    m_header->addAction(import);

    m_unitFilter->setObjectName(QStringLiteral("policyUnitFilter"));
    m_unitFilter->setAccessibleName(tr("Unit"));
    m_unitFilter->setMinimumContentsLength(14);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stateFilter->setObjectName(QStringLiteral("policyStateFilter"));
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_stateFilter->addItem(tr("All"), QString());
    m_stateFilter->addItem(tr("Open"), QStringLiteral("open"));
    m_stateFilter->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_stateFilter->addItem(tr("Closed"), QStringLiteral("closed"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stateFilter->setMinimumContentsLength(8);
    m_pane->filters()->addWidget(m_unitFilter, 3);
    m_pane->filters()->addWidget(m_stateFilter, 1);
    m_pane->addSearch(3);

    m_banner->setObjectName(QStringLiteral("overduePoliciesBanner"));
    m_banner->setWordWrap(true);
    m_pane->addHeader(m_header);
    m_pane->addAboveList(m_banner);
    m_pane->setContentBeside(m_detail)->setSizes({600, 420});
    m_state = m_pane->state();
    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("policyCount"));
    m_pane->fillParent();

    connect(m_unitFilter, &QComboBox::activated, this, &PoliciesPage::applyFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &PoliciesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &PoliciesPage::applyFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_detail->showItem(current.isValid() ? m_model->itemId(current.row()) : 0);
        });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n key policy item(s)", nullptr, int(total)));
    });
    connect(m_model, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_model->rowCount() == 0) {
            const bool filtered = !m_search->text().isEmpty() || m_stateFilter->currentIndex() > 0;
            if (filtered) {
                m_state->showEmpty(tr("No key policy matches these filters."), tr("Clear filters"), [this] {
                    m_applying = true;
                    m_search->clear();
                    m_stateFilter->setCurrentIndex(0);
                    m_applying = false;
                    applyFilter();
                });
            } else {
                m_state->showEmpty(tr("No key policy has been registered yet. Import a list or register one by hand."));
            }
            m_detail->showItem(0);
            return;
        }
        m_state->showContent();
        m_pane->fitColumns();
        selectPending();
    });
    connect(m_model, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_state->showError(e, [this] { refresh(); }); });
    connect(m_detail, &PolicyDetailPanel::changed, this, [this](qint64 id) {
        m_pendingItem = id;
        m_model->reload();
        updateOverdueCount();
    });
    connect(m_detail, &PolicyDetailPanel::statusMessage, this, &Page::statusMessage);
    updateOverdueCount();
}

void PoliciesPage::fillUnits()
{
    if (m_unitsFilled)
        return;
    const auto units = RegistryQueries(context().database->connection()).unitChoices(context().session);
    ChoiceBox::fill(m_unitFilter, units ? *units : QList<Choice>{}, true,
        context().session.isSystem() ? tr("All units") : tr("All units in my jurisdiction"));
    m_unitsFilled = true;
}

void PoliciesPage::activate()
{
    fillUnits();
    Page::activate();
}

void PoliciesPage::refresh()
{
    fillUnits();
    updateOverdueCount();
    m_pendingItem = m_detail->itemId();
    applyFilter();
}

void PoliciesPage::applyFilter()
{
    if (m_applying)
        return;
    const Session& session = context().session;
    PolicyFilter f;
    const qint64 chosen = m_unitsFilled ? ChoiceBox::selectedId(m_unitFilter) : 0;
    f.unitId = chosen != 0 ? chosen : (session.isSystem() ? 0 : session.orgId);
    f.state = m_stateFilter->currentData().toString();
    f.text = m_search->text();
    f.now = officeNow();
    m_header->setScope(chosen != 0 ? m_unitFilter->currentText()
            : session.isSystem()   ? tr("all units")
                                   : tr("my jurisdiction"));
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the key policies…"));
    if (m_pendingItem == 0)
        m_pendingItem = m_detail->itemId();
    m_model->setFilter(f);
}

void PoliciesPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    if (arguments.contains(QStringLiteral("state")))
        m_stateFilter->setCurrentIndex(
            qMax(0, m_stateFilter->findData(arguments.value(QStringLiteral("state")).toString())));
    if (arguments.contains(QStringLiteral("item")))
        m_pendingItem = arguments.value(QStringLiteral("item")).toLongLong();
    m_applying = false;
    if (isLoaded())
        applyFilter();
}

void PoliciesPage::selectPending()
{
    int row = 0;
    if (m_pendingItem != 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->itemId(r) == m_pendingItem) {
                row = r;
                break;
            }
        }
    }
    m_pendingItem = 0;
    const QModelIndex index = m_model->index(row, PolicyListQuery::Title);
    if (m_table->currentIndex().row() == row)
        m_detail->showItem(m_model->itemId(row));
    else
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PoliciesPage::updateOverdueCount()
{
    const Session& session = context().session;
    const qint64 scope = session.isSystem() ? 0 : session.orgId;
    const QString path = context().database->path();
    const QDateTime now = officeNow();
    const int generation = ++m_overdueGeneration;
    runInBackground(
        this,
        [path, now, scope]() -> Result<int> {
            const auto db = ConsoleDatabase::forThisThread(path);
            if (!db)
                return db.error();
            return PolicyService((*db)->connection()).overdueCount(now, scope);
        },
        [this, generation](const Result<int>& count) {
            if (generation != m_overdueGeneration)
                return;
            const int n = count ? *count : 0;
            setBadge(context().session.can(Action::ManageRectification) ? n : 0);
            if (!count)
                m_banner->setText(count.error().message);
            else if (n == 0)
                m_banner->setText(tr("Every open key policy is reposted, or still within its 8 hours."));
            else
                m_banner->setText(
                    tr("%n key policy item(s) published more than 8 hours ago are not reposted on every portal.",
                        nullptr, n));
            m_banner->setStyleSheet(count && n == 0 ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                                    : QStringLiteral("color: #b71c1c; font-weight: bold;"));
        });
}

void PoliciesPage::newItem()
{
    PolicyDialog dialog(context(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedId() == 0)
        return;
    m_pendingItem = dialog.savedId();
    Q_EMIT statusMessage(tr("The key policy is registered."));
    updateOverdueCount();
    applyFilter();
}

void PoliciesPage::importFile()
{
    const QString file
        = FileDialog::getOpenFileName(this, tr("Import key policies"), {}, tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (file.isEmpty())
        return;
    TableReadOptions options;
    options.databasePath = context().database->path();
    const auto table = TableReader::read(file, options);
    if (!table) {
        MessageBox::warning(this, tr("Import key policies"), table.error().message, table.error().detail);
        return;
    }
    auto& db = context().database->connection();
    const auto report = PolicyExchange::import(db, context().session, *table);
    if (!report) {
        MessageBox::warning(this, tr("Import key policies"), report.error().message, report.error().detail);
        return;
    }
    if (!report->committed) {
        MessageBox::warning(this, tr("Import key policies"),
            report->failed > 0
                ? tr("Nothing was imported: %n row(s) have errors. Correct them and import the file again.", nullptr,
                    report->failed)
                : tr("The file has no key policies: nothing was imported."),
            report->errorLines().join(u'\n'));
        return;
    }
    Q_EMIT statusMessage(
        tr("Imported %n key policy item(s) from %1.", nullptr, report->imported).arg(QDir::toNativeSeparators(file)));
    updateOverdueCount();
    applyFilter();
}

} // namespace sitegov
