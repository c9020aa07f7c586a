#include "gui/policies/PolicyDetailPanel.h"

#include "core/OfficeClock.h"
#include "gui/common/DetailPanel.h"
#include "gui/common/MessageBox.h"
#include "gui/policies/RepostDialog.h"
#include "storage/ConsoleDatabase.h"

#include <QColor>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

PolicyDetailPanel::PolicyDetailPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("Choose a key policy to see it here."), this))
    , m_body(new QWidget(this))
    , m_portals(new QTableWidget(this))
    , m_repost(new QPushButton(tr("&Record repost…"), this))
    , m_close(new QPushButton(tr("C&lose item"), this))
{
    setObjectName(QStringLiteral("policyDetail"));
    DetailPanel::setTitleStyle(m_title);
    m_title->setObjectName(QStringLiteral("policyTitle"));
    m_title->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_issuer = value("policyIssuer");
    m_published = value("policyPublished");
    m_source = value("policySource");
    m_source->setOpenExternalLinks(true);
    m_source->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary = value("policySummary");

    auto* form = new QFormLayout;
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Published:"), m_published);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Reposts:"), m_summary);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_portals->setObjectName(QStringLiteral("policyPortals"));
    m_portals->setAccessibleName(tr("Portals"));
    m_portals->setColumnCount(5);
    m_portals->setHorizontalHeaderLabels({tr("Portal"), tr("State"), tr("Found"), tr("How"), tr("Address")});
    m_portals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_portals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_portals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_portals->verticalHeader()->hide();
    m_portals->horizontalHeader()->setStretchLastSection(true);
    m_portals->setWordWrap(false);

    m_repost->setObjectName(QStringLiteral("policyRepostButton"));
    m_repost->setToolTip(tr("Record a repost you saw on the chosen portal, with its address"));
    m_close->setObjectName(QStringLiteral("policyCloseButton"));
    m_close->setToolTip(tr("Stop looking for this item; its figures stay"));
    connect(m_repost, &QPushButton::clicked, this, &PolicyDetailPanel::recordRepost);
    connect(m_close, &QPushButton::clicked, this, &PolicyDetailPanel::closeItem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_repost);
    buttons->addWidget(m_close);
    buttons->addStretch(1);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form);
    body->addWidget(m_portals, 1);
    body->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    showItem(0);
}

QLabel* PolicyDetailPanel::value(const char* name)
{
    auto* l = new QLabel(this);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void PolicyDetailPanel::showItem(qint64 id)
{
    PolicyService service(m_context.database->connection());
    const auto item = id != 0 ? service.byId(id) : Result<PolicyItemRecord>(Error{});
    if (!item) {
        m_item = PolicyItemRecord{};
        m_title->setText(tr("Key policy"));
        m_empty->setText(id == 0 ? tr("Choose a key policy to see it here.") : item.error().message);
        m_empty->show();
        m_body->hide();
        return;
    }
    m_item = *item;
    const QLocale locale;
    m_title->setText(item->title);
    m_issuer->setText(item->issuer);
    m_published->setText(locale.toString(item->publishedAt, QLocale::ShortFormat)
        + (item->state == u"closed" ? QStringLiteral(" · ") + tr("closed") : QString()));
    m_source->setText(item->sourceUrl.isEmpty()
            ? tr("Not given")
            : QStringLiteral("<a href=\"%1\">%1</a>").arg(item->sourceUrl.toHtmlEscaped()));
    const QDateTime now = OfficeClock::now();
    const qint64 scope = m_context.session.isSystem() ? 0 : m_context.session.orgId;
    const auto portals = service.portals(item->id, QDateTime(now.date(), now.time()), scope);
    m_portals->setRowCount(0);
    int onTime = 0, late = 0, missing = 0;
    if (portals) {
        m_portals->setRowCount(int(portals->size()));
        int row = 0;
        for (const PortalRepost& p : *portals) {
            onTime += p.state == RepostState::OnTime ? 1 : 0;
            late += p.state == RepostState::Late ? 1 : 0;
            missing += p.state == RepostState::Missing || p.state == RepostState::Pending ? 1 : 0;
            QString state = RepostRules::displayName(p.state);
            if (p.state == RepostState::Late && p.delayMinutes)
                state = RepostRules::lateness(*p.delayMinutes);
            const QString how = p.how == u"probe" ? tr("Probe: %1").arg(p.matched)
                : p.how == u"manual"              ? tr("By hand: %1").arg(p.recordedBy)
                : p.columnId == 0                 ? tr("No repost column registered")
                                                  : QString();
            const QStringList cells{QStringLiteral("%1 (%2)").arg(p.siteName, p.siteCode), state,
                p.foundAt.isValid() ? locale.toString(p.foundAt, QLocale::ShortFormat) : QString(), how, p.url};
            for (int c = 0; c < cells.size(); ++c) {
                auto* cell = new QTableWidgetItem(cells.at(c));
                if (c == 0)
                    cell->setData(Qt::UserRole, p.siteCode);
                if (p.state == RepostState::Missing || p.state == RepostState::Late)
                    cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
                if (c == 3 && !p.matched.isEmpty())
                    cell->setToolTip(p.matched);
                m_portals->setItem(row, c, cell);
            }
            ++row;
        }
        m_portals->resizeColumnsToContents();
        m_summary->setText(tr("%1 within 8 hours, %2 late, %3 not yet, of %4 portals")
                               .arg(onTime)
                               .arg(late)
                               .arg(missing)
                               .arg(portals->size()));
    } else {
        m_summary->setText(portals.error().message);
    }
    const bool may = m_context.session.can(Action::ManageRectification);
    m_repost->setEnabled(may);
    m_close->setEnabled(may && item->state == u"open");
    m_empty->hide();
    m_body->show();
}

void PolicyDetailPanel::recordRepost()
{
    if (m_item.id == 0)
        return;
    const int row = m_portals->currentRow();
    const QString code
        = row >= 0 && m_portals->item(row, 0) ? m_portals->item(row, 0)->data(Qt::UserRole).toString() : QString();
    RepostDialog dialog(m_context, m_item.id, code, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_item.id;
    showItem(id);
    Q_EMIT statusMessage(tr("The repost is recorded."));
    Q_EMIT changed(id);
}

void PolicyDetailPanel::closeItem()
{
    if (m_item.id == 0)
        return;
    const Status s = PolicyService(m_context.database->connection()).close(m_context.session, m_item.id);
    if (!s) {
        MessageBox::warning(this, tr("Key policy"), s.error().message, s.error().detail);
        return;
    }
    const qint64 id = m_item.id;
    showItem(id);
    Q_EMIT statusMessage(tr("The item is closed: the probe no longer looks for it."));
    Q_EMIT changed(id);
}

} // namespace sitegov
