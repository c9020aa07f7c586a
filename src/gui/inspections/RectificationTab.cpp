#include "gui/inspections/RectificationTab.h"
#include "core/OfficeClock.h"

#include "gui/common/Icons.h"
#include "gui/common/InputDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/ListTable.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StateView.h"
#include "gui/inspections/InspectionModels.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RectificationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sitegov {

RectificationTab::RectificationTab(AppContext& context, QWidget* parent)
    : InspectionTab(context, parent)
    , m_model(new RectificationListModel(context.database->path(), this))
{
    auto options = ListPane::Options::named(QStringLiteral("rectificationSearch"), tr("Search site, unit or problem"),
        tr("Search rectification items"), QStringLiteral("rectificationTable"), tr("Rectification items"));
    options.table.inQueryOrder().columnsUpTo(260);
    m_pane = new ListPane(m_model, options, this);

    m_status = new QComboBox(m_pane);
    m_status->setObjectName(QStringLiteral("rectificationStatus"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Unresolved (open or fixed)"), QStringLiteral("unresolved"));
    m_status->addItem(themeIcon(QStringLiteral("flag")), tr("Overdue"), QStringLiteral("overdue"));
    for (RectificationStatus s : RectificationRules::statuses())
        m_status->addItem(RectificationRules::displayName(s), RectificationRules::key(s));
    m_status->addItem(tr("All"), QString());
    m_site = new QLabel(m_pane);
    m_siteClear = new QPushButton(tr("All sites"), m_pane);
    m_site->hide();
    m_siteClear->hide();
    m_pane->filters()->addWidget(m_status);
    m_pane->addSearch(1);
    m_pane->filters()->addWidget(m_site);
    m_pane->filters()->addWidget(m_siteClear);

    auto* detail = new QWidget(m_pane);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("rectificationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_events = new QTreeWidget(detail);
    m_events->setObjectName(QStringLiteral("rectificationEvents"));
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_events->setRootIsDecorated(false);
    m_events->setAccessibleName(tr("History of the item"));
    auto* actions = new QHBoxLayout;
    const QList<std::pair<QString, QString>> labels{{tr("Report fi&xed…"), QStringLiteral("markFixedButton")},
        {tr("Re-check: pass&ed…"), QStringLiteral("recheckPassedButton")},
        {tr("Re-check: &not fixed…"), QStringLiteral("recheckFailedButton")}, {tr("C&lose…"), QStringLiteral("closeItemButton")}};
    for (int i = 0; i < labels.size(); ++i) {
        auto* b = new QPushButton(labels.at(i).first, detail);
        b->setObjectName(labels.at(i).second);
        b->setVisible(context.session.can(Action::ManageRectification));
        connect(b, &QPushButton::clicked, this, [this, i] { act(i); });
        actions->addWidget(b);
        m_steps << b;
    }
    actions->addStretch(1);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_events, 1);

    auto* splitter = new QSplitter(Qt::Vertical, m_pane);
    auto* top = new QWidget(m_pane);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(table(), 1);
    m_count = m_pane->takeCount();
    m_count->setObjectName(QStringLiteral("rectificationCount"));
    topLayout->addWidget(m_count);
    splitter->addWidget(top);
    splitter->addWidget(detail);
    // The list is what the tab is for; the item's detail and history take about a third.
    splitter->setObjectName(QStringLiteral("rectificationSplitter"));
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({7000, 3000});
    splitter->setChildrenCollapsible(false);
    m_pane->setContent(splitter);
    m_state = m_pane->state();
    m_pane->fillParent();

    QLineEdit* search = m_pane->search();
    connect(m_status, &QComboBox::currentIndexChanged, this, &RectificationTab::load);
    connect(search, &QLineEdit::textChanged, this, &RectificationTab::load);
    connect(m_siteClear, &QPushButton::clicked, this, [this] {
        m_siteId = 0;
        load();
    });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showItem(current.isValid() ? m_model->rectificationId(current.row()) : 0); });
    connect(m_model, &QueryTableModel::loadingChanged, this, &RectificationTab::busyChanged);
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%n item(s)", nullptr, int(total)));
    });
    m_pane->followLoads(
        m_model, [this] { load(); },
        [this, search] {
            m_state->showEmpty(tr("No rectification item matches."), tr("Show all items"), [this, search] {
                search->clear();
                m_siteId = 0;
                m_status->setCurrentIndex(m_status->findData(QString()));
            });
            showItem(0);
        },
        [this] {
            const int row = m_pending != 0 ? m_model->findRow(RectificationListQuery::Id, m_pending) : -1;
            m_pending = 0;
            m_pane->list()->selectOnly(qMax(0, row));
            showItem(m_model->rectificationId(qMax(0, row)));
        });
}

QTableView* RectificationTab::table() const
{
    return m_pane->table();
}

void RectificationTab::setChecklist(const Checklist& checklist)
{
    m_checklist = checklist;
    m_model->setChecklist(checklist);
}

void RectificationTab::setStatus(const QString& key)
{
    const QSignalBlocker block(m_status);
    m_status->setCurrentIndex(qMax(0, m_status->findData(key)));
}

void RectificationTab::load()
{
    const Session& session = context().session;
    RectificationFilter f;
    f.unitId = session.isSystem() ? 0 : session.orgId;
    f.status = m_status->currentData().toString();
    f.text = m_pane->search()->text();
    f.siteId = m_siteId;
    f.today = OfficeClock::today();
    m_site->setVisible(m_siteId != 0);
    m_siteClear->setVisible(m_siteId != 0);
    if (m_siteId != 0)
        m_site->setText(tr("One site only"));
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the rectification items…"));
    if (m_pending == 0)
        m_pending = m_current;
    m_model->setFilter(f);
}

void RectificationTab::showItem(qint64 id)
{
    m_current = id;
    m_events->clear();
    for (QPushButton* b : m_steps)
        b->setEnabled(false);
    if (id == 0) {
        m_detail->setText(tr("Choose an item to see its history and act on it."));
        return;
    }
    RectificationService service(context().database->connection());
    const auto r = service.byId(id);
    if (!r) {
        m_detail->setText(r.error().fullText().toHtmlEscaped());
        return;
    }
    const QDate now = OfficeClock::today();
    const bool overdue = RectificationRules::isOverdue(r->status, r->deadline, now);
    const ChecklistItem* item = m_checklist.item(r->itemKey);
    QString html = QStringLiteral("<b>%1</b> · %2<br>").arg(r->siteName.toHtmlEscaped(), r->unitName.toHtmlEscaped());
    html += tr("<b>%1</b> (%2): %3").arg((item ? item->name() : r->itemKey).toHtmlEscaped(),
        RectificationRules::displayName(r->source).toHtmlEscaped(), r->problem.toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Opened %1 by %2 · deadline %3 · status <b>%4</b>")
                                         .arg(r->openedOn.toString(Qt::ISODate), r->openedByName.toHtmlEscaped(),
                                             r->deadline.toString(Qt::ISODate), RectificationRules::displayName(r->status).toHtmlEscaped());
    if (overdue) {
        html += QStringLiteral("<br><span style='color:#c62828'><b>%1</b></span>")
                    .arg(tr("Overdue by %n day(s).", nullptr, RectificationRules::daysOverdue(r->status, r->deadline, now)));
    }
    m_detail->setText(html);
    if (const auto events = service.events(id)) {
        for (const RectificationEvent& e : *events) {
            auto* row = new QTreeWidgetItem(m_events);
            row->setText(0, OfficeClock::format(e.at, QStringLiteral("yyyy-MM-dd HH:mm")));
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
            m_events->resizeColumnToContents(c);
    }
    using S = RectificationStatus;
    m_steps.at(MarkFixed)->setEnabled(RectificationRules::canTransition(r->status, S::Fixed));
    m_steps.at(RecheckPassed)->setEnabled(RectificationRules::canTransition(r->status, S::Rechecked));
    m_steps.at(RecheckFailed)->setEnabled(r->status == S::Fixed);
    m_steps.at(CloseItem)->setEnabled(RectificationRules::canTransition(r->status, S::Closed));
}

void RectificationTab::act(int step)
{
    if (m_current == 0)
        return;
    RectificationService service(context().database->connection());
    const auto r = service.byId(m_current);
    if (!r)
        return;
    QString label;
    bool noteRequired = false;
    switch (step) {
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
    const auto note = InputDialog::getMultiLineText(this,
        m_steps.at(step)->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), label);
    if (!note)
        return;
    if (noteRequired && note->trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Rectification"), tr("A note is required for this step."));
        return;
    }
    const Session& session = context().session;
    const QDate now = OfficeClock::today();
    Status done;
    switch (step) {
    case MarkFixed:
        done = service.markFixed(session, m_current, note->trimmed(), now);
        break;
    case RecheckPassed:
        done = service.recheck(session, m_current, true, note->trimmed(), now);
        break;
    case RecheckFailed:
        done = service.recheck(session, m_current, false, note->trimmed(), now);
        break;
    case CloseItem:
        done = service.close(session, m_current, note->trimmed(), now);
        break;
    default:
        break;
    }
    if (!done) {
        MessageBox::warning(this, tr("Rectification"), done.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Rectification item %1 updated.").arg(m_current));
    m_pending = m_current;
    m_model->reload();
    Q_EMIT dataChanged();
}

} // namespace sitegov
