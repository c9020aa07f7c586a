#pragma once

#include "core/Request.h"
#include "core/Site.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sitegov {

// What the filer writes.
struct RequestDraft
{
    qint64 id = 0;
    RequestType type = RequestType::Open;
    qint64 unitId = 0;       // the requesting unit
    qint64 siteId = 0;       // close, migrate, merge, change: the site concerned
    qint64 targetSiteId = 0; // merge: the site it merges into
    QString title;
    QString reason;
    QString justification;
    // Open: the proposed site (its host is the requesting unit). Change: the new name, domain and
    // host unit (the other fields are taken from the site as it is).
    Site proposal;
};

// A request as stored, with the names of what it concerns.
struct RequestRecord
{
    RequestDraft draft;
    RequestState state = RequestState::Draft;
    qint64 filedBy = 0;
    QString filedByName;
    int round = 0;
    int currentStep = 0; // 1-based position awaiting a decision, 0 when none
    int stepCount = 0;
    qint64 resultSiteId = 0;
    QString unitName;
    QString siteName;
    QString targetName;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime closedAt;
};

// One line of a request's history.
struct RequestEvent
{
    QDateTime at;
    QString accountName;
    QString action; // create, edit, submit, approve, reject, return, withdraw, execute, attach, detach
    int round = 0;
    int position = 0;
    QString fromState;
    QString toState;
    QString comment;
};

// A file filed with a request (its content is read on its own: RequestAttachments::content).
struct AttachmentInfo
{
    qint64 id = 0;
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QDateTime addedAt;
};

} // namespace sitegov
