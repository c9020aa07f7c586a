#include "gui/registry/SitesPage.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/QueryTableModel.h"
#include "gui/common/StateView.h"
#include "gui/common/UnitPicker.h"
#include "gui/registry/ImportDialog.h"
#include "gui/registry/PersonDialog.h"
#include "gui/registry/SiteDetailPanel.h"
#include "gui/registry/SiteDialog.h"
#include "gui/registry/SiteListModel.h"
#include "gui/registry/UnitDialog.h"
#include "gui/registry/UnitTreeModel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/TableWriter.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitegov {

namespace {

template <typename E> void fillCombo(QComboBox* combo, const QString& allText, const QList<E>& values)
{
    combo->addItem(allText, QString());
    ChoiceBox::addKeys(combo, values);
}

} // namespace

SitesPage::SitesPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new SiteListModel(context.database->path(), this))
    , m_tabs(new QTabWidget(this))
{
    auto* header = new PageHeader(title(), this);
    if (context.session.can(Action::EditSites)) {
        auto* add = new QPushButton(tr("&Register a site…"), this);
        add->setObjectName(QStringLiteral("registerSiteButton"));
        add->setShortcut(QKeySequence::New);
        add->setToolTip(tr("Register a new site (Ctrl+N)"));
        connect(add, &QPushButton::clicked, this, &SitesPage::registerSite);
        header->addAction(add);
    }
    if (context.session.can(Action::ImportData)) {
        auto* import = new QPushButton(tr("&Import…"), this);
        import->setObjectName(QStringLiteral("importButton"));
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        import->setToolTip(tr("Import units, persons, sites or assignments from CSV or XLSX (Ctrl+I)"));
        connect(import, &QPushButton::clicked, this, [this] { importFile({}); });
        header->addAction(import);
    }
    auto* exportButton = new QPushButton(tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export the list as shown (Ctrl+Shift+E), or the registry's sites, units, persons or "
                                "assignments with every field, to import back after editing, to XLSX or CSV"));
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("The list as shown…"), this, [this] {
        if (ListTable* list = shownList()) {
            QString message;
            if (list->exportInteractively(this, &message))
                Q_EMIT statusMessage(message);
        }
    });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("The listed sites, every field (to import back)…"), this,
        [this] { exportFile(ExchangeKind::Sites, true); });
    exportMenu->addAction(tr("All units…"), this, [this] { exportFile(ExchangeKind::Organisations, false); });
    exportMenu->addAction(tr("All responsible persons…"), this, [this] { exportFile(ExchangeKind::Persons, false); });
    exportMenu->addAction(tr("All assignments…"), this, [this] { exportFile(ExchangeKind::Assignments, false); });
    exportButton->setMenu(exportMenu);
    header->addAction(exportButton);
    m_tabs->setObjectName(QStringLiteral("registryTabs"));
    m_tabs->addTab(buildSitesTab(), tr("Sites"));
    m_tabs->addTab(buildUnitsTab(), tr("Units"));
    m_tabs->addTab(buildPeopleTab(), tr("Responsible persons"));
    m_tabs->addTab(buildConsolidationTab(), tr("Consolidation"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2 && m_people->rowCount() == 0)
            reloadPeople();
        if (index == 3)
            reloadConsolidation();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
}

QWidget* SitesPage::buildSitesTab()
{
    auto options = ListPane::Options::named(QStringLiteral("siteSearchEdit"),
        tr("Search name, code, domain or unit (Ctrl+F)"), tr("Search sites"), QStringLiteral("siteTable"), tr("Sites"));
    options.table.sortedBy(SiteListQuery::Code).columnsUpTo(320);
    m_sites = new ListPane(m_model, options, this);
    auto* tab = m_sites;
    m_search = m_sites->search();
    m_search->setMinimumWidth(120);
    m_table = m_sites->table();

    m_level = new QComboBox(tab);
    m_level->setObjectName(QStringLiteral("siteLevelFilter"));
    m_level->setAccessibleName(tr("Level filter"));
    fillCombo(m_level, tr("All levels"), Vocabulary::adminLevels());
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("siteKindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    fillCombo(m_kind, tr("All kinds"), Vocabulary::siteKinds());
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("siteStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    fillCombo(m_status, tr("All statuses"), Vocabulary::siteStatuses());
    m_platform = new QComboBox(tab);
    m_platform->setObjectName(QStringLiteral("sitePlatformFilter"));
    m_platform->setAccessibleName(tr("Platform filter"));
    fillCombo(m_platform, tr("All platforms"), Vocabulary::platforms());
    m_city = new QComboBox(tab);
    m_city->setObjectName(QStringLiteral("siteCityFilter"));
    m_city->setAccessibleName(tr("City filter"));
    m_flags = new QComboBox(tab);
    m_flags->setObjectName(QStringLiteral("siteFlagFilter"));
    m_flags->setAccessibleName(tr("Flag filter"));
    m_flags->addItem(tr("Flagged or not"), 0);
    m_flags->addItem(tr("Any flag"), -1);
    for (SiteFlag f : RegistryVocabulary::flags())
        m_flags->addItem(RegistryVocabulary::displayName(f), int(f));
    auto* clear = new QPushButton(tr("Clear filters"), tab);
    clear->setObjectName(QStringLiteral("siteClearFilters"));

    m_sites->addSearch(3);
    for (QComboBox* c : {m_level, m_kind, m_status, m_platform, m_city, m_flags}) {
        // Narrow enough for a 1024-pixel screen, in either language, beside the sidebar: a few
        // characters at the least (wider when there is room); the popup and tooltip show it all.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(3);
        c->setToolTip(c->currentText());
        connect(c, &QComboBox::currentTextChanged, c, &QComboBox::setToolTip);
        m_sites->filters()->addWidget(c, 1);
    }
    m_sites->filters()->addWidget(clear);

    m_detail = new SiteDetailPanel(context(), tab);
    auto* splitter = new QSplitter(tab);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_sites->setContent(splitter);
    m_state = m_sites->state();
    m_count = m_sites->count();
    m_count->setObjectName(QStringLiteral("siteCount"));

    connect(m_search, &QLineEdit::textChanged, this, &SitesPage::applyFilter);
    for (QComboBox* combo : {m_level, m_kind, m_status, m_platform, m_city, m_flags})
        connect(combo, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &SitesPage::clearFilters);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_detail->showSite(current.isValid() ? m_model->siteId(current.row()) : 0);
        });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (context().session.can(Action::EditSites)) {
            SiteDialog dialog(context(), m_model->siteId(index.row()), this);
            if (dialog.exec() == QDialog::Accepted)
                Q_EMIT m_detail->changed(dialog.savedSiteId());
        }
    });
    // Busy while the list loads or the detail reads the site's activity (screenshots and tests wait).
    connect(m_model, &QueryTableModel::loadingChanged, this,
        [this](bool loading) { setBusy(loading || m_detail->isLoadingActivity()); });
    connect(m_detail, &SiteDetailPanel::activityLoadingChanged, this,
        [this](bool loading) { setBusy(loading || m_model->isLoading()); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%1 sites").arg(QLocale().toString(total)));
    });
    m_sites->followLoads(
        m_model, [this] { refresh(); },
        [this] {
            m_state->showEmpty(tr("No site matches these filters."), tr("Clear filters"), [this] { clearFilters(); });
        },
        [this] { selectPendingSite(); });
    connect(m_detail, &SiteDetailPanel::changed, this, [this](qint64 siteId) {
        m_pendingSelect = siteId;
        m_model->reload();
    });
    connect(m_detail, &SiteDetailPanel::navigateRequested, this, &Page::navigateRequested);
    connect(m_detail, &SiteDetailPanel::auditRequested, this, [this](qint64 siteId) {
        Q_EMIT navigateRequested(QStringLiteral("audit"),
            {{QStringLiteral("objectType"), QStringLiteral("site")},
                {QStringLiteral("search"), QString::number(siteId)}});
    });
    return tab;
}

QWidget* SitesPage::buildUnitsTab()
{
    auto* tab = new QWidget(this);
    m_units = new UnitTreeModel(RegistryQueries(context().database->connection()), this);
    m_unitTree = new QTreeView(tab);
    m_unitTree->setObjectName(QStringLiteral("unitTree"));
    m_unitTree->setModel(m_units);
    m_unitTree->setUniformRowHeights(true);
    m_unitTree->setAlternatingRowColors(true);
    m_unitTree->header()->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::Stretch);
    m_unitTree->header()->setStretchLastSection(false);
    m_unitTree->setAccessibleName(tr("Units"));
    m_unitTree->expand(m_units->index(0, 0));

    auto* buttons = new QHBoxLayout;
    const bool canManage = context().session.can(Action::ManageOrganisations);
    const QList<std::pair<QString, QString>> actions{{QStringLiteral("add"), tr("&Add a unit under it…")},
        {QStringLiteral("edit"), tr("&Edit…")}, {QStringLiteral("move"), tr("&Move…")},
        {QStringLiteral("toggle"), tr("&Deactivate / activate")}, {QStringLiteral("sites"), tr("Show its &sites")}};
    for (const auto& [key, text] : actions) {
        auto* b = new QPushButton(text, tab);
        b->setObjectName(QStringLiteral("unit_") + key);
        b->setVisible(canManage || key == u"sites");
        connect(b, &QPushButton::clicked, this, [this, key = key] { unitAction(key); });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_unitTree, 1);
    connect(m_unitTree, &QTreeView::doubleClicked, this, [this] { unitAction(QStringLiteral("sites")); });
    return tab;
}

QWidget* SitesPage::buildPeopleTab()
{
    m_people = new QueryTableModel(context().database->path(),
        {tr("Name"), tr("Unit"), tr("Title"), tr("Telephone"), tr("E-mail"), tr("Current assignments"), tr("Active")},
        this);
    auto options = ListPane::Options::named(QStringLiteral("peopleSearch"), tr("Search name, telephone or unit"),
        QString(), QStringLiteral("peopleTable"), tr("Responsible persons"));
    // The header's first sort, as it always was: by name, descending.
    options.table.sortedBy(0, Qt::DescendingOrder);
    m_peoplePane = new ListPane(m_people, options, this);
    m_peopleTable = m_peoplePane->table();
    m_peopleSearch = m_peoplePane->search();
    m_peoplePane->addSearch(1);
    const bool canAssign = context().session.can(Action::AssignPersons);
    for (const auto& [key, text] :
        {std::pair{QStringLiteral("add"), tr("&New person…")}, std::pair{QStringLiteral("edit"), tr("&Edit…")},
            std::pair{QStringLiteral("toggle"), tr("&Deactivate / activate")}}) {
        auto* b = new QPushButton(text, m_peoplePane);
        b->setObjectName(QStringLiteral("person_") + key);
        b->setVisible(canAssign);
        connect(b, &QPushButton::clicked, this, [this, key = key] { personAction(key); });
        m_peoplePane->filters()->addWidget(b);
    }
    m_peoplePane->setContent(m_peopleTable);
    connect(m_peopleSearch, &QLineEdit::textChanged, this, &SitesPage::reloadPeople);
    connect(m_people, &QueryTableModel::firstRowsLoaded, this, [this] { m_peoplePane->fitColumns(); });
    return m_peoplePane;
}

QWidget* SitesPage::buildConsolidationTab()
{
    auto* tab = new QWidget(this);
    auto* context
        = new QLabel(tr("Consolidation (集约化): sites move onto the province's and the cities' unified technical "
                        "platforms, and townships, streets and county departments close theirs. In 2017 Fujian "
                        "reported 80% of city department sites and 50% of county government sites migrated, and "
                        "over 80% of all sites closed, merged or transferred (关、停、并、转)."),
            tab);
    context->setWordWrap(true);
    m_consolidation = new QTableWidget(tab);
    // The words of docs/design/glossary.md, as the dashboard's card counts them.
    m_consolidation->setColumnCount(8);
    m_consolidation->setHorizontalHeaderLabels({tr("City"), tr("Level"), tr("Open sites"), tr("On the unified platform"),
        tr("Standalone"), tr("Of which migrating"), tr("Closed"), tr("Consolidation progress")});
    m_consolidationTotal = new QLabel(tab);
    m_consolidationTotal->setObjectName(QStringLiteral("consolidationTotal"));
    ListTable::Options table;
    table.objectName = QStringLiteral("consolidationTable");
    table.accessibleName = tr("Consolidation by city and level");
    m_consolidationList = ListTable::attach(m_consolidation, table);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(context);
    layout->addWidget(m_consolidation, 1);
    layout->addWidget(m_consolidationTotal);
    connect(m_consolidation, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 city = m_consolidation->item(row, 0)->data(Qt::UserRole).toLongLong();
        const QString level = m_consolidation->item(row, 1)->data(Qt::UserRole).toString();
        navigate({{QStringLiteral("city"), city == 0 ? qint64(-1) : city}, {QStringLiteral("level"), level},
            {QStringLiteral("tab"), QStringLiteral("sites")}});
    });
    return tab;
}

bool SitesPage::focusSearch()
{
    // The search of the list on screen; from the units or the consolidation, the sites' own.
    if (m_tabs->currentWidget() == m_peoplePane) {
        m_peoplePane->focusSearch();
        return true;
    }
    m_tabs->setCurrentIndex(0);
    m_sites->focusSearch();
    return true;
}

ListTable* SitesPage::shownList() const
{
    if (m_tabs->currentIndex() == 3)
        return m_consolidationList;
    return Page::shownList();
}

void SitesPage::refresh()
{
    const auto cities = RegistryQueries(context().database->connection()).cities();
    {
        const QSignalBlocker block(m_city);
        const QVariant current = m_city->currentData();
        m_city->clear();
        m_city->addItem(tr("All cities"), qint64(0));
        m_city->addItem(tr("Province level"), qint64(-1));
        if (cities) {
            for (const Choice& c : *cities)
                m_city->addItem(c.text, c.id);
        }
        m_city->setCurrentIndex(qMax(0, m_city->findData(current)));
        // The first time, the account's own jurisdiction (docs/design/ux.md): its city chosen in the
        // city filter, or a unit below a city as the unit filter; "All cities" widens it.
        if (!m_scopeApplied) {
            m_scopeApplied = true;
            const Session& session = context().session;
            if (!session.isSystem() && session.orgId != 0) {
                if (const int city = m_city->findData(session.orgId); city >= 0)
                    m_city->setCurrentIndex(city);
                else if (m_unitFilter == 0 && m_city->count() > 2 && !isTopUnit(session.orgId))
                    m_unitFilter = session.orgId;
            }
        }
    }
    const auto count = SiteRepository(context().database->connection()).count();
    if (count && *count == 0) {
        m_state->showEmpty(tr("No sites are registered in this database yet."),
            context().session.can(Action::EditSites) ? tr("Register a site") : QString(), [this] { registerSite(); });
        return;
    }
    applyFilter();
    if (m_tabs->currentIndex() == 2)
        reloadPeople();
    if (m_tabs->currentIndex() == 3)
        reloadConsolidation();
}

bool SitesPage::isTopUnit(qint64 unitId) const
{
    const auto unit = OrganisationRepository(context().database->connection()).byId(unitId);
    return unit && unit->parentId == 0;
}

void SitesPage::applyFilter()
{
    if (m_applying)
        return;
    SiteFilter f;
    f.text = m_search->text();
    f.level = m_level->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.status = m_status->currentData().toString();
    f.platform = m_platform->currentData().toString();
    f.cityOrgId = m_city->currentData().toLongLong();
    f.flags = m_flags->currentData().toInt();
    f.unitId = m_unitFilter;
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the registry…"));
    m_model->setFilter(f);
}

void SitesPage::clearFilters()
{
    m_applying = true;
    m_search->clear();
    for (QComboBox* c : {m_level, m_kind, m_status, m_platform, m_city, m_flags})
        c->setCurrentIndex(0);
    m_unitFilter = 0;
    m_applying = false;
    applyFilter();
}

void SitesPage::navigate(const QVariantMap& arguments)
{
    m_applying = true;
    m_scopeApplied = true; // what another page asks for, not the default
    if (arguments.contains(QStringLiteral("text")))
        m_search->setText(arguments.value(QStringLiteral("text")).toString());
    else
        m_search->clear();
    auto pick = [&arguments](QComboBox* combo, const char* key) {
        combo->setCurrentIndex(qMax(0, combo->findData(arguments.value(QLatin1String(key)).toString())));
    };
    pick(m_level, "level");
    pick(m_kind, "kind");
    pick(m_status, "status");
    pick(m_platform, "platform");
    const qint64 city = arguments.value(QStringLiteral("city")).toLongLong();
    if (city != 0 && m_city->findData(city) < 0)
        m_city->addItem(QString::number(city), city);
    m_city->setCurrentIndex(qMax(0, m_city->findData(city)));
    int flags = arguments.value(QStringLiteral("flags")).toInt();
    if (arguments.value(QStringLiteral("flagged")).toBool())
        flags = -1;
    m_flags->setCurrentIndex(qMax(0, m_flags->findData(flags)));
    m_unitFilter = arguments.value(QStringLiteral("unit")).toLongLong();
    m_pendingSelect = arguments.value(QStringLiteral("site")).toLongLong();
    const QString tab = arguments.value(QStringLiteral("tab"), QStringLiteral("sites")).toString();
    m_tabs->setCurrentIndex(tab == u"units" ? 1 : tab == u"people" ? 2 : tab == u"consolidation" ? 3 : 0);
    m_applying = false;
    if (isLoaded())
        applyFilter();
}

void SitesPage::selectPendingSite()
{
    if (m_pendingSelect == 0) {
        // Nothing asked for: show the first site, so that the detail panel is never idle.
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_sites->list()->selectOnly(0);
        return;
    }
    const int row = m_model->findRow(SiteListQuery::IdColumn, m_pendingSelect);
    if (row >= 0) {
        m_sites->list()->selectOnly(row);
        m_detail->showSite(m_pendingSelect);
    } else {
        m_detail->showSite(m_pendingSelect);
    }
    m_pendingSelect = 0;
}

void SitesPage::registerSite()
{
    if (!context().session.can(Action::EditSites))
        return;
    qint64 host = 0;
    if (m_tabs->currentIndex() == 1)
        host = m_units->unitId(m_unitTree->currentIndex());
    SiteDialog dialog(context(), 0, this, host);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("Site registered."));
    m_tabs->setCurrentIndex(0);
    m_pendingSelect = dialog.savedSiteId();
    m_search->setText(dialog.site().code);
    applyFilter();
}

void SitesPage::unitAction(const QString& action)
{
    const QModelIndex index = m_unitTree->currentIndex();
    const qint64 unit = m_units->unitId(index);
    const UnitEntry* entry = m_units->entry(index);
    if (action == u"sites") {
        if (unit == 0)
            return;
        navigate({{QStringLiteral("unit"), unit}, {QStringLiteral("tab"), QStringLiteral("sites")}});
        return;
    }
    if (action != u"add" && unit == 0) {
        MessageBox::information(this, tr("Units"), tr("Select a unit in the tree first."));
        return;
    }
    RegistryService registry(context().database->connection());
    if (action == u"add" || action == u"edit") {
        UnitDialog dialog(context(), action == u"edit" ? unit : 0, action == u"add" ? unit : 0, this);
        if (dialog.exec() == QDialog::Accepted)
            m_units->reload();
        return;
    }
    if (action == u"move") {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Move %1").arg(entry->org.name));
        auto* target = new QComboBox(&dialog);
        const auto choices = RegistryQueries(context().database->connection()).unitChoices(context().session);
        ChoiceBox::fill(target, choices ? *choices : QList<Choice>{}, false);
        auto* ok = new QPushButton(tr("Move"), &dialog);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("New parent unit:"), &dialog));
        layout->addWidget(target);
        layout->addWidget(ok);
        connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Status s = registry.moveOrganisation(context().session, unit, ChoiceBox::selectedId(target));
        if (!s)
            MessageBox::warning(this, dialog.windowTitle(), s.error().fullText());
        else
            m_units->reload();
        return;
    }
    if (action == u"toggle") {
        const bool activate = !entry->org.active;
        if (!activate
            && MessageBox::question(this, tr("Deactivate unit"),
                   tr("Deactivate %1? It can no longer be chosen for new sites, persons or accounts.")
                       .arg(entry->org.name))
                != MessageBox::Yes)
            return;
        const Status s = registry.setOrganisationActive(context().session, unit, activate);
        if (!s)
            MessageBox::warning(this, tr("Units"), s.error().fullText());
        else
            m_units->reload();
    }
}

void SitesPage::reloadPeople()
{
    PersonFilter f;
    f.text = m_peopleSearch->text();
    f.includeInactive = true;
    m_people->setQuery(PersonListQuery::build(f));
}

void SitesPage::personAction(const QString& action)
{
    const QModelIndex index = m_peopleTable->currentIndex();
    const qint64 person = index.isValid() ? m_people->raw(index.row(), PersonListQuery::IdColumn).toLongLong() : 0;
    if (action == u"add" || action == u"edit") {
        if (action == u"edit" && person == 0)
            return;
        PersonDialog dialog(context(), action == u"edit" ? person : 0, this);
        if (dialog.exec() == QDialog::Accepted)
            reloadPeople();
        return;
    }
    if (person == 0)
        return;
    const bool active = m_people->raw(index.row(), PersonListQuery::Active).toBool();
    const Status s
        = PersonService(context().database->connection()).setPersonActive(context().session, person, !active);
    if (!s)
        MessageBox::warning(this, tr("Responsible persons"), s.error().fullText());
    else
        reloadPeople();
}

void SitesPage::reloadConsolidation()
{
    // The account's jurisdiction, as every figure of the dashboard.
    const Session& session = context().session;
    const auto rows = RegistryQueries(context().database->connection()).consolidation(session.isSystem() ? 0 : session.orgId);
    m_consolidation->setSortingEnabled(false);
    m_consolidation->setRowCount(0);
    m_consolidationTotal->clear();
    if (!rows)
        return;
    int unified = 0;
    int open = 0;
    const QLocale locale;
    for (const ConsolidationRow& r : *rows) {
        const int row = m_consolidation->rowCount();
        m_consolidation->insertRow(row);
        auto* city = new QTableWidgetItem(r.city.isEmpty() ? tr("Province level") : r.city);
        city->setData(Qt::UserRole, r.cityOrgId);
        m_consolidation->setItem(row, 0, city);
        auto* level = new QTableWidgetItem(
            Vocabulary::adminLevel(r.level) ? Vocabulary::displayName(*Vocabulary::adminLevel(r.level)) : r.level);
        level->setData(Qt::UserRole, r.level);
        m_consolidation->setItem(row, 1, level);
        const QList<int> values{r.open(), r.unified, r.standalone, r.migrating, r.closed};
        for (int i = 0; i < values.size(); ++i) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, values.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_consolidation->setItem(row, 2 + i, item);
        }
        auto* pct = new QTableWidgetItem(locale.toString(r.progress(), 'f', 1) + locale.percent());
        pct->setData(Qt::UserRole, r.progress());
        pct->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_consolidation->setItem(row, 7, pct);
        unified += r.unified;
        open += r.open();
    }
    m_consolidation->setSortingEnabled(true);
    m_consolidationList->fitColumns();
    const double progress = open == 0 ? 100.0 : 100.0 * unified / open;
    m_consolidationTotal->setText(tr("In all: %1 of %Ln open site(s) on the unified platform (%2)", nullptr, open)
                                      .arg(locale.toString(unified), locale.toString(progress, 'f', 1) + locale.percent()));
}

void SitesPage::importFile(const QString& path)
{
    if (!context().session.can(Action::ImportData))
        return;
    ImportDialog dialog(context(), ExchangeKind::Sites, this);
    if (!path.isEmpty())
        dialog.setFile(path);
    dialog.exec();
    if (dialog.imported()) {
        Q_EMIT statusMessage(tr("Imported %1 rows.").arg(dialog.report().imported));
        m_units->reload();
        refresh();
    }
}

bool SitesPage::exportFile(ExchangeKind kind, bool listedOnly, const QString& chosenPath, const QString& chosenFilter)
{
    QString path = chosenPath;
    QString filter = chosenFilter;
    const QString csvUtf8 = tr("CSV, UTF-8 (*.csv)");
    const QString csvGbk = tr("CSV, GBK for older Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    if (path.isEmpty()) {
        const QString suggested
            = QStringLiteral("%1-%2.xlsx")
                  .arg(RegistryExchange::kindName(kind), OfficeClock::today().toString(Qt::ISODate));
        path = FileDialog::getSaveFileName(this, tr("Export %1").arg(RegistryExchange::kindName(kind)),
            QDir::home().filePath(suggested), xlsx + QStringLiteral(";;") + csvUtf8 + QStringLiteral(";;") + csvGbk,
            &filter);
        if (path.isEmpty())
            return false;
    }
    TableWriteOptions options;
    options.format = filter == xlsx || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? TableWriteOptions::Format::Xlsx
        : TableWriteOptions::Format::Csv;
    if (filter == csvGbk)
        options.csvEncoding = TableWriteOptions::CsvEncoding::Gbk;
    const SiteFilter siteFilter = m_model->filter();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    bool finished = false;
    Result<int> outcome = Error{};
    runInBackground(
        this,
        [dbPath = context().database->path(), path, options, kind, listedOnly, siteFilter, cancel] {
            TableWriter writer(path, options);
            return RegistryExchange::exportTable(dbPath, kind, writer, listedOnly ? &siteFilter : nullptr, false,
                [cancel](int, int) { return !cancel->load(); });
        },
        [&finished, &outcome](const Result<int>& result) {
            outcome = result;
            finished = true;
        });
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    progress.reset();
    if (!outcome) {
        if (!cancel->load())
            MessageBox::warning(this, tr("Export"), outcome.error().fullText());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %1 %2 to %3.")
                             .arg(*outcome)
                             .arg(RegistryExchange::kindName(kind), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sitegov
