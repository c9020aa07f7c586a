#pragma once

#include "core/AnnualReport.h"
#include "core/FieldError.h"
#include "core/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QVariantMap>

namespace sitegov {

struct AnnualReportRecord
{
    qint64 id = 0;
    AnnualReportKind kind = AnnualReportKind::Office;
    int year = 0;
    qint64 orgId = 0; // the office (kind office) or the site's host unit (kind site)
    QString orgName;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    AnnualReportState state = AnnualReportState::Draft;
    QMap<QString, QString> fields; // entered, normalised (AnnualReportForm::normalise)
    QVariantMap signedFigures;     // the computed figures as signed; empty while a draft
    QString createdBy;
    QString createdAt; // UTC
    QString updatedBy;
    QString updatedAt;
    QString signedBy;
    QString signedAt;
    QString publishedBy;
    QString publishedAt;

    bool isDraft() const { return state == AnnualReportState::Draft; }
    // What the report says: its title for the year and, for a site, the site.
    QString subject() const;
};

// The annual reports of 国办函〔2018〕12号 (docs/design/annual-reports.md): one per office and year
// (政府网站监管年度报表) and one per site and year (政府网站工作年度报表). A report is made as a draft;
// the office or the unit fills in its fields; a director signs it, which freezes its figures as they
// stand (figures_json), and publishes it. Every change is audited (object type annual_report) in its
// transaction; a signed report refuses changes here and, for any other writer, in the database.
//
// Who may act, as for the weekly reviews the same people write and sign: making a report and
// changing its fields needs WriteReview (directors, inspectors), signing and publishing SignReview
// (directors); both within the jurisdiction holding the report's unit.
class AnnualReportService final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportService)

public:
    explicit AnnualReportService(QSqlDatabase db);

    // The report of the office `orgId` (or of the site `siteId`, when not 0) for `year`: the
    // existing one, or a new draft.
    Result<AnnualReportRecord> open(const Session& session, int year, qint64 orgId, qint64 siteId = 0);
    Result<AnnualReportRecord> byId(qint64 id);
    // The office's report, or the site's, for the year, when there is one.
    Result<std::optional<AnnualReportRecord>> find(int year, qint64 orgId, qint64 siteId = 0);
    // Reports of units within `withinOrgId` (0: all), of `year` (0: every year), newest year first,
    // the office's reports before the sites'.
    Result<QList<AnnualReportRecord>> list(int year = 0, qint64 withinOrgId = 0);

    // What is wrong with the values (one error per field, by key); empty when all are fine.
    static QList<FieldError> check(AnnualReportKind kind, const QMap<QString, QString>& values);
    // Sets the fields given (an empty value clears one); the others stay. Refused with the first
    // problem when check() finds any, or when the report is signed.
    Status setFields(const Session& session, qint64 id, const QMap<QString, QString>& values);
    Status sign(const Session& session, qint64 id);
    Status publish(const Session& session, qint64 id);

    // The computed figures of the report: as signed, or (a draft) as they stand now.
    Result<QVariantMap> figures(const AnnualReportRecord& report);

    // The dashboard's reminder: the office's report for the year before `today`, due by 31 January
    // and reminded of from 1 January until it is published (`due`), with its state (nullopt: not
    // started yet) and whether 31 January has passed.
    struct Reminder
    {
        bool due = false;
        int year = 0;
        std::optional<AnnualReportState> state; // nullopt: not started
        qint64 reportId = 0;
        QDate deadline; // 31 January
        bool overdue = false;
    };
    Result<Reminder> reminder(qint64 orgId, const QDate& today);

private:
    Result<AnnualReportRecord> mayAct(const Session& session, qint64 id, Action action);
    Status change(const Session& session, const AnnualReportRecord& before, const QString& action,
        const QString& sql, const QVariantList& binds, const QString& summary, const QJsonObject& after);

    QSqlDatabase m_db;
};

} // namespace sitegov
