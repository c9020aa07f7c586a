#include "storage/AssessmentFindings.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/ProbeRules.h"
#include "core/SpotCheck.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "storage/WeeklyReviewService.h"

#include <QHash>
#include <QLocale>

namespace sitegov {

AssessmentFindings::AssessmentFindings(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<SiteFinding>> AssessmentFindings::inspections(qint64 siteId, const Period& period)
{
    const QHash<QString, QString> names = WeeklyReviewService(m_db).itemNames();
    const QLocale locale;
    auto day = [&locale](const QDate& d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    QList<SiteFinding> out;

    const QString first = period.firstDay().toString(Qt::ISODate);
    const QString last = period.lastDay().toString(Qt::ISODate);
    const Status failures
        = db::Query(m_db,
            QStringLiteral(
                "SELECT f.item_key, count(*), min(f.day), max(f.day), (SELECT g.note FROM inspection_failures g WHERE "
                "g.site_id = f.site_id AND g.item_key = f.item_key AND g.day BETWEEN ? AND ? ORDER BY g.day DESC "
                "LIMIT 1) FROM inspection_failures f WHERE f.site_id = ? AND f.day BETWEEN ? AND ? GROUP BY f.site_id, "
                "f.item_key ORDER BY f.item_key"))
              .bind(first, last, siteId, first, last)
              .forEach(tr("The inspections of the period could not be read."), [&](const QSqlQuery& q) {
                  SiteFinding f;
                  f.source = SiteFinding::Source::Inspection;
                  db::RowReader in(q);
                  in.into(f.checklistItem, f.count);
                  const QDate firstSeen = QDate::fromString(in.next().toString(), Qt::ISODate);
                  f.day = QDate::fromString(in.next().toString(), Qt::ISODate);
                  const QString note = in.next().toString();
                  const QString item = names.value(f.checklistItem, f.checklistItem);
                  f.text = f.count == 1 ? tr("Daily inspection %1: %2 failed").arg(day(f.day), item)
                                        : tr("Daily inspections: %1 failed %2 times (%3 to %4)")
                                              .arg(item)
                                              .arg(f.count)
                                              .arg(day(firstSeen), day(f.day));
                  if (!note.trimmed().isEmpty())
                      f.text += tr(": %1").arg(note.trimmed());
                  out.append(f);
                  return true;
              });
    if (!failures)
        return failures.error();

    const Status open
        = db::Query(m_db,
            QStringLiteral(
                "SELECT id, coalesce(item_key, ''), problem, opened_on, deadline, status FROM rectifications WHERE "
                "site_id = ? AND status IN ('open', 'fixed') AND opened_on <= ? ORDER BY opened_on, id"))
              .bind(siteId, last)
              .forEach(tr("The rectification items could not be read."), [&](const QSqlQuery& q) {
                  SiteFinding f;
                  f.source = SiteFinding::Source::Rectification;
                  f.rectificationId = q.value(0).toLongLong();
                  f.checklistItem = q.value(1).toString();
                  f.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                  const QDate deadline = QDate::fromString(q.value(4).toString(), Qt::ISODate);
                  const auto status
                      = RectificationRules::status(q.value(5).toString()).value_or(RectificationStatus::Open);
                  f.text = tr("Rectification item %1 (%2, due %3): %4")
                               .arg(f.rectificationId)
                               .arg(RectificationRules::displayName(status), day(deadline), q.value(2).toString());
                  out.append(f);
                  return true;
              });
    if (!open)
        return open.error();
    return out;
}

QMap<QString, QList<SiteFinding>> AssessmentFindings::byEvidenceKey(
    const ScoringRules& rules, const QList<SiteFinding>& findings)
{
    QMap<QString, QList<SiteFinding>> out;
    for (const SiteFinding& f : findings) {
        if (f.checklistItem.isEmpty())
            continue;
        for (const ScoringRules::Veto& v : rules.vetoes()) {
            if (v.checklistItems.contains(f.checklistItem))
                out[SpotCheckRules::vetoKey(v.key)].append(f);
        }
        for (const ScoringRules::Category& c : rules.categories()) {
            for (const ScoringRules::Indicator& i : c.indicators) {
                if (i.checklistItems.contains(f.checklistItem))
                    out[SpotCheckRules::deductionKey(i.key)].append(f);
            }
        }
    }
    return out;
}

QMap<QString, QStringList> AssessmentFindings::probeByEvidenceKey(const ProbeEvidence& e)
{
    QMap<QString, QStringList> out;
    const QLocale locale;
    auto when = [&locale](const QDateTime& t) {
        return locale.toString(
            OfficeClock::toOffice(t), tr("yyyy-MM-dd HH:mm", "a probe's time in the assessment form"));
    };
    auto day = [&locale](const QDate& d) {
        return locale.toString(d, QLocale::ShortFormat);
    };

    const QString unreachable = SpotCheckRules::vetoKey(QStringLiteral("unreachable"));
    if (e.availability.probes > 0) {
        out[unreachable] << tr("Probe, %1 to %2: %3 of %4 probes failed (%5%), %6.")
                                .arg(day(e.from), day(e.to), locale.toString(e.availability.failures),
                                    locale.toString(e.availability.probes),
                                    locale.toString(100.0 * e.availability.share(), 'f', 1),
                                    ProbeRules::displayName(e.availabilityVerdict));
        int listed = 0;
        for (const AvailabilityRecord& r : e.failedProbes) {
            if (!r.failed())
                continue;
            if (listed++ == kMaxProbesListed)
                break;
            out[unreachable] << tr("Failed probe at %1: %2%3 after %4 ms (%5)")
                                    .arg(when(r.at), ProbeVocabulary::displayName(r.outcome),
                                        r.httpStatus > 0 ? QStringLiteral(" %1").arg(r.httpStatus) : QString(),
                                        locale.toString(r.latencyMs), r.url);
        }
        int failed = 0;
        for (const AvailabilityRecord& r : e.failedProbes)
            failed += r.failed() ? 1 : 0;
        if (failed > kMaxProbesListed)
            out[unreachable] << tr("… and %n more failed probe(s).", nullptr, failed - kMaxProbesListed);
    }

    const QString homepage = SpotCheckRules::vetoKey(QStringLiteral("homepage_stale"));
    const QString columns = SpotCheckRules::vetoKey(QStringLiteral("columns_stale"));
    if (e.state && e.state->homepageNewest.isValid()) {
        out[homepage] << tr("Probe: the homepage's newest date was %1 when it was last checked (%2).")
                             .arg(day(e.state->homepageNewest), when(e.state->checkedAt));
    }
    int stale = 0;
    int blank = 0;
    for (const FindingView& f : e.findings) {
        const QString seen = f.firstAt == f.lastAt
            ? when(f.firstAt)
            : tr("%1 to %2", "first and last time a finding was seen").arg(when(f.firstAt), when(f.lastAt));
        const QString found = f.found.isEmpty() ? QString() : tr(": %1").arg(f.found);
        switch (f.kind) {
        case FindingKind::HomepageStale:
        case FindingKind::HomepageAging:
        case FindingKind::HomepageUndated:
            out[homepage] << tr("Probe found %1%2 (%3).").arg(ProbeVocabulary::displayName(f.kind), found, seen);
            break;
        case FindingKind::ColumnStale:
        case FindingKind::ColumnBlank:
            (f.kind == FindingKind::ColumnStale ? stale : blank) += 1;
            out[columns] << tr("Probe found %1 \"%2\"%3 (%4).")
                                .arg(ProbeVocabulary::displayName(f.kind),
                                    f.subjectName.isEmpty() ? f.subject : f.subjectName, found, seen);
            break;
        default:
            break;
        }
    }
    if (stale + blank > 0) {
        out[columns].prepend(tr("Probe: %1 stale and %2 blank columns in the period (the veto line is 5 of either).")
                                 .arg(locale.toString(stale), locale.toString(blank)));
    }
    return out;
}

} // namespace sitegov
