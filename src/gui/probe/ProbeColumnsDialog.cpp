#include "gui/probe/ProbeColumnsDialog.h"

#include "db/Database.h"
#include "gui/common/MessageBox.h"
#include "storage/ProbeQueries.h"
#include "storage/ProbeSettingsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

ProbeColumnsDialog::ProbeColumnsDialog(AppContext& context, qint64 siteId, const QString& siteName, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_siteId(siteId)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_selector(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("probeColumnsDialog"));
    setWindowTitle(tr("Columns of %1").arg(siteName));
    resize(760, 520);
    m_table->setObjectName(QStringLiteral("probeColumnsList"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Kind"), tr("Address"), tr("Selector rule")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("probeColumnName"));
    m_url->setObjectName(QStringLiteral("probeColumnUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://www.example.gov.cn/xwdt/"));
    m_kind->setObjectName(QStringLiteral("probeColumnKind"));
    for (ColumnKind k : ProbeVocabulary::columnKinds())
        m_kind->addItem(ProbeVocabulary::displayName(k), ProbeVocabulary::key(k));
    m_selector->setObjectName(QStringLiteral("probeColumnSelector"));
    m_selector->setPlaceholderText(tr("empty: the list items of the page"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("News and dynamics go stale after 2 weeks without a new item, notices and policy documents "
                       "after 6 months, other columns after 12 months. A selector rule says where the items are when "
                       "the page has other dated lists: a tag, .class or #id path such as \"div.list ul\", or "
                       "\"re:\" and a pattern the item's line starts with."));
    m_add->setObjectName(QStringLiteral("probeColumnAdd"));
    m_save->setObjectName(QStringLiteral("probeColumnSave"));
    m_remove->setObjectName(QStringLiteral("probeColumnRemove"));

    auto* form = new QFormLayout;
    form->addRow(tr("Column name"), m_name);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Selector rule"), m_selector);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProbeColumnsDialog::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ProbeColumnsDialog::add);
    connect(m_save, &QPushButton::clicked, this, &ProbeColumnsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProbeColumnsDialog::remove);
    reload();
}

void ProbeColumnsDialog::reload()
{
    const auto list = ProbeQueries(m_context.database->connection()).columns(m_siteId);
    m_table->setRowCount(0);
    if (!list) {
        report(list.error(), tr("Columns"));
        return;
    }
    m_list = *list;
    for (const ProbeColumn& c : m_list) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(c.name));
        m_table->setItem(r, 1, new QTableWidgetItem(ProbeVocabulary::displayName(c.kind)));
        m_table->setItem(r, 2, new QTableWidgetItem(c.url));
        m_table->setItem(r, 3, new QTableWidgetItem(c.selector));
    }
    m_table->resizeColumnsToContents();
    selectionChanged();
}

void ProbeColumnsDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_list.size() && !m_table->selectedItems().isEmpty();
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
    if (!selected)
        return;
    const ProbeColumn& c = m_list.at(row);
    m_name->setText(c.name);
    m_url->setText(c.url);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(ProbeVocabulary::key(c.kind))));
    m_selector->setText(c.selector);
}

ProbeColumn ProbeColumnsDialog::fromForm() const
{
    ProbeColumn c;
    c.siteId = m_siteId;
    c.name = m_name->text();
    c.url = m_url->text();
    c.kind = ProbeVocabulary::columnKind(m_kind->currentData().toString()).value_or(ColumnKind::News);
    c.selector = m_selector->text();
    return c;
}

bool ProbeColumnsDialog::report(const Status& status, const QString& title)
{
    if (status)
        return true;
    MessageBox::warning(this, title, status.error().message, status.error().detail);
    return false;
}

void ProbeColumnsDialog::add()
{
    const auto id = ProbeSettingsService(m_context.database->connection()).addColumn(m_context.session, fromForm());
    if (!report(id ? Status{} : Status(id.error()), tr("Add a column")))
        return;
    m_changed = true;
    reload();
    for (int r = 0; r < m_list.size(); ++r) {
        if (m_list.at(r).id == *id)
            m_table->selectRow(r);
    }
}

void ProbeColumnsDialog::save()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    ProbeColumn c = fromForm();
    c.id = m_list.at(row).id;
    if (!report(ProbeSettingsService(m_context.database->connection()).updateColumn(m_context.session, c),
            tr("Change a column")))
        return;
    m_changed = true;
    reload();
    m_table->selectRow(row);
}

void ProbeColumnsDialog::remove()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    const ProbeColumn c = m_list.at(row);
    if (MessageBox::question(this, tr("Remove a column"),
            tr("Stop checking the column \"%1\"? Its past measurements are kept.").arg(c.name))
        != MessageBox::Yes)
        return;
    if (!report(ProbeSettingsService(m_context.database->connection()).removeColumn(m_context.session, c.id),
            tr("Remove a column")))
        return;
    m_changed = true;
    reload();
}

} // namespace sitegov
