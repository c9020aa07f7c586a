#include "gui/requests/RequestDetailPanel.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/SiteRules.h"
#include "gui/common/DetailPanel.h"
#include "gui/common/FileDialog.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/People.h"
#include "gui/common/PrintedForm.h"
#include "gui/requests/DecisionDialog.h"
#include "gui/requests/RequestDialog.h"
#include "gui/requests/RequestDocument.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/RequestWorkflow.h"
#include "storage/UserFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sitegov {

namespace {

QString when(const QDateTime& t)
{
    return OfficeClock::format(t, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = DetailPanel::table(headers, name, parent);
    t->setAlternatingRowColors(true);
    return t;
}

// A stored file name made safe to write: no folders, no characters file systems refuse.
QString safeFileName(const QString& name)
{
    QString n = QFileInfo(name).fileName();
    n.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    if (n.isEmpty() || n == u"." || n == u"..")
        n = QStringLiteral("attachment");
    return n;
}

QString findingsHtml(const QList<Finding>& findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<span style=\"color:#2e7d32\">✔ %1</span>")
            .arg(RequestDetailPanel::tr("No objection from the policy checks.").toHtmlEscaped());
    QString html;
    for (const Finding& f : findings) {
        html += QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                    .arg(f.isError() ? QStringLiteral("#b71c1c") : QStringLiteral("#8a4b00"),
                        f.isError() ? QStringLiteral("✖") : QStringLiteral("⚠"), f.message.toHtmlEscaped());
    }
    return html;
}

} // namespace

RequestDetailPanel::RequestDetailPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_opinion(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout)
    , m_chain(makeTable(this, QStringLiteral("chainTable"), {tr("Step"), tr("Unit"), tr("Decision"), tr("Comment")}))
    , m_attachments(makeTable(
          this, QStringLiteral("attachmentsTable"), {tr("Kind"), tr("File"), tr("Size"), tr("Added by"), tr("Added")}))
    , m_history(
          makeTable(this, QStringLiteral("historyTable"), {tr("Time"), tr("Account"), tr("Action"), tr("Comment")}))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_submit(new QPushButton(tr("&Submit"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_return(new QPushButton(tr("Re&turn…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_pdf(new QPushButton(tr("&PDF…"), this))
    , m_addFile(new QPushButton(tr("&Add a file"), this))
    , m_openFile(new QPushButton(tr("&Open"), this))
    , m_saveFile(new QPushButton(tr("Save &as…"), this))
    , m_removeFile(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("requestDetail"));
    setMinimumWidth(320);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    DetailPanel::setTitleStyle(m_title);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("requestState"));
    m_state->setWordWrap(true);
    // The latest decision's opinion, where the next decider and the filer read it without scrolling.
    m_opinion->setObjectName(QStringLiteral("requestOpinion"));
    m_opinion->setWordWrap(true);
    m_opinion->setTextFormat(Qt::RichText);
    m_opinion->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_opinion->setFrameShape(QFrame::StyledPanel);
    m_opinion->setMargin(6);
    m_opinion->setAutoFillBackground(true);
    {
        QPalette p = m_opinion->palette();
        p.setColor(QPalette::Window, QColor(0xff, 0xf8, 0xe1));
        p.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
        m_opinion->setPalette(p);
    }
    m_opinion->hide();
    m_findings->setObjectName(QStringLiteral("requestFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);

    m_edit->setObjectName(QStringLiteral("editRequestButton"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Change the draft or the returned request (Ctrl+E)"));
    m_submit->setObjectName(QStringLiteral("submitRequestButton"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(tr("Send the request to the first step of its chain (Ctrl+Enter)"));
    m_withdraw->setObjectName(QStringLiteral("withdrawRequestButton"));
    m_approve->setObjectName(QStringLiteral("approveRequestButton"));
    m_approve->setIcon(themeIcon(QStringLiteral("approved")));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_approve->setToolTip(tr("Approve this step (Ctrl+Shift+A)"));
    m_return->setObjectName(QStringLiteral("returnRequestButton"));
    m_return->setIcon(themeIcon(QStringLiteral("returned")));
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_return->setToolTip(tr("Return the request to the filer for changes (Ctrl+Shift+R)"));
    m_reject->setObjectName(QStringLiteral("rejectRequestButton"));
    m_reject->setIcon(themeIcon(QStringLiteral("rejected")));
    m_reject->setToolTip(tr("Reject the request; it ends here"));
    m_pdf->setObjectName(QStringLiteral("requestPdfButton"));
    m_pdf->setToolTip(tr("Print the request with its decisions (Ctrl+P), or export it to PDF"));
    auto* pdfMenu = new QMenu(m_pdf);
    pdfMenu->addAction(tr("Print…"), this, &RequestDetailPanel::print);
    pdfMenu->addAction(tr("Export to PDF…"), this, [this] { exportPdf(); });
    m_pdf->setMenu(pdfMenu);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_edit, m_submit, m_withdraw, m_approve, m_return, m_reject})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_pdf);

    // Overview: the fields, then the chain.
    m_fields->setLayout(m_form);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* overview = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_fields);
    auto* chainLabel = new QLabel(tr("Approval chain"), overview);
    overviewLayout->addWidget(chainLabel);
    overviewLayout->addWidget(m_chain, 1);
    m_chain->setAccessibleName(tr("Approval chain"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(overview);

    auto* filesTab = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(filesTab);
    filesLayout->addWidget(m_attachments, 1);
    auto* fileButtons = new QHBoxLayout;
    for (QPushButton* b : {m_addFile, m_openFile, m_saveFile, m_removeFile})
        fileButtons->addWidget(b);
    fileButtons->addStretch();
    filesLayout->addLayout(fileButtons);
    m_addFile->setObjectName(QStringLiteral("addFileButton"));
    auto* kinds = new QMenu(m_addFile);
    for (AttachmentKind k : RequestRules::attachmentKinds())
        kinds->addAction(RequestRules::displayName(k) + QStringLiteral("…"), this, [this, k] {
            const QString path = FileDialog::getOpenFileName(this, tr("Attach: %1").arg(RequestRules::displayName(k)),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                tr("Documents (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;All files (*)"));
            if (path.isEmpty())
                return;
            // Read by storage, after its checks: an ordinary file, not the database, within the size limit.
            const auto added
                = RequestAttachments(m_context.database->connection()).addFile(m_context.session, m_requestId, k, path);
            if (!added) {
                MessageBox::warning(this, tr("The file was not attached"), added.error().message, added.error().detail);
                return;
            }
            showRequest(m_requestId);
            Q_EMIT changed(m_requestId);
        });
    m_addFile->setMenu(kinds);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_saveFile->setObjectName(QStringLiteral("saveFileButton"));
    m_removeFile->setObjectName(QStringLiteral("removeFileButton"));

    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(scroll, tr("Overview"));
    m_tabs->addTab(filesTab, tr("Attachments"));
    m_tabs->addTab(m_history, tr("History"));
    m_history->setAccessibleName(tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_opinion);
    layout->addLayout(actions);
    layout->addWidget(m_findings);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, &RequestDetailPanel::edit);
    connect(m_submit, &QPushButton::clicked, this, &RequestDetailPanel::submit);
    connect(m_withdraw, &QPushButton::clicked, this, &RequestDetailPanel::withdraw);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(Decision::Approve); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(Decision::Return); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(Decision::Reject); });
    connect(m_openFile, &QPushButton::clicked, this, &RequestDetailPanel::openAttachment);
    connect(m_saveFile, &QPushButton::clicked, this, &RequestDetailPanel::saveAttachment);
    connect(m_removeFile, &QPushButton::clicked, this, &RequestDetailPanel::removeAttachment);
    connect(m_attachments, &QTableWidget::cellDoubleClicked, this, &RequestDetailPanel::openAttachment);
    showRequest(0);
}

void RequestDetailPanel::showRequest(qint64 requestId)
{
    m_requestId = requestId;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_chain->setRowCount(0);
    m_attachments->setRowCount(0);
    m_history->setRowCount(0);
    for (QPushButton* b : {m_edit, m_submit, m_withdraw, m_approve, m_return, m_reject})
        b->setVisible(false);
    m_state->clear();
    m_findings->clear();
    m_opinion->clear();
    m_opinion->hide();
    const bool any = requestId != 0;
    m_tabs->setVisible(any);
    m_pdf->setVisible(any);
    if (!any) {
        m_title->setText(tr("Select a request to see its chain, checks and history."));
        return;
    }
    RequestQueries requests(m_context.database->connection());
    const auto r = requests.byId(requestId);
    if (!r) {
        m_title->setText(r.error().message);
        m_tabs->setVisible(false);
        return;
    }
    const Session& session = m_context.session;
    m_isFiler = session.isSystem() || (session.accountId != 0 && session.accountId == r->filedBy);
    m_editable = RequestRules::isEditable(r->state);
    const bool mayFile = session.can(Action::FileRequest);
    m_title->setText(r->draft.title);

    auto steps = requests.steps(requestId);
    const bool planned = steps && steps->isEmpty();
    if (planned) {
        // Not submitted yet: the chain it will follow.
        if (const auto line = requests.unitLine(r->draft.unitId)) {
            if (const auto chain = RequestRules::chainFor(*line))
                steps = *chain;
        }
    }
    const ChainStep* current = nullptr;
    if (steps) {
        for (const ChainStep& s : *steps) {
            if (s.position == r->currentStep)
                current = &s;
        }
    }
    QString state = tr("No. %1 · %2 · %3")
                        .arg(r->draft.id)
                        .arg(RequestRules::displayName(r->draft.type), RequestRules::displayName(r->state));
    if (r->currentStep > 0 && RequestRules::isOpen(r->state)) {
        state += tr(" (step %1 of %2)").arg(r->currentStep).arg(r->stepCount);
        if (current)
            state += tr(" — waiting for %1 of %2").arg(RequestRules::displayName(current->kind), current->unitName);
    }
    m_state->setText(state);

    // What this account may do now.
    m_edit->setVisible(m_isFiler && m_editable && mayFile);
    m_submit->setVisible(m_isFiler && m_editable && mayFile);
    m_withdraw->setVisible(m_isFiler && mayFile && RequestRules::canTransition(r->state, RequestState::Withdrawn));
    const bool mayDecide = session.can(Action::DecideRequest)
        && RequestWorkflow(m_context.database->connection()).canDecide(session, *r).ok();
    const bool filing = current && current->kind == StepKind::File;
    m_approve->setVisible(mayDecide);
    m_approve->setText(filing ? tr("Record the &national filing…") : tr("&Approve…"));
    m_return->setVisible(mayDecide && !filing);
    m_reject->setVisible(mayDecide && !filing);

    if (!RequestRules::isFinal(r->state)) {
        const auto findings = requests.currentChecks(requestId);
        m_findings->setText(findings ? findingsHtml(*findings) : findings.error().message.toHtmlEscaped());
        // A request the checks refuse cannot be sent on: edit it (or attach what is missing) first.
        const bool blocked = !findings || SiteRules::hasErrors(*findings);
        m_submit->setEnabled(!blocked);
        m_submit->setToolTip(blocked
                ? tr("Resolve the errors shown in red first (edit the request or attach what is missing)")
                : tr("Send the request to the first step of its chain (Ctrl+Enter)"));
    }

    // Overview.
    const QLocale locale;
    auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_fields);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        m_form->addRow(label, v);
        return v;
    };
    row(tr("Requesting unit"), r->unitName);
    if (r->draft.type != RequestType::Open)
        row(tr("Site"), r->siteName);
    if (r->draft.type == RequestType::Merge)
        row(tr("Merge into"), r->targetName);
    const Site& p = r->draft.proposal;
    if (r->draft.type == RequestType::Open) {
        row(tr("Proposed site"), p.name);
        row(tr("Identifier code"), p.code);
        row(tr("Domain"), p.domain);
        row(tr("Kind"), Vocabulary::displayName(p.kind));
        row(tr("Platform"), Vocabulary::displayName(p.platform));
    } else if (r->draft.type == RequestType::Change) {
        if (!p.name.isEmpty())
            row(tr("New name"), p.name);
        if (!p.domain.isEmpty())
            row(tr("New domain"), p.domain);
        if (p.hostOrgId != 0) {
            const auto host = OrganisationRepository(m_context.database->connection()).byId(p.hostOrgId);
            row(tr("New host unit"), host ? host->name : QString());
        }
    }
    row(tr("Filed by"), People::name(r->filedByName))->setToolTip(People::toolTip(r->filedByName));
    row(tr("Submitted"), when(r->submittedAt));
    if (r->closedAt.isValid())
        row(tr("Closed"), when(r->closedAt));
    row(tr("Reason"), r->draft.reason);
    if (!r->draft.justification.isEmpty())
        row(tr("Justification"), r->draft.justification);

    showOpinion(*r, steps ? *steps : QList<ChainStep>{});
    if (steps) {
        m_chain->setRowCount(int(steps->size()));
        for (int i = 0; i < steps->size(); ++i) {
            const ChainStep& s = steps->at(i);
            auto* step
                = new QTableWidgetItem(QStringLiteral("%1. %2").arg(s.position).arg(RequestRules::displayName(s.kind)));
            QString decision;
            if (s.decision) {
                decision = s.kind == StepKind::File ? tr("Filed") : RequestRules::displayName(*s.decision);
                step->setIcon(themeIcon(*s.decision == Decision::Approve ? QStringLiteral("approved")
                        : *s.decision == Decision::Reject                ? QStringLiteral("rejected")
                                                                         : QStringLiteral("returned")));
            } else if (s.position == r->currentStep && RequestRules::isOpen(r->state)) {
                decision = tr("Waiting");
                step->setIcon(themeIcon(QStringLiteral("pending")));
            } else if (planned) {
                decision = tr("After submission");
                step->setIcon(themeIcon(QStringLiteral("waiting")));
            } else {
                step->setIcon(themeIcon(QStringLiteral("waiting")));
            }
            m_chain->setItem(i, 0, step);
            m_chain->setItem(i, 1, new QTableWidgetItem(s.unitName));
            // The decision, then who decided and when, on a second line.
            if (s.decision)
                decision += QStringLiteral("\n%1 · %2").arg(People::name(s.decidedByName), when(s.decidedAt));
            auto* decided = new QTableWidgetItem(decision);
            decided->setToolTip(People::toolTip(s.decidedByName));
            m_chain->setItem(i, 2, decided);
            m_chain->setItem(i, 3, new QTableWidgetItem(s.comment));
        }
        m_chain->resizeColumnsToContents();
        m_chain->resizeRowsToContents();
    }

    const auto files = RequestAttachments(m_context.database->connection()).list(requestId);
    if (files) {
        m_attachments->setRowCount(int(files->size()));
        for (int i = 0; i < files->size(); ++i) {
            const AttachmentInfo& a = files->at(i);
            auto* kind = new QTableWidgetItem(RequestRules::displayName(a.kind));
            kind->setData(Qt::UserRole, a.id);
            m_attachments->setItem(i, 0, kind);
            auto* name = new QTableWidgetItem(a.fileName);
            name->setToolTip(tr("SHA-256: %1").arg(a.sha256));
            m_attachments->setItem(i, 1, name);
            m_attachments->setItem(i, 2, new QTableWidgetItem(locale.formattedDataSize(a.size)));
            auto* by = new QTableWidgetItem(People::name(a.addedBy));
            by->setToolTip(People::toolTip(a.addedBy));
            m_attachments->setItem(i, 3, by);
            m_attachments->setItem(i, 4, new QTableWidgetItem(when(a.addedAt)));
        }
        m_attachments->resizeColumnsToContents();
    }
    const bool filesEditable = m_isFiler && m_editable && mayFile;
    m_addFile->setVisible(filesEditable);
    m_removeFile->setVisible(filesEditable);
    const bool hasFiles = files && !files->isEmpty();
    for (QPushButton* b : {m_openFile, m_saveFile, m_removeFile})
        b->setEnabled(hasFiles);
    m_tabs->setTabText(1, tr("Attachments (%1)").arg(files ? files->size() : 0));

    const auto events = requests.history(requestId);
    if (events) {
        m_history->setRowCount(int(events->size()));
        for (int i = 0; i < events->size(); ++i) {
            const RequestEvent& e = events->at(i);
            QString action = RequestRules::actionName(e.action);
            if (e.fromState != e.toState) {
                const auto to = RequestRules::requestState(e.toState);
                action += QStringLiteral(" → ") + (to ? RequestRules::displayName(*to) : e.toState);
            }
            m_history->setItem(i, 0, new QTableWidgetItem(when(e.at)));
            auto* who = new QTableWidgetItem(People::name(e.accountName));
            who->setToolTip(People::toolTip(e.accountName));
            m_history->setItem(i, 1, who);
            m_history->setItem(i, 2, new QTableWidgetItem(action));
            m_history->setItem(i, 3, new QTableWidgetItem(e.comment));
        }
        m_history->resizeColumnsToContents();
        m_history->scrollToBottom();
    }
    m_tabs->setTabText(2, tr("History (%1)").arg(events ? events->size() : 0));
}

QString RequestDetailPanel::latestOpinion(
    const AppContext& context, const RequestRecord& request, const QList<ChainStep>& steps, QString* login)
{
    // The last step decided with a comment; a returned request's return comes from its history.
    const ChainStep* last = nullptr;
    for (const ChainStep& s : steps) {
        if (s.decision && !s.comment.trimmed().isEmpty() && (!last || s.decidedAt >= last->decidedAt))
            last = &s;
    }
    QString who;
    QString unit;
    QDateTime at;
    QString comment;
    QString verb;
    if (last) {
        who = last->decidedByName;
        unit = last->unitName;
        at = last->decidedAt;
        comment = last->comment;
        verb = last->kind == StepKind::File ? tr("Filed") : RequestRules::displayName(*last->decision);
    }
    if (request.state == RequestState::Returned || !last) {
        if (const auto events = RequestQueries(context.database->connection()).history(request.draft.id)) {
            for (auto it = events->crbegin(); it != events->crend(); ++it) {
                if ((it->action == u"return" || it->action == u"reject" || it->action == u"approve")
                    && !it->comment.trimmed().isEmpty() && (!at.isValid() || it->at > at)) {
                    who = it->accountName;
                    unit.clear();
                    at = it->at;
                    comment = it->comment;
                    verb = RequestRules::actionName(it->action);
                    break;
                }
            }
        }
    }
    if (comment.trimmed().isEmpty())
        return {};
    if (login)
        *login = who;
    const QString by = unit.isEmpty() ? People::name(who) : tr("%1, %2").arg(unit, People::name(who));
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(tr("Latest opinion: %1 by %2, %3").arg(verb, by, when(at)).toHtmlEscaped(),
            comment.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

void RequestDetailPanel::showOpinion(const RequestRecord& request, const QList<ChainStep>& steps)
{
    QString who;
    const QString opinion = latestOpinion(m_context, request, steps, &who);
    if (opinion.isEmpty())
        return;
    m_opinion->setText(opinion);
    m_opinion->setToolTip(People::toolTip(who));
    m_opinion->show();
}

void RequestDetailPanel::edit()
{
    if (m_requestId == 0 || !m_edit->isVisible())
        return;
    RequestDialog dialog(m_context, m_requestId, this);
    dialog.exec();
    // Even a cancelled dialog may have saved (a draft saved, then an attachment refused).
    showRequest(m_requestId);
    Q_EMIT changed(m_requestId);
}

void RequestDetailPanel::submit()
{
    if (m_requestId == 0 || !m_submit->isVisible())
        return;
    RequestQueries requests(m_context.database->connection());
    const auto r = requests.byId(m_requestId);
    if (!r)
        return;
    const auto line = requests.unitLine(r->draft.unitId);
    const auto chain = line ? RequestRules::chainFor(*line) : Result<QList<ChainStep>>(line.error());
    const QString first = chain && !chain->isEmpty() ? chain->constFirst().unitName : QString();
    if (MessageBox::question(this, tr("Submit the request"),
            tr("Submit \"%1\"? It goes to %2 first, and cannot be changed unless it is returned.")
                .arg(r->draft.title, first))
        != MessageBox::Yes)
        return;
    if (const Status s = RequestWorkflow(m_context.database->connection()).submit(m_context.session, m_requestId); !s) {
        MessageBox::warning(this, tr("The request was not submitted"), s.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Request %1 submitted.").arg(m_requestId));
    showRequest(m_requestId);
    Q_EMIT changed(m_requestId);
}

void RequestDetailPanel::withdraw()
{
    if (m_requestId == 0 || !m_withdraw->isVisible())
        return;
    RequestQueries requests(m_context.database->connection());
    const auto r = requests.byId(m_requestId);
    if (!r)
        return;
    if (MessageBox::question(this, tr("Withdraw the request"),
            tr("Withdraw \"%1\"? It ends here and cannot be resumed; a new request can be filed later.")
                .arg(r->draft.title))
        != MessageBox::Yes)
        return;
    if (const Status s = RequestWorkflow(m_context.database->connection()).withdraw(m_context.session, m_requestId);
        !s) {
        MessageBox::warning(this, tr("The request was not withdrawn"), s.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Request %1 withdrawn.").arg(m_requestId));
    showRequest(m_requestId);
    Q_EMIT changed(m_requestId);
}

void RequestDetailPanel::decide(Decision decision)
{
    if (m_requestId == 0 || !m_approve->isVisible())
        return;
    RequestQueries requests(m_context.database->connection());
    const auto r = requests.byId(m_requestId);
    if (!r)
        return;
    const auto steps = requests.steps(m_requestId);
    QString stepText;
    QString effect;
    bool decisive = false;
    if (steps) {
        for (const ChainStep& s : *steps) {
            if (s.position != r->currentStep)
                continue;
            stepText = tr("Step %1 of %2: %3 by %4")
                           .arg(s.position)
                           .arg(r->stepCount)
                           .arg(RequestRules::displayName(s.kind), s.unitName);
            // The approval runs the final checks; it changes the registry unless a national filing follows.
            decisive = s.kind != StepKind::Review;
            if (s.kind == StepKind::Review)
                effect = tr("The request goes on to the next step of its chain.");
            else if (s.kind == StepKind::File || s.position == r->stepCount)
                effect = tr("This is the final decision: the request is carried out on the registry at once.");
            else
                effect = tr("The request is approved and then awaits the national filing, which carries it out.");
        }
    }
    const auto findings = requests.currentChecks(m_requestId);
    DecisionDialog dialog(
        decision, r->draft.title, stepText, effect, decisive, findings ? *findings : QList<Finding>{}, this);
    dialog.setPreviousOpinion(latestOpinion(m_context, *r, steps ? *steps : QList<ChainStep>{}));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = RequestWorkflow(m_context.database->connection())
                             .decide(m_context.session, m_requestId, decision, dialog.comment());
        !s) {
        MessageBox::warning(this, tr("The decision was not recorded"), s.error().fullText());
        showRequest(m_requestId);
        return;
    }
    const auto after = requests.byId(m_requestId);
    Q_EMIT statusMessage(
        tr("Request %1: %2.").arg(m_requestId).arg(after ? RequestRules::displayName(after->state) : QString()));
    showRequest(m_requestId);
    Q_EMIT changed(m_requestId);
}

bool RequestDetailPanel::exportPdf(const QString& givenPath)
{
    if (m_requestId == 0)
        return false;
    auto doc = RequestDocument::build(*m_context.database, m_requestId);
    if (!doc) {
        MessageBox::warning(this, tr("Export to PDF"), doc.error().fullText());
        return false;
    }
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(safeFileName(tr("Request %1 %2").arg(m_requestId).arg(doc->title))
                                          + QStringLiteral(".pdf"));
        path = FileDialog::getSaveFileName(this, tr("Export to PDF"), suggested, tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    const auto pages = PrintedForm::writePdf(path, *doc);
    if (!pages) {
        MessageBox::warning(this, tr("Export to PDF"), pages.error().fullText());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RequestDetailPanel::print()
{
    if (m_requestId == 0)
        return;
    auto doc = RequestDocument::build(*m_context.database, m_requestId);
    if (!doc) {
        MessageBox::warning(this, tr("Print"), doc.error().fullText());
        return;
    }
    PrintedForm::preview(this, *doc);
}

qint64 RequestDetailPanel::selectedAttachment() const
{
    const int row = m_attachments->currentRow();
    if (row < 0 || !m_attachments->item(row, 0))
        return 0;
    return m_attachments->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void RequestDetailPanel::openAttachment()
{
    const qint64 id = selectedAttachment();
    if (id == 0)
        return;
    const auto content = RequestAttachments(m_context.database->connection()).content(id);
    if (!content) {
        MessageBox::warning(this, tr("Open the file"), content.error().fullText());
        return;
    }
    const QString name = safeFileName(m_attachments->item(m_attachments->currentRow(), 1)->text());
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    const QString folder = QStringLiteral("sitegov-attachments-%1").arg(id);
    if (!dir.mkpath(folder)) {
        MessageBox::warning(this, tr("Open the file"), tr("No temporary folder could be made for the file."));
        return;
    }
    const QString path = dir.filePath(folder + u'/' + name);
    if (const Status s = UserFile::checkWritable(path, m_context.database->path()); !s) {
        MessageBox::warning(this, tr("Open the file"), s.error().message, s.error().detail);
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit()) {
        MessageBox::warning(
            this, tr("Open the file"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT statusMessage(tr("No program opens %1; it is saved at %2.").arg(name, QDir::toNativeSeparators(path)));
}

void RequestDetailPanel::saveAttachment()
{
    const qint64 id = selectedAttachment();
    if (id == 0)
        return;
    const QString name = safeFileName(m_attachments->item(m_attachments->currentRow(), 1)->text());
    const QString path = FileDialog::getSaveFileName(this, tr("Save the file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    if (path.isEmpty())
        return;
    if (const Status s = UserFile::checkWritable(path, m_context.database->path()); !s) {
        MessageBox::warning(this, tr("Save the file"), s.error().message, s.error().detail);
        return;
    }
    const auto content = RequestAttachments(m_context.database->connection()).content(id);
    if (!content) {
        MessageBox::warning(this, tr("Save the file"), content.error().fullText());
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit()) {
        MessageBox::warning(this, tr("Save the file"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void RequestDetailPanel::removeAttachment()
{
    const qint64 id = selectedAttachment();
    if (id == 0)
        return;
    const QString name = m_attachments->item(m_attachments->currentRow(), 1)->text();
    if (MessageBox::question(this, tr("Remove the file"), tr("Remove %1 from the request?").arg(name))
        != MessageBox::Yes)
        return;
    if (const Status s = RequestAttachments(m_context.database->connection()).remove(m_context.session, id); !s) {
        MessageBox::warning(this, tr("The file was not removed"), s.error().fullText());
        return;
    }
    showRequest(m_requestId);
    Q_EMIT changed(m_requestId);
}

} // namespace sitegov
