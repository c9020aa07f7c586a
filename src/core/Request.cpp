#include "core/Request.h"

#include "core/KeyTable.h"

namespace sitegov {

namespace {

constexpr KeyTable<RequestType, 5> kTypes{{{RequestType::Open, "open"}, {RequestType::Close, "close"},
    {RequestType::Migrate, "migrate"}, {RequestType::Merge, "merge"}, {RequestType::Change, "change"}}};
constexpr KeyTable<RequestState, 8> kStates{{{RequestState::Draft, "draft"}, {RequestState::Submitted, "submitted"},
    {RequestState::InReview, "in_review"}, {RequestState::Returned, "returned"}, {RequestState::Approved, "approved"},
    {RequestState::Rejected, "rejected"}, {RequestState::Withdrawn, "withdrawn"},
    {RequestState::Executed, "executed"}}};
constexpr KeyTable<StepKind, 3> kSteps{
    {{StepKind::Review, "review"}, {StepKind::Approve, "approve"}, {StepKind::File, "file"}}};
constexpr KeyTable<Decision, 3> kDecisions{
    {{Decision::Approve, "approved"}, {Decision::Reject, "rejected"}, {Decision::Return, "returned"}}};
constexpr KeyTable<AttachmentKind, 5> kAttachments{{{AttachmentKind::Letter, "letter"},
    {AttachmentKind::DomainForm, "domain_form"}, {AttachmentKind::SecurityReport, "security_report"},
    {AttachmentKind::MigrationEvidence, "migration_evidence"}, {AttachmentKind::Other, "other"}}};

} // namespace

Result<QList<ChainStep>> RequestRules::chainFor(const UnitLine& line)
{
    const UnitLine::Government* county = nullptr;
    const UnitLine::Government* city = nullptr;
    const UnitLine::Government* province = nullptr;
    for (const auto& g : line.governments) {
        if (g.level == AdminLevel::County && !county)
            county = &g;
        else if (g.level == AdminLevel::City && !city)
            city = &g;
        else if (g.level == AdminLevel::Province && !province)
            province = &g;
    }
    if (!province)
        return Error{tr("The requesting unit is not under a province-level government: no chain can be formed."), {}};
    QList<ChainStep> steps;
    auto add = [&steps](StepKind kind, const UnitLine::Government* g) {
        ChainStep s;
        s.position = int(steps.size()) + 1;
        s.kind = kind;
        s.unitId = g->id;
        s.unitName = g->name;
        steps << s;
    };
    switch (line.level) {
    case AdminLevel::Township:
        if (!county || !city)
            return Error{tr("A township's request needs its county and city governments in the unit tree."), {}};
        add(StepKind::Review, county);
        add(StepKind::Review, city);
        add(StepKind::Approve, province);
        break;
    case AdminLevel::County:
        if (!city)
            return Error{tr("A county-level request needs its city government in the unit tree."), {}};
        add(StepKind::Review, city);
        add(StepKind::Approve, province);
        break;
    case AdminLevel::City:
        add(StepKind::Approve, province);
        break;
    case AdminLevel::Province:
        add(StepKind::Approve, province);
        add(StepKind::File, province);
        break;
    }
    return steps;
}

bool RequestRules::canTransition(RequestState from, RequestState to)
{
    using S = RequestState;
    switch (from) {
    case S::Draft:
        return to == S::Submitted || to == S::Withdrawn;
    case S::Returned:
        return to == S::Submitted || to == S::Withdrawn;
    case S::Submitted:
    case S::InReview:
        return to == S::InReview || to == S::Approved || to == S::Rejected || to == S::Returned || to == S::Withdrawn;
    case S::Approved:
        // Approved and awaiting the national filing, or carried out at once by the final approval.
        return to == S::Executed;
    case S::Rejected:
    case S::Withdrawn:
    case S::Executed:
        return false;
    }
    return false;
}

bool RequestRules::isOpen(RequestState state)
{
    return state == RequestState::Submitted || state == RequestState::InReview || state == RequestState::Approved;
}

bool RequestRules::isEditable(RequestState state)
{
    return state == RequestState::Draft || state == RequestState::Returned;
}

bool RequestRules::isFinal(RequestState state)
{
    return state == RequestState::Rejected || state == RequestState::Withdrawn || state == RequestState::Executed;
}

QString RequestRules::key(RequestType v) { return keyOf(kTypes, v); }
QString RequestRules::key(RequestState v) { return keyOf(kStates, v); }
QString RequestRules::key(StepKind v) { return keyOf(kSteps, v); }
QString RequestRules::key(Decision v) { return keyOf(kDecisions, v); }
QString RequestRules::key(AttachmentKind v) { return keyOf(kAttachments, v); }
std::optional<RequestType> RequestRules::requestType(QStringView key) { return fromKey(kTypes, key); }
std::optional<RequestState> RequestRules::requestState(QStringView key) { return fromKey(kStates, key); }
std::optional<StepKind> RequestRules::stepKind(QStringView key) { return fromKey(kSteps, key); }
std::optional<Decision> RequestRules::decision(QStringView key) { return fromKey(kDecisions, key); }
std::optional<AttachmentKind> RequestRules::attachmentKind(QStringView key) { return fromKey(kAttachments, key); }

QList<RequestType> RequestRules::types()
{
    return valuesOf(kTypes);
}

QList<RequestState> RequestRules::states()
{
    return valuesOf(kStates);
}

QList<AttachmentKind> RequestRules::attachmentKinds()
{
    return valuesOf(kAttachments);
}

QString RequestRules::displayName(RequestType v)
{
    switch (v) {
    case RequestType::Open:
        return tr("Open a site");
    case RequestType::Close:
        return tr("Close a site");
    case RequestType::Migrate:
        return tr("Migrate to the unified platform");
    case RequestType::Merge:
        return tr("Merge into another site");
    case RequestType::Change:
        return tr("Change name, domain or host unit");
    }
    return {};
}

QString RequestRules::displayName(RequestState v)
{
    switch (v) {
    case RequestState::Draft:
        return tr("Draft");
    case RequestState::Submitted:
        return tr("Submitted");
    case RequestState::InReview:
        return tr("In review");
    case RequestState::Returned:
        return tr("Returned for changes");
    case RequestState::Approved:
        return tr("Approved");
    case RequestState::Rejected:
        return tr("Rejected");
    case RequestState::Withdrawn:
        return tr("Withdrawn");
    case RequestState::Executed:
        return tr("Executed");
    }
    return {};
}

QString RequestRules::displayName(StepKind v)
{
    switch (v) {
    case StepKind::Review:
        return tr("Review");
    case StepKind::Approve:
        return tr("Approval");
    case StepKind::File:
        return tr("National filing");
    }
    return {};
}

QString RequestRules::displayName(Decision v)
{
    switch (v) {
    case Decision::Approve:
        return tr("Approved");
    case Decision::Reject:
        return tr("Rejected");
    case Decision::Return:
        return tr("Returned for changes");
    }
    return {};
}

QString RequestRules::actionName(QStringView key)
{
    if (key == u"create")
        return tr("created");
    if (key == u"edit")
        return tr("edited");
    if (key == u"submit")
        return tr("submitted");
    if (key == u"approve")
        return tr("approved");
    if (key == u"reject")
        return tr("rejected");
    if (key == u"return")
        return tr("returned for changes");
    if (key == u"withdraw")
        return tr("withdrew");
    if (key == u"execute")
        return tr("carried out on the registry");
    if (key == u"file")
        return tr("recorded the national filing");
    if (key == u"attach")
        return tr("attached a file");
    if (key == u"detach")
        return tr("removed a file");
    return key.toString();
}

QString RequestRules::displayName(AttachmentKind v)
{
    switch (v) {
    case AttachmentKind::Letter:
        return tr("Formal request letter");
    case AttachmentKind::DomainForm:
        return tr("Domain application form");
    case AttachmentKind::SecurityReport:
        return tr("Security test report");
    case AttachmentKind::MigrationEvidence:
        return tr("Evidence of data migration");
    case AttachmentKind::Other:
        return tr("Other document");
    }
    return {};
}

} // namespace sitegov
