#include "gui/registry/SiteDetailPanel.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "core/Request.h"
#include "core/ScoreStats.h"
#include "gui/charts/LineChartPanel.h"
#include "gui/common/Background.h"
#include "gui/common/DetailPanel.h"
#include "gui/common/MessageBox.h"
#include "gui/common/People.h"
#include "gui/common/UnitPicker.h"
#include "gui/probe/SiteProbePanel.h"
#include "gui/registry/AssignDialog.h"
#include "gui/registry/SiteDialog.h"
#include "gui/scores/ScoresPage.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/RegistryService.h"
#include "storage/SiteActivity.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace sitegov {

SiteDetailPanel::SiteDetailPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_form(new QFormLayout)
    , m_fields(new QWidget(this))
    , m_assignments(DetailPanel::table({tr("Role"), tr("Person"), tr("Telephone"), tr("From"), tr("To")},
          QStringLiteral("assignmentsTable"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_status(new QPushButton(tr("Change &status…"), this))
    , m_assign(new QPushButton(tr("&Assign…"), this))
    , m_end(new QPushButton(tr("End assignment…"), this))
    , m_audit(new QPushButton(tr("History"), this))
    , m_activity(new QLabel(this))
    , m_scoreTrend(new LineChartPanel(this))
    , m_probe(new SiteProbePanel(context, this))
{
    setObjectName(QStringLiteral("siteDetail"));
    setMinimumWidth(260);
    DetailPanel::setTitleStyle(m_title);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags->setObjectName(QStringLiteral("siteFlagsLabel"));
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #b26a00"));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields->setLayout(m_form);
    m_edit->setObjectName(QStringLiteral("editSiteButton"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Edit the site's fields (Ctrl+E)"));
    m_status->setObjectName(QStringLiteral("siteStatusButton"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_end->setObjectName(QStringLiteral("endAssignmentButton"));
    m_assignments->setAccessibleName(tr("Responsible persons"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_status);
    actions->addWidget(m_audit);
    actions->addStretch();
    auto* personActions = new QHBoxLayout;
    personActions->addWidget(m_assign);
    personActions->addWidget(m_end);
    personActions->addStretch();
    auto* persons = new QLabel(tr("Responsible persons (current first, then history)"), this);
    m_activity->setObjectName(QStringLiteral("siteActivity"));
    m_activity->setWordWrap(true);
    m_activity->setTextFormat(Qt::RichText);
    m_activity->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_activity->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_activity, &QLabel::linkActivated, this, &SiteDetailPanel::followLink);
    m_scoreTrend->setObjectName(QStringLiteral("siteScoreTrend"));
    m_scoreTrend->setMinimumHeight(300);
    connect(m_scoreTrend, &ChartPanel::activated, this, [this] {
        Q_EMIT navigateRequested(QStringLiteral("scores"), {{QStringLiteral("site"), m_siteCode}});
    });
    m_assignments->setMinimumHeight(150);

    // Everything scrolls together, so that the hub fits beside the list on a laptop screen.
    auto* body = new QWidget(this);
    auto* inner = new QVBoxLayout(body);
    inner->setContentsMargins(0, 0, 4, 0);
    inner->addWidget(m_title);
    inner->addWidget(m_flags);
    inner->addLayout(actions);
    inner->addWidget(m_fields);
    inner->addWidget(persons);
    inner->addWidget(m_assignments, 1);
    inner->addLayout(personActions);
    inner->addWidget(m_activity);
    inner->addWidget(m_scoreTrend);
    inner->addWidget(m_probe);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(scroll);

    const bool canEdit = context.session.can(Action::EditSites);
    const bool canAssign = context.session.can(Action::AssignPersons);
    m_edit->setVisible(canEdit);
    m_status->setVisible(canEdit);
    m_assign->setVisible(canAssign);
    m_end->setVisible(canAssign);
    m_audit->setVisible(context.session.can(Action::ViewAudit));

    connect(m_edit, &QPushButton::clicked, this, &SiteDetailPanel::edit);
    connect(m_status, &QPushButton::clicked, this, &SiteDetailPanel::changeStatus);
    connect(m_assign, &QPushButton::clicked, this, &SiteDetailPanel::assign);
    connect(m_end, &QPushButton::clicked, this, &SiteDetailPanel::endAssignment);
    connect(m_audit, &QPushButton::clicked, this, [this] { Q_EMIT auditRequested(m_siteId); });
    showSite(0);
}

void SiteDetailPanel::showSite(qint64 siteId)
{
    m_siteId = siteId;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_assignments->setRowCount(0);
    for (QPushButton* b : {m_edit, m_status, m_assign, m_end, m_audit})
        b->setEnabled(siteId != 0);
    m_flags->clear();
    m_activity->clear();
    m_scoreTrend->setVisible(false);
    m_siteCode.clear();
    m_siteName.clear();
    ++m_activityGeneration;
    if (m_activityLoading) {
        m_activityLoading = false;
        Q_EMIT activityLoadingChanged(false);
    }
    m_probe->showSite(0, {});
    if (siteId == 0) {
        m_title->setText(tr("Select a site to see its details."));
        return;
    }
    const auto site = SiteRepository(m_context.database->connection()).byId(siteId);
    if (!site) {
        m_title->setText(site.error().message);
        return;
    }
    OrganisationRepository orgs(m_context.database->connection());
    const auto host = orgs.byId(site->hostOrgId);
    const auto supervisor = site->supervisorOrgId ? orgs.byId(site->supervisorOrgId) : Result<Organisation>(Error{});
    const QLocale locale;
    auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_fields);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        m_form->addRow(label, v);
    };
    m_title->setText(site->name);
    m_siteCode = site->code;
    m_siteName = site->name;
    loadActivity();
    m_probe->showSite(siteId, site->name);
    if (site->flags != 0)
        m_flags->setText(QStringLiteral("⚠ ") + RegistryVocabulary::describe(site->flags));
    row(tr("Identifier code"), site->code);
    row(tr("Address"), site->url);
    row(tr("Kind"), Vocabulary::displayName(site->kind));
    row(tr("Status"), Vocabulary::displayName(site->status));
    row(tr("Platform"), Vocabulary::displayName(site->platform));
    row(tr("Host unit"),
        host ? QStringLiteral("%1 (%2)").arg(host->name, Vocabulary::displayName(host->level)) : QString());
    row(tr("Supervising unit"), supervisor ? supervisor->name : (host ? host->name : QString()));
    row(tr("Operating unit"), site->operatorName);
    row(tr("ICP filing"), site->icpFiling);
    row(tr("Public-security filing"), site->psbFiling);
    row(tr("Opened on"), site->openedOn.isValid() ? locale.toString(site->openedOn, QLocale::LongFormat) : QString());
    row(tr("Closed on"), site->closedOn.isValid() ? locale.toString(site->closedOn, QLocale::LongFormat) : QString());
    if (!site->notes.isEmpty())
        row(tr("Notes"), site->notes);

    const auto list = PersonService(m_context.database->connection()).assignmentsOfSite(siteId);
    if (!list)
        return;
    for (const AssignmentView& v : *list) {
        const int r = m_assignments->rowCount();
        m_assignments->insertRow(r);
        auto* role = new QTableWidgetItem(RegistryVocabulary::displayName(v.assignment.role));
        role->setData(Qt::UserRole, v.assignment.id);
        role->setData(Qt::UserRole + 1, v.assignment.isCurrent());
        m_assignments->setItem(r, 0, role);
        auto* person = new QTableWidgetItem(
            v.personTitle.isEmpty() ? v.personName : QStringLiteral("%1（%2）").arg(v.personName, v.personTitle));
        person->setToolTip(v.personUnit);
        m_assignments->setItem(r, 1, person);
        m_assignments->setItem(r, 2, new QTableWidgetItem(v.personPhone));
        m_assignments->setItem(r, 3, new QTableWidgetItem(v.assignment.startOn.toString(Qt::ISODate)));
        m_assignments->setItem(r, 4,
            new QTableWidgetItem(v.assignment.isCurrent() ? tr("current") : v.assignment.endOn.toString(Qt::ISODate)));
        if (!v.assignment.isCurrent()) {
            for (int c = 0; c < 5; ++c)
                m_assignments->item(r, c)->setForeground(QColor(0x75, 0x75, 0x75));
        }
    }
    m_assignments->resizeColumnsToContents();
}

void SiteDetailPanel::loadActivity()
{
    m_activityLoading = true;
    Q_EMIT activityLoadingChanged(true);
    m_activity->setText(tr("Reading the site's requests, inspections and scores…"));
    const int generation = ++m_activityGeneration;
    const QString path = m_context.database->path();
    const qint64 siteId = m_siteId;
    runInBackground(
        this,
        [path, siteId]() -> Result<SiteActivity> {
            const auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            return SiteActivityQueries::load((*db)->connection(), siteId, OfficeClock::today());
        },
        [this, generation](const Result<SiteActivity>& result) {
            if (generation != m_activityGeneration)
                return;
            m_activityLoading = false;
            Q_EMIT activityLoadingChanged(false);
            if (!result) {
                m_activity->setText(result.error().message.toHtmlEscaped());
                return;
            }
            showActivity(*result);
        });
}

void SiteDetailPanel::showActivity(const SiteActivity& a)
{
    const QLocale locale;
    const QString id = QString::number(a.siteId);
    auto link = [](const QString& href, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
    };
    auto section = [&](const QString& title, int count, const QString& allHref) {
        QString h = QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b> · ").arg(title.toHtmlEscaped());
        h += link(allHref, tr("show all %1").arg(locale.toString(count)));
        return h + QStringLiteral("</p>");
    };
    QString html;
    html += section(tr("Requests"), a.requestCount, QStringLiteral("requests:all"));
    if (a.requests.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No request concerns this site.").toHtmlEscaped());
    for (const auto& r : a.requests) {
        const auto type = RequestRules::requestType(r.type);
        const auto state = RequestRules::requestState(r.state);
        html += QStringLiteral("<div>%1 · %2 · %3</div>")
                    .arg(link(QStringLiteral("request:%1").arg(r.id), r.title),
                        (type ? RequestRules::displayName(*type) : r.type).toHtmlEscaped(),
                        (state ? RequestRules::displayName(*state) : r.state).toHtmlEscaped());
    }
    html += section(tr("Recent inspections"), a.inspectionCount, QStringLiteral("inspections:") + id);
    if (a.inspections.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Not inspected yet.").toHtmlEscaped());
    for (const auto& i : a.inspections) {
        html += QStringLiteral("<div>%1 · %2 · %3</div>")
                    .arg(i.day.toString(Qt::ISODate), People::name(i.inspector).toHtmlEscaped(),
                        i.failed == 0 ? tr("✔ all items passed").toHtmlEscaped()
                                      : tr("✘ %n item(s) failed", nullptr, i.failed).toHtmlEscaped());
    }
    html += section(tr("Open rectifications"), a.rectificationCount, QStringLiteral("rectifications:") + id);
    if (a.rectifications.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No open rectification item.").toHtmlEscaped());
    for (const auto& r : a.rectifications) {
        const QString deadline = tr("due %1").arg(r.deadline.toString(Qt::ISODate));
        html += QStringLiteral("<div>%1 · %2%3</div>")
                    .arg(r.problem.toHtmlEscaped(), deadline.toHtmlEscaped(),
                        r.overdue ? QStringLiteral(" · <span style=\"color:#c62828\">%1</span>")
                                        .arg(tr("⚠ overdue").toHtmlEscaped())
                                  : QString());
    }
    html += section(tr("Performance scores"), int(a.scores.size()), QStringLiteral("scores:") + a.siteCode);
    if (a.scores.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No score of this site has been synced from the backend.").toHtmlEscaped());
    m_activity->setText(html);

    if (!a.scores.isEmpty()) {
        LineChartPanel::Data d;
        LineChartPanel::Line line;
        line.key = a.siteCode;
        line.name = tr("Total score");
        // A narrow chart: a label every few months, the month alone, the year under it at the first
        // label and wherever the year changes from the label before. Tooltips name the whole month.
        d.maxLabels = 6;
        const QList<int> labelled = LineChartPanel::labelledCategories(int(a.scores.size()), d.maxLabels);
        int labelledYear = 0;
        for (int i = 0; i < a.scores.size(); ++i) {
            const SiteScore& s = a.scores.at(i);
            const bool isLabelled = labelled.contains(i);
            const bool newYear = isLabelled && s.period.yearNumber() != labelledYear;
            if (isLabelled)
                labelledYear = s.period.yearNumber();
            d.categories << ScoresPage::periodName(s.period);
            d.axisLabels << ScoresPage::axisPeriodName(s.period, newYear, QStringLiteral("<br>"));
            line.values << s.total;
            d.valueMax = std::max(d.valueMax, std::ceil(s.total / 10.0) * 10.0);
        }
        d.valueMax = std::max(d.valueMax, 100.0);
        d.lines << line;
        d.valueTitle = tr("Points");
        m_scoreTrend->setTitle(tr("Score trend of %1, last %n month(s)", nullptr, int(a.scores.size()))
                                   .arg(m_siteName.isEmpty() ? a.siteCode : m_siteName));
        m_scoreTrend->setData(d);
        m_scoreTrend->setValueGuide(ScoreStats::kPassMark, tr("Pass mark (60)"));
        m_scoreTrend->setVisible(true);
    }
}

void SiteDetailPanel::followLink(const QString& link)
{
    const qsizetype colon = link.indexOf(u':');
    const QString kind = link.left(colon);
    const QString value = link.mid(colon + 1);
    if (kind == u"requests")
        Q_EMIT navigateRequested(QStringLiteral("requests"), {{QStringLiteral("scope"), QStringLiteral("all")}});
    else if (kind == u"request")
        Q_EMIT navigateRequested(QStringLiteral("requests"),
            {{QStringLiteral("scope"), QStringLiteral("all")}, {QStringLiteral("request"), value.toLongLong()}});
    else if (kind == u"inspections")
        Q_EMIT navigateRequested(QStringLiteral("inspections"),
            {{QStringLiteral("tab"), QStringLiteral("records")}, {QStringLiteral("site"), value.toLongLong()}});
    else if (kind == u"rectifications")
        Q_EMIT navigateRequested(QStringLiteral("inspections"),
            {{QStringLiteral("tab"), QStringLiteral("rectifications")}, {QStringLiteral("site"), value.toLongLong()},
                {QStringLiteral("status"), QStringLiteral("unresolved")}});
    else if (kind == u"scores")
        Q_EMIT navigateRequested(QStringLiteral("scores"), {{QStringLiteral("site"), value}});
}

void SiteDetailPanel::edit()
{
    SiteDialog dialog(m_context, m_siteId, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSite(m_siteId);
        Q_EMIT changed(m_siteId);
    }
}

void SiteDetailPanel::changeStatus()
{
    const auto site = SiteRepository(m_context.database->connection()).byId(m_siteId);
    if (!site)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change the status of %1").arg(site->name));
    auto* status = new QComboBox(&dialog);
    status->setObjectName(QStringLiteral("newStatusCombo"));
    ChoiceBox::addKeys(status, Vocabulary::siteStatuses());
    status->setCurrentIndex(status->findData(Vocabulary::key(site->status)));
    auto* on = new QDateEdit(OfficeClock::today(), &dialog);
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* note = new QLabel(tr("Closing a site in the registry records a closure that has happened; a closure still to "
                               "be decided goes through a request (Requests page)."),
        &dialog);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("New &status:"), status);
    form->addRow(tr("&On:"), on);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto newStatus = Vocabulary::siteStatus(status->currentData().toString()).value_or(site->status);
    if (newStatus == SiteStatus::Closed
        && MessageBox::question(this, dialog.windowTitle(),
               tr("Record %1 as closed on %2? It leaves the daily inspections and the operating figures.")
                   .arg(site->name, on->date().toString(Qt::ISODate)))
            != MessageBox::Yes)
        return;
    const Status s = RegistryService(m_context.database->connection())
                         .changeSiteStatus(m_context.session, m_siteId, newStatus, on->date());
    if (!s) {
        MessageBox::warning(this, dialog.windowTitle(), s.error().fullText());
        return;
    }
    showSite(m_siteId);
    Q_EMIT changed(m_siteId);
}

void SiteDetailPanel::assign()
{
    AssignmentRole role = AssignmentRole::Caretaker;
    const int row = m_assignments->currentRow();
    if (row >= 0) {
        if (const auto r = RegistryVocabulary::role(m_assignments->item(row, 0)->text()))
            role = *r;
    }
    AssignDialog dialog(m_context, m_siteId, role, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSite(m_siteId);
        Q_EMIT changed(m_siteId);
    }
}

void SiteDetailPanel::endAssignment()
{
    const int row = m_assignments->currentRow();
    if (row < 0 || !m_assignments->item(row, 0)->data(Qt::UserRole + 1).toBool()) {
        MessageBox::information(this, tr("End assignment"), tr("Select a current assignment in the list first."));
        return;
    }
    const qint64 id = m_assignments->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, tr("End assignment"),
            tr("End %1's assignment as %2 today? The site then has no %2 until somebody is assigned.")
                .arg(m_assignments->item(row, 1)->text(), m_assignments->item(row, 0)->text()))
        != MessageBox::Yes)
        return;
    const Status s
        = PersonService(m_context.database->connection()).endAssignment(m_context.session, id, OfficeClock::today());
    if (!s) {
        MessageBox::warning(this, tr("End assignment"), s.error().fullText());
        return;
    }
    showSite(m_siteId);
    Q_EMIT changed(m_siteId);
}

} // namespace sitegov
