#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/SiteScore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sitegov::net {

// One page of GET /api/v1/scores.
struct ScorePage
{
    Period period;
    QList<SiteScore> items;
    int matched = 0; // over all pages
    QString nextCursor; // empty on the last page
};

// One entry of GET /api/v1/periods.
struct BackendPeriod
{
    Period period;
    int sites = 0;
};

// Reads sitegov-server's JSON answers (docs/api/openapi.yaml) into values. Every failure is a
// BadAnswer error that says where: the byte offset of malformed JSON, or the path of the member
// with the wrong shape ("items[3].total: a number was expected").
class ScoreJson final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreJson)

public:
    static Result<QString> parseHealth(const QByteArray& body); // the server's version
    static Result<QList<BackendPeriod>> parsePeriods(const QByteArray& body);
    static Result<ScorePage> parseScorePage(const QByteArray& body);
    // The message of an error answer ({"error":{"code","message","field"}}), or empty.
    static QString serverMessage(const QByteArray& body);
};

} // namespace sitegov::net
