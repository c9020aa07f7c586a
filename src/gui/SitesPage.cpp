#include "gui/SitesPage.h"

#include "core/Domain.h"
#include "gui/PageHeader.h"
#include "gui/SiteListModel.h"
#include "gui/StateView.h"
#include "storage/Database.h"
#include "storage/DemoBuilder.h"
#include "storage/OrganisationRepository.h"
#include "storage/SiteRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

namespace {
template<typename E>
void fillCombo(QComboBox* combo, const QString& allText, const QList<E>& values)
{
    combo->addItem(allText, QString());
    for (E v : values)
        combo->addItem(Vocabulary::displayName(v), Vocabulary::key(v));
}
} // namespace

SitesPage::SitesPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new SiteListModel(context.database->connection(), this))
{
    auto* header = new PageHeader(title(), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("siteSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, code, domain or unit (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sites"));
    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("siteStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    fillCombo(m_status, tr("All statuses"), Vocabulary::siteStatuses());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("siteKindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    fillCombo(m_kind, tr("All kinds"), Vocabulary::siteKinds());
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("sitePlatformFilter"));
    m_platform->setAccessibleName(tr("Platform filter"));
    fillCombo(m_platform, tr("All platforms"), Vocabulary::platforms());
    m_flagged = new QCheckBox(tr("Due for migration or closure"), this);
    m_flagged->setObjectName(QStringLiteral("siteFlaggedFilter"));
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("siteClearFilters"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_kind);
    filters->addWidget(m_platform);
    filters->addWidget(m_flagged);
    filters->addWidget(clear);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("siteTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(SiteListModel::Code, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Sites"));

    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("siteDetail"));
    m_detail->setMinimumWidth(260);
    m_detailTitle = new QLabel(tr("Select a site to see its details."), m_detail);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailForm = new QFormLayout;
    m_detailForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(m_detailForm);
    detailLayout->addStretch();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_state = new StateView(splitter, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addWidget(m_state, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SitesPage::applyFilter);
    for (QComboBox* combo : {m_status, m_kind, m_platform})
        connect(combo, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &SitesPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &SitesPage::clearFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showDetail(current.isValid() ? m_model->siteId(current.row()) : 0); });
}

void SitesPage::refresh()
{
    QSqlQuery any(context().database->connection());
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sites)")) || !any.next()) {
        m_state->showError({tr("The site registry could not be read."), any.lastError().text()}, [this] { refresh(); });
        return;
    }
    if (!any.value(0).toBool()) {
        m_state->showEmpty(tr("No sites are registered in this database yet."), tr("Build the Fujian demo registry"),
            [this] { buildDemo(); });
        return;
    }
    applyFilter();
}

void SitesPage::applyFilter()
{
    if (m_applyingNavigation)
        return;
    SiteListModel::Filter f;
    f.text = m_search->text();
    f.status = m_status->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.platform = m_platform->currentData().toString();
    f.flaggedOnly = m_flagged->isChecked();
    m_model->setFilter(f);
    if (m_model->lastError().isValid()) {
        m_state->showError({tr("The site registry could not be read."), m_model->lastError().text()},
            [this] { refresh(); });
        return;
    }
    if (m_model->rowCount() == 0) {
        m_state->showEmpty(tr("No site matches these filters."), tr("Clear filters"), [this] { clearFilters(); });
        return;
    }
    m_state->showContent();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
    m_table->setColumnHidden(SiteListModel::Id, true);
}

void SitesPage::clearFilters()
{
    m_applyingNavigation = true;
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_platform->setCurrentIndex(0);
    m_flagged->setChecked(false);
    m_applyingNavigation = false;
    applyFilter();
}

void SitesPage::navigate(const QVariantMap& arguments)
{
    m_applyingNavigation = true;
    m_search->clear();
    m_status->setCurrentIndex(qMax(0, m_status->findData(arguments.value(QStringLiteral("status")).toString())));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(arguments.value(QStringLiteral("kind")).toString())));
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(arguments.value(QStringLiteral("platform")).toString())));
    m_flagged->setChecked(arguments.value(QStringLiteral("flagged")).toBool());
    m_applyingNavigation = false;
    if (isLoaded())
        applyFilter();
}

void SitesPage::showDetail(qint64 siteId)
{
    while (m_detailForm->rowCount() > 0)
        m_detailForm->removeRow(0);
    if (siteId == 0) {
        m_detailTitle->setText(tr("Select a site to see its details."));
        return;
    }
    SiteRepository sites(context().database->connection());
    const auto site = sites.byId(siteId);
    if (!site) {
        m_detailTitle->setText(site.error().message);
        return;
    }
    OrganisationRepository orgs(context().database->connection());
    const auto host = orgs.byId(site->hostOrgId);
    const QLocale locale;
    auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_detail);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        m_detailForm->addRow(label, v);
    };
    m_detailTitle->setText(site->name);
    row(tr("Identifier code"), site->code);
    row(tr("Address"), site->url);
    row(tr("Kind"), Vocabulary::displayName(site->kind));
    row(tr("Status"), Vocabulary::displayName(site->status));
    row(tr("Platform"), Vocabulary::displayName(site->platform));
    row(tr("Host unit"), host ? host->name : QString());
    row(tr("Operating unit"), site->operatorName);
    row(tr("ICP filing"), site->icpFiling);
    row(tr("Public-security filing"), site->psbFiling);
    row(tr("Opened on"), site->openedOn.isValid() ? locale.toString(site->openedOn, QLocale::LongFormat) : QString());
    row(tr("Closed on"), site->closedOn.isValid() ? locale.toString(site->closedOn, QLocale::LongFormat) : QString());
}

void SitesPage::buildDemo()
{
    const auto answer = QMessageBox::question(this, tr("Build the demo registry"),
        tr("This fills the database %1 with the Fujian demo registry (units and a few hundred sites). Continue?")
            .arg(context().database->path()));
    if (answer != QMessageBox::Yes)
        return;
    const auto summary = DemoBuilder::build(*context().database, {});
    if (!summary) {
        QMessageBox::warning(this, tr("Build the demo registry"), summary.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Demo registry built: %1 units, %2 sites.").arg(summary->organisations).arg(summary->sites));
    refresh();
}

} // namespace sitegov
