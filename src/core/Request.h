#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/Site.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// A request to open, close, migrate, merge or change a site (docs/design/domain.md), approved level by level
// (逐级报批).
enum class RequestType { Open, Close, Migrate, Merge, Change };

enum class RequestState { Draft, Submitted, InReview, Returned, Approved, Rejected, Withdrawn, Executed };

// What a step of the chain is: a review by an intermediate general office, the approval, and the
// national filing (备案) of a province-level request.
enum class StepKind { Review, Approve, File };

enum class Decision { Approve, Reject, Return };

enum class AttachmentKind { Letter, DomainForm, SecurityReport, MigrationEvidence, Other };

struct ChainStep
{
    int position = 0; // 1-based
    StepKind kind = StepKind::Approve;
    qint64 unitId = 0; // the government whose approvers decide it
    QString unitName;
    // Filled in once decided:
    std::optional<Decision> decision;
    qint64 decidedBy = 0;
    QString decidedByName;
    QDateTime decidedAt;
    QString comment;
};

// The requesting unit and the governments above it, nearest first (county, city, province), as the
// chain needs them.
struct UnitLine
{
    qint64 unitId = 0;
    AdminLevel level = AdminLevel::Province;
    OrgKind kind = OrgKind::Government;
    // The governments from the unit upwards (including the unit itself if it is one).
    struct Government
    {
        qint64 id = 0;
        AdminLevel level = AdminLevel::Province;
        QString name;
    };
    QList<Government> governments;
};

class RequestRules final
{
    Q_DECLARE_TR_FUNCTIONS(RequestRules)

public:
    // Level by level: a township's request goes to its county, its city and the province; a county's
    // (government or department) is reviewed by its city and approved by the province; a city's is
    // approved by the province; a province's is approved by the province and then filed nationally.
    static Result<QList<ChainStep>> chainFor(const UnitLine& line);

    // Allowed transitions of the state machine; every other one is refused.
    static bool canTransition(RequestState from, RequestState to);
    // Still moving: submitted, in review, or approved and awaiting the national filing.
    static bool isOpen(RequestState state);
    static bool isEditable(RequestState state); // draft or returned: the filer may edit and submit
    static bool isFinal(RequestState state);   // rejected, withdrawn, executed

    static QString key(RequestType v);
    static QString key(RequestState v);
    static QString key(StepKind v);
    static QString key(Decision v);
    static QString key(AttachmentKind v);
    static std::optional<RequestType> requestType(QStringView key);
    static std::optional<RequestState> requestState(QStringView key);
    static std::optional<StepKind> stepKind(QStringView key);
    static std::optional<Decision> decision(QStringView key);
    static std::optional<AttachmentKind> attachmentKind(QStringView key);
    static QString displayName(RequestType v);
    static QString displayName(RequestState v);
    static QString displayName(StepKind v);
    static QString displayName(Decision v);
    static QString displayName(AttachmentKind v);
    // A history event's action key (create, submit, approve, ...) in words: "submitted".
    static QString actionName(QStringView key);
    static QList<RequestType> types();
    static QList<RequestState> states();
    static QList<AttachmentKind> attachmentKinds();
};

} // namespace sitegov
