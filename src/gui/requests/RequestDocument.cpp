#include "gui/requests/RequestDocument.h"

#include "gui/common/People.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "db/Database.h"
#include "storage/OrganisationRepository.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"

#include <QLocale>

namespace sitegov {

namespace {

constexpr auto esc = &PrintedForm::escaped;

QString when(const QDateTime& t)
{
    return OfficeClock::format(t, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<PrintedDocument> RequestDocument::build(Database& database, qint64 requestId)
{
    RequestQueries requests(database.connection());
    const auto r = requests.byId(requestId);
    if (!r)
        return r.error();
    const auto steps = requests.steps(requestId);
    if (!steps)
        return steps.error();
    const auto history = requests.history(requestId);
    if (!history)
        return history.error();
    const auto files = RequestAttachments(database.connection()).list(requestId);
    if (!files)
        return files.error();
    const QLocale locale;

    QString h = PrintedForm::formStyle(QStringLiteral(".error { color: #b71c1c; } .warning { color: #8a4b00; }"));
    auto fieldRow = [&h](const QString& label, const QString& value) {
        h += PrintedForm::fieldRow(label, value, QStringLiteral("24%"));
    };
    QString state = RequestRules::displayName(r->state);
    if (r->currentStep > 0)
        state += tr(" (step %1 of %2)").arg(r->currentStep).arg(r->stepCount);

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    fieldRow(tr("Request number"), QString::number(r->draft.id));
    fieldRow(tr("Type"), RequestRules::displayName(r->draft.type));
    fieldRow(tr("Requesting unit"), r->unitName);
    if (!r->siteName.isEmpty())
        fieldRow(tr("Site"), r->siteName);
    if (!r->targetName.isEmpty())
        fieldRow(tr("Merge into"), r->targetName);
    const Site& p = r->draft.proposal;
    if (r->draft.type == RequestType::Open) {
        fieldRow(tr("Proposed site"), p.name);
        fieldRow(tr("Identifier code"), p.code);
        fieldRow(tr("Domain"), p.domain);
        fieldRow(tr("Kind"), Vocabulary::displayName(p.kind));
        fieldRow(tr("Platform"), Vocabulary::displayName(p.platform));
        if (!p.operatorName.isEmpty())
            fieldRow(tr("Operating unit"), p.operatorName);
        if (!p.icpFiling.isEmpty())
            fieldRow(tr("ICP filing"), p.icpFiling);
    } else if (r->draft.type == RequestType::Change) {
        if (!p.name.trimmed().isEmpty())
            fieldRow(tr("New name"), p.name);
        if (!p.domain.trimmed().isEmpty())
            fieldRow(tr("New domain"), p.domain);
        if (p.hostOrgId != 0) {
            const auto host = OrganisationRepository(database.connection()).byId(p.hostOrgId);
            fieldRow(tr("New host unit"), host ? host->name : QString::number(p.hostOrgId));
        }
    }
    fieldRow(tr("Filed by"), People::name(r->filedByName));
    fieldRow(tr("Submitted"), when(r->submittedAt));
    fieldRow(tr("State"), state);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(esc(tr("Reason")), r->draft.reason.isEmpty() ? QStringLiteral("—") : esc(r->draft.reason));
    if (!r->draft.justification.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Justification")), esc(r->draft.justification));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Attachments")));
    if (files->isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Kind")), esc(tr("File")), esc(tr("Size")), esc(tr("SHA-256 (first 16)")));
        for (const AttachmentInfo& a : *files) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(RequestRules::displayName(a.kind)), esc(a.fileName),
                         esc(locale.formattedDataSize(a.size)), esc(a.sha256.left(16)));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Approval (round %1)").arg(r->round)));
    if (steps->isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Not submitted yet.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th><th>%6</th></tr>")
                 .arg(esc(tr("Step")), esc(tr("Unit")), esc(tr("Decision")), esc(tr("Approver")), esc(tr("Time")),
                     esc(tr("Comment")));
        for (const ChainStep& s : *steps) {
            QString decision = s.decision
                ? (s.kind == StepKind::File ? tr("Filed") : RequestRules::displayName(*s.decision))
                : s.position == r->currentStep && RequestRules::isOpen(r->state) ? tr("Waiting")
                                                                                 : QString();
            h += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(s.position)
                     .arg(esc(RequestRules::displayName(s.kind)), esc(s.unitName), esc(decision), esc(People::name(s.decidedByName)),
                         esc(when(s.decidedAt)), esc(s.comment));
        }
        h += QStringLiteral("</table>");
    }

    if (!RequestRules::isFinal(r->state)) {
        const auto findings = requests.currentChecks(requestId);
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Policy checks")));
        if (!findings) {
            h += QStringLiteral("<p>%1</p>").arg(esc(findings.error().message));
        } else if (findings->isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No objection from the policy checks.")));
        } else {
            h += QStringLiteral("<ul>");
            for (const Finding& f : *findings)
                h += QStringLiteral("<li class=\"%1\">%2</li>")
                         .arg(f.isError() ? QStringLiteral("error") : QStringLiteral("warning"), esc(f.message));
            h += QStringLiteral("</ul>");
        }
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("History")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Time")), esc(tr("Account")), esc(tr("Action")), esc(tr("Comment")));
    for (const RequestEvent& e : *history) {
        QString action = RequestRules::actionName(e.action);
        if (e.fromState != e.toState) {
            const auto to = RequestRules::requestState(e.toState);
            action += QStringLiteral(" → ") + (to ? RequestRules::displayName(*to) : e.toState);
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(when(e.at)), esc(People::name(e.accountName)), esc(action), esc(e.comment));
    }
    h += QStringLiteral("</table>");

    PrintedDocument doc;
    doc.unit = r->unitName;
    doc.title = r->draft.title;
    doc.html = h;
    return doc;
}

} // namespace sitegov
