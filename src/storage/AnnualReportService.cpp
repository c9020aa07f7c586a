#include "storage/AnnualReportService.h"

#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AnnualReportQueries.h"
#include "storage/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

const char* const kSelect
    = "SELECT r.id, r.kind, r.year, r.org_id, o.name, coalesce(r.site_id, 0), coalesce(s.code, ''), "
      "coalesce(s.name, ''), r.state, r.fields_json, coalesce(r.figures_json, ''), r.created_by, r.created_at, "
      "r.updated_by, r.updated_at, coalesce(r.signed_by, ''), coalesce(r.signed_at, ''), coalesce(r.published_by, "
      "''), coalesce(r.published_at, '') FROM annual_reports r JOIN organisations o ON o.id = r.org_id LEFT JOIN "
      "sites s ON s.id = r.site_id ";

AnnualReportRecord fromQuery(const QSqlQuery& q)
{
    AnnualReportRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = AnnualReportForm::kind(q.value(1).toString()).value_or(AnnualReportKind::Office);
    r.year = q.value(2).toInt();
    r.orgId = q.value(3).toLongLong();
    r.orgName = q.value(4).toString();
    r.siteId = q.value(5).toLongLong();
    r.siteCode = q.value(6).toString();
    r.siteName = q.value(7).toString();
    r.state = AnnualReportForm::state(q.value(8).toString()).value_or(AnnualReportState::Draft);
    const QJsonObject fields = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields.insert(it.key(), it.value().toString());
    if (!q.value(10).toString().isEmpty())
        r.signedFigures = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object().toVariantMap();
    r.createdBy = q.value(11).toString();
    r.createdAt = q.value(12).toString();
    r.updatedBy = q.value(13).toString();
    r.updatedAt = q.value(14).toString();
    r.signedBy = q.value(15).toString();
    r.signedAt = q.value(16).toString();
    r.publishedBy = q.value(17).toString();
    r.publishedAt = q.value(18).toString();
    return r;
}

QJsonObject fieldsJson(const QMap<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString text(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString who(const Session& session)
{
    return session.username.isEmpty() ? session.displayName : session.username;
}

} // namespace

QString AnnualReportRecord::subject() const
{
    const QString title = AnnualReportForm::title(kind);
    return kind == AnnualReportKind::Office
        ? AnnualReportService::tr("%1 %2 of %3", "year, report title, office").arg(QString::number(year), title, orgName)
        : AnnualReportService::tr("%1 %2 of %3 (%4)", "year, report title, site, code")
              .arg(QString::number(year), title, siteName, siteCode);
}

AnnualReportService::AnnualReportService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<AnnualReportRecord> AnnualReportService::byId(qint64 id)
{
    return db::Query(m_db, QLatin1String(kSelect) + QStringLiteral("WHERE r.id = ?"))
        .bind(id)
        .single(tr("The annual report could not be read."), tr("There is no annual report with the number %1.").arg(id),
            fromQuery);
}

Result<std::optional<AnnualReportRecord>> AnnualReportService::find(int year, qint64 orgId, qint64 siteId)
{
    if (siteId != 0)
        return db::Query(m_db, QLatin1String(kSelect) + QStringLiteral("WHERE r.site_id = ? AND r.year = ?"))
            .bind(siteId, year)
            .first(tr("The annual report could not be read."), fromQuery);
    return db::Query(m_db, QLatin1String(kSelect) + QStringLiteral("WHERE r.org_id = ? AND r.site_id IS NULL AND r.year = ?"))
        .bind(orgId, year)
        .first(tr("The annual report could not be read."), fromQuery);
}

Result<QList<AnnualReportRecord>> AnnualReportService::list(int year, qint64 withinOrgId)
{
    QStringList where;
    QVariantList binds;
    if (year != 0) {
        where << QStringLiteral("r.year = ?");
        binds << year;
    }
    if (withinOrgId != 0) {
        where << QStringLiteral("r.org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        binds << withinOrgId;
    }
    return db::Query(m_db,
        QLatin1String(kSelect) + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY r.year DESC, r.kind, o.division_code, s.code, r.id"))
        .bindAll(binds)
        .rows(tr("The annual reports could not be read."), fromQuery);
}

Result<AnnualReportRecord> AnnualReportService::open(const Session& session, int year, qint64 orgId, qint64 siteId)
{
    if (year < 2000 || year > 2999)
        return Error{tr("An annual report is for a year such as 2026."), {}};
    qint64 unit = orgId;
    if (siteId != 0) {
        const auto host = db::Query(m_db, QStringLiteral("SELECT host_org_id FROM sites WHERE id = ?"))
                              .bind(siteId)
                              .single<qint64>(tr("The site could not be read."),
                                  tr("There is no site with the number %1.").arg(siteId));
        if (!host)
            return host.error();
        unit = *host;
    } else {
        const auto kind = db::Query(m_db, QStringLiteral("SELECT kind FROM organisations WHERE id = ?"))
                              .bind(orgId)
                              .single<QString>(tr("The unit could not be read."),
                                  tr("There is no unit with the number %1.").arg(orgId));
        if (!kind)
            return kind.error();
        if (*kind != u"government")
            return Error{tr("The supervision report is an office's: choose a government, not a department."), {}};
    }
    auto existing = find(year, unit, siteId);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    if (const Status s = Authorizer::require(m_db, session, Action::WriteReview, unit); !s)
        return s.error();
    const AnnualReportKind kind = siteId != 0 ? AnnualReportKind::Site : AnnualReportKind::Office;
    const auto id = db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString now = Sql::nowUtc();
        const auto inserted = db::Query(m_db,
            QStringLiteral("INSERT INTO annual_reports (kind, year, org_id, site_id, state, fields_json, created_by, "
                           "created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, 'draft', '{}', ?, ?, ?, ?)"))
                                  .bind(AnnualReportForm::key(kind), year, unit, Sql::nullIfZero(siteId), who(session),
                                      now, who(session), now)
                                  .insert(tr("The annual report could not be made."));
        if (!inserted)
            return inserted.error();
        QJsonObject after{{QStringLiteral("kind"), AnnualReportForm::key(kind)}, {QStringLiteral("year"), year},
            {QStringLiteral("org_id"), unit}, {QStringLiteral("state"), QStringLiteral("draft")}};
        if (siteId != 0)
            after.insert(QStringLiteral("site_id"), siteId);
        return AuditLog::created(m_db, session, QStringLiteral("annual_report"), *inserted,
            QStringLiteral("annual report %1 %2 started").arg(AnnualReportForm::key(kind)).arg(year), after);
    });
    if (!id)
        return id.error();
    return byId(*id);
}

QList<FieldError> AnnualReportService::check(AnnualReportKind kind, const QMap<QString, QString>& values)
{
    QList<FieldError> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString problem = AnnualReportForm::check(kind, it.key(), it.value());
        if (!problem.isEmpty())
            out << FieldError{it.key(), problem};
    }
    return out;
}

Result<AnnualReportRecord> AnnualReportService::mayAct(const Session& session, qint64 id, Action action)
{
    auto report = byId(id);
    if (!report)
        return report;
    if (const Status s = Authorizer::require(m_db, session, action, report->orgId); !s)
        return s.error();
    return report;
}

Status AnnualReportService::change(const Session& session, const AnnualReportRecord& before, const QString& action,
    const QString& sql, const QVariantList& binds, const QString& summary, const QJsonObject& after)
{
    return db::inTransaction(m_db, [&]() -> Status {
        // The state it was read in: another console may have signed it since.
        const auto changed = db::Query(m_db, sql + QStringLiteral(" WHERE id = ? AND state = ? AND updated_at = ?"))
                                 .bindAll(binds)
                                 .bind(before.id, AnnualReportForm::key(before.state), before.updatedAt)
                                 .changed(tr("The annual report could not be saved."));
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Error{tr("Someone else changed the annual report meanwhile; open it again."), {}};
        const QJsonObject was{{QStringLiteral("state"), AnnualReportForm::key(before.state)},
            {QStringLiteral("fields"), fieldsJson(before.fields)}};
        return AuditLog::append(m_db, session, action, QStringLiteral("annual_report"), QString::number(before.id),
            summary, was, after);
    });
}

Status AnnualReportService::setFields(const Session& session, qint64 id, const QMap<QString, QString>& values)
{
    const auto report = mayAct(session, id, Action::WriteReview);
    if (!report)
        return report.error();
    if (!report->isDraft())
        return Error{tr("The annual report is %1: it takes no more changes.")
                         .arg(AnnualReportForm::displayName(report->state).toLower()),
            {}};
    if (const QList<FieldError> problems = check(report->kind, values); !problems.isEmpty()) {
        const auto line = AnnualReportForm::line(report->kind, problems.constFirst().field);
        return Error{tr("%1: %2").arg(line ? line->label : problems.constFirst().field, problems.constFirst().message), {}};
    }
    QMap<QString, QString> fields = report->fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString v = AnnualReportForm::normalise(report->kind, it.key(), it.value());
        if (v.isEmpty())
            fields.remove(it.key());
        else
            fields.insert(it.key(), v);
    }
    if (fields == report->fields)
        return {};
    QStringList keys;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (report->fields.value(it.key()) != fields.value(it.key()))
            keys << it.key();
    }
    return change(session, *report, QStringLiteral("update"),
        QStringLiteral("UPDATE annual_reports SET fields_json = ?, updated_by = ?, updated_at = ?"),
        {text(fieldsJson(fields)), who(session), Sql::nowUtc()},
        QStringLiteral("annual report %1: %2 changed").arg(id).arg(keys.join(QStringLiteral(", "))),
        {{QStringLiteral("state"), QStringLiteral("draft")}, {QStringLiteral("fields"), fieldsJson(fields)}});
}

Status AnnualReportService::sign(const Session& session, qint64 id)
{
    const auto report = mayAct(session, id, Action::SignReview);
    if (!report)
        return report.error();
    if (!report->isDraft())
        return Error{tr("The annual report is already %1.").arg(AnnualReportForm::displayName(report->state).toLower()),
            {}};
    const auto f = figures(*report);
    if (!f)
        return f.error();
    const QJsonObject frozen = QJsonObject::fromVariantMap(*f);
    const QString now = Sql::nowUtc();
    return change(session, *report, QStringLiteral("sign"),
        QStringLiteral("UPDATE annual_reports SET state = 'signed', figures_json = ?, signed_by = ?, signed_at = ?, "
                       "updated_by = ?, updated_at = ?"),
        {text(frozen), who(session), now, who(session), now}, QStringLiteral("annual report %1 signed").arg(id),
        {{QStringLiteral("state"), QStringLiteral("signed")}, {QStringLiteral("fields"), fieldsJson(report->fields)},
            {QStringLiteral("figures"), frozen}});
}

Status AnnualReportService::publish(const Session& session, qint64 id)
{
    const auto report = mayAct(session, id, Action::SignReview);
    if (!report)
        return report.error();
    if (report->state != AnnualReportState::Signed)
        return report->isDraft() ? Status(Error{tr("Sign the annual report before publishing it."), {}})
                                 : Status(Error{tr("The annual report is already published."), {}});
    const QString now = Sql::nowUtc();
    return change(session, *report, QStringLiteral("publish"),
        QStringLiteral("UPDATE annual_reports SET state = 'published', published_by = ?, published_at = ?, "
                       "updated_by = ?, updated_at = ?"),
        {who(session), now, who(session), now}, QStringLiteral("annual report %1 published").arg(id),
        {{QStringLiteral("state"), QStringLiteral("published")}, {QStringLiteral("fields"), fieldsJson(report->fields)}});
}

Result<QVariantMap> AnnualReportService::figures(const AnnualReportRecord& report)
{
    if (!report.isDraft() && !report.signedFigures.isEmpty())
        return report.signedFigures;
    return report.kind == AnnualReportKind::Office ? AnnualReportQueries::office(m_db, report.orgId, report.year)
                                                   : AnnualReportQueries::site(m_db, report.siteId, report.year);
}

Result<AnnualReportService::Reminder> AnnualReportService::reminder(qint64 orgId, const QDate& today)
{
    Reminder r;
    r.year = today.year() - 1;
    r.deadline = QDate(today.year(), 1, 31);
    const auto found = find(r.year, orgId);
    if (!found)
        return found.error();
    if (*found) {
        r.state = (*found)->state;
        r.reportId = (*found)->id;
    }
    r.due = r.state != AnnualReportState::Published;
    r.overdue = r.due && today > r.deadline;
    return r;
}

} // namespace sitegov
