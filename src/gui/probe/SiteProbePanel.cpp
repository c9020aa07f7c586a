#include "gui/probe/SiteProbePanel.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/ProbeRules.h"
#include "gui/charts/BarChartPanel.h"
#include "gui/common/Background.h"
#include "gui/common/DetailPanel.h"
#include "gui/probe/ProbeColumnsDialog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ProbeQueries.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

// What the panel shows of a site, read on a worker.
struct SiteProbeView
{
    QDate from; // the last 7 days, today included
    QDate to;
    QList<ProbeDay> days;
    WeekAvailability availability;
    QList<ProbeColumn> columns;
    QList<FindingView> findings;
    std::optional<ProbeSiteState> state;
};

namespace {

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = DetailPanel::table(headers, QLatin1String(name), parent);
    t->setWordWrap(false);
    t->setMinimumHeight(120);
    return t;
}

QColor toneOf(Severity s)
{
    switch (s) {
    case Severity::Veto:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Severity::Deduction:
        return QColor(0x6a, 0x1b, 0x9a);
    case Severity::Notice:
        break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

QColor toneOf(ColumnState s)
{
    switch (s) {
    case ColumnState::Stale:
    case ColumnState::Blank:
    case ColumnState::Unreachable:
        return QColor(0xc6, 0x28, 0x28);
    case ColumnState::Fresh:
        return QColor(0x2e, 0x7d, 0x32);
    case ColumnState::Unchecked:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

SiteProbePanel::SiteProbePanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_chart(new BarChartPanel(this))
    , m_columnsTitle(new QLabel(this))
    , m_columns(table({tr("Column"), tr("Kind"), tr("State"), tr("Newest item"), tr("Items"), tr("Checked")},
          "probeColumnsTable", this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(table({tr("Weight"), tr("Finding"), tr("Where"), tr("Page shows"), tr("Registry holds"), tr("Since"),
                           tr("Evidence")},
          "probeFindingsTable", this))
    , m_editColumns(new QPushButton(tr("Columns…"), this))
{
    setObjectName(QStringLiteral("siteProbePanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Monitoring by the probe"));
    m_columnsTitle->setFont(bold);
    m_findingsTitle->setFont(bold);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(QStringLiteral("probeWeekChart"));
    m_chart->setMinimumHeight(220);
    m_editColumns->setObjectName(QStringLiteral("probeColumnsButton"));
    m_editColumns->setToolTip(tr("Register the site's columns whose freshness the probe checks"));
    m_editColumns->setVisible(context.session.can(Action::EditSites));
    connect(m_editColumns, &QPushButton::clicked, this, &SiteProbePanel::editColumns);

    auto* columnsHeader = new QHBoxLayout;
    columnsHeader->addWidget(m_columnsTitle, 1);
    columnsHeader->addWidget(m_editColumns);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addLayout(columnsHeader);
    layout->addWidget(m_columns);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings);
    showSite(0, {});
}

void SiteProbePanel::showSite(qint64 siteId, const QString& siteName)
{
    m_siteId = siteId;
    m_siteName = siteName;
    ++m_generation;
    m_loading = false;
    m_columns->setRowCount(0);
    m_findings->setRowCount(0);
    m_chart->setVisible(false);
    m_editColumns->setEnabled(siteId != 0);
    m_columnsTitle->setText(tr("Columns checked for freshness"));
    m_findingsTitle->setText(tr("Open findings"));
    m_summary->clear();
    setVisible(siteId != 0);
    if (siteId != 0)
        load();
}

void SiteProbePanel::load()
{
    if (!m_context.database)
        return;
    m_loading = true;
    m_summary->setText(tr("Reading what the probe measured…"));
    const int generation = ++m_generation;
    const QString path = m_context.database->path();
    const qint64 siteId = m_siteId;
    const QDate today = OfficeClock::today();
    runInBackground(
        this,
        [path, siteId, today]() -> Result<SiteProbeView> {
            const auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            ProbeQueries q((*db)->connection());
            SiteProbeView v;
            v.from = today.addDays(-6);
            v.to = today;
            const auto days = q.days(siteId, v.from, v.to);
            if (!days)
                return days.error();
            v.days = *days;
            for (const ProbeDay& d : v.days) {
                v.availability.probes += d.probes;
                v.availability.failures += d.failures;
                v.availability.blips += d.blips;
            }
            const auto columns = q.columns(siteId);
            if (!columns)
                return columns.error();
            v.columns = *columns;
            const auto findings = q.findings(siteId, true);
            if (!findings)
                return findings.error();
            v.findings = *findings;
            const auto state = q.siteState(siteId);
            if (!state)
                return state.error();
            v.state = *state;
            return v;
        },
        [this, generation](const Result<SiteProbeView>& result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result)
                m_summary->setText(result.error().message.toHtmlEscaped());
            else
                show(*result);
            Q_EMIT loaded();
        });
}

void SiteProbePanel::show(const SiteProbeView& v)
{
    const QLocale locale;
    const ProbeThresholds& t = ProbeRules::thresholds();
    QStringList lines;
    if (v.availability.probes == 0) {
        lines << tr("Not probed in the last 7 days.").toHtmlEscaped();
    } else {
        const Verdict verdict = ProbeRules::availability(v.availability);
        QString line = tr("Last 7 days: %1 probes, %2 failed (%3), %4 recovered on the retry.")
                           .arg(locale.toString(v.availability.probes), locale.toString(v.availability.failures),
                               locale.toString(100.0 * v.availability.share(), 'f', 2) + locale.percent(),
                               locale.toString(v.availability.blips))
                           .toHtmlEscaped();
        const QString verdictText = tr("Availability: %1 (veto at %2, early warning at %3)")
                                        .arg(ProbeRules::displayName(verdict),
                                            locale.toString(100.0 * t.vetoShare, 'f', 0) + locale.percent(),
                                            locale.toString(100.0 * t.warningShare, 'f', 0) + locale.percent())
                                        .toHtmlEscaped();
        const QString color = verdict == Verdict::Veto ? QStringLiteral("#c62828")
            : verdict == Verdict::Warning              ? QStringLiteral("#b26a00")
                                                       : QStringLiteral("#2e7d32");
        line += QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(color, verdictText);
        lines << line;
    }
    if (v.state) {
        const ProbeSiteState& s = *v.state;
        const QString checked = OfficeClock::format(s.checkedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
        lines << (s.homepageNewest.isValid() ? tr("Homepage: newest date %1 (%Ln day(s) ago); checked %2.", nullptr,
                      int(s.homepageNewest.daysTo(OfficeClock::today())))
                                                   .arg(s.homepageNewest.toString(Qt::ISODate), checked)
                                             : tr("Homepage: no date found; checked %1.").arg(checked))
                     .toHtmlEscaped();
        if (s.tlsExpires.isValid()) {
            lines << tr("Certificate valid until %1.")
                         .arg(OfficeClock::format(s.tlsExpires, QStringLiteral("yyyy-MM-dd")))
                         .toHtmlEscaped();
        }
        lines << tr("Links checked: %1, failing: %2.")
                     .arg(locale.toString(s.linksChecked), locale.toString(s.linksFailed))
                     .toHtmlEscaped();
    } else {
        lines << tr("Not checked in full yet: the homepage, the columns, the links and the foot of the page are "
                    "checked once a day.")
                     .toHtmlEscaped();
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    BarChartPanel::Data d;
    QList<double> probes;
    QList<double> failures;
    for (const ProbeDay& day : v.days) {
        d.categories << locale.toString(day.day, QStringLiteral("ddd d"));
        probes << day.probes;
        failures << day.failures;
        d.toolTips << tr("%1: %2 probes, %3 failed, %4 recovered on the retry")
                          .arg(locale.toString(day.day, QLocale::ShortFormat), locale.toString(day.probes),
                              locale.toString(day.failures), locale.toString(day.blips));
    }
    d.sets << BarChartPanel::Bars{tr("Probes"), probes, QColor(0x42, 0x7f, 0xc0)}
           << BarChartPanel::Bars{tr("Failed"), failures, QColor(0xc6, 0x28, 0x28)};
    d.valueTitle = tr("Probes per day");
    d.decimals = 0;
    m_chart->setTitle(tr("Availability probes, last 7 days"));
    m_chart->setData(d);
    m_chart->clearGuides();
    m_chart->setValueGuide(t.minProbesPerDay, tr("%1 a day needed").arg(t.minProbesPerDay));
    m_chart->setVisible(true);

    int stale = 0;
    int blank = 0;
    m_columns->setRowCount(0);
    for (const ProbeColumn& c : v.columns) {
        const int r = m_columns->rowCount();
        m_columns->insertRow(r);
        auto* name = new QTableWidgetItem(c.name);
        name->setToolTip(c.url + (c.selector.isEmpty() ? QString() : QStringLiteral("\n") + c.selector));
        name->setData(Qt::UserRole, c.id);
        m_columns->setItem(r, 0, name);
        m_columns->setItem(r, 1, new QTableWidgetItem(ProbeVocabulary::displayName(c.kind)));
        auto* state = new QTableWidgetItem(ProbeVocabulary::displayName(c.state));
        state->setForeground(toneOf(c.state));
        m_columns->setItem(r, 2, state);
        m_columns->setItem(r, 3,
            new QTableWidgetItem(c.newestOn.isValid() ? c.newestOn.toString(Qt::ISODate)
                                                      : (c.items > 0 ? tr("no date") : QStringLiteral("—"))));
        m_columns->setItem(r, 4, new QTableWidgetItem(c.items < 0 ? QStringLiteral("—") : locale.toString(c.items)));
        m_columns->setItem(r, 5,
            new QTableWidgetItem(c.checkedAt.isValid() ? OfficeClock::format(c.checkedAt, QStringLiteral("MM-dd HH:mm"))
                                                       : tr("not yet")));
        stale += c.state == ColumnState::Stale ? 1 : 0;
        blank += c.state == ColumnState::Blank ? 1 : 0;
    }
    m_columns->resizeColumnsToContents();
    if (v.columns.isEmpty()) {
        m_columnsTitle->setText(tr("Columns checked for freshness: none registered"));
    } else {
        const Verdict cv = ProbeRules::columns(stale, blank);
        m_columnsTitle->setText(tr("Columns checked for freshness: %1 stale, %2 blank (%3)")
                                    .arg(locale.toString(stale), locale.toString(blank), ProbeRules::displayName(cv)));
    }

    m_findings->setRowCount(0);
    for (const FindingView& f : v.findings) {
        const int r = m_findings->rowCount();
        m_findings->insertRow(r);
        auto* weight = new QTableWidgetItem(ProbeVocabulary::displayName(f.severity));
        weight->setForeground(toneOf(f.severity));
        weight->setData(Qt::UserRole, ProbeVocabulary::key(f.kind));
        m_findings->setItem(r, 0, weight);
        m_findings->setItem(r, 1, new QTableWidgetItem(ProbeVocabulary::displayName(f.kind)));
        auto* where = new QTableWidgetItem(f.subjectName.isEmpty() ? f.subject : f.subjectName);
        where->setToolTip(f.subject);
        m_findings->setItem(r, 2, where);
        auto* found = new QTableWidgetItem(f.found);
        found->setToolTip(f.found);
        m_findings->setItem(r, 3, found);
        m_findings->setItem(r, 4, new QTableWidgetItem(f.expected));
        m_findings->setItem(r, 5,
            new QTableWidgetItem(tr("%1, seen %Ln time(s)", nullptr, f.timesSeen)
                                     .arg(OfficeClock::format(f.firstAt, QStringLiteral("yyyy-MM-dd")))));
        QString evidence;
        QString detail;
        if (f.evidence) {
            const FetchRecord& e = *f.evidence;
            evidence = tr("%1 · HTTP %2 · %3 ms · %4 bytes")
                           .arg(OfficeClock::format(e.at, QStringLiteral("MM-dd HH:mm")),
                               e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("—"),
                               locale.toString(e.latencyMs), locale.toString(e.bytes));
            detail
                = tr("Address: %1\nTime: %2\nOutcome: %3\nSHA-256 of the page: %4\nMatched text: %5\n%6")
                      .arg(e.url, OfficeClock::format(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          ProbeVocabulary::displayName(e.outcome), e.sha256.isEmpty() ? QStringLiteral("—") : e.sha256,
                          e.matched.isEmpty() ? QStringLiteral("—") : e.matched, e.detail)
                      .trimmed();
        }
        auto* ev = new QTableWidgetItem(evidence);
        ev->setToolTip(detail);
        m_findings->setItem(r, 6, ev);
    }
    m_findings->resizeColumnsToContents();
    m_findingsTitle->setText(v.findings.isEmpty() ? tr("Open findings: none")
                                                  : tr("Open findings: %1").arg(locale.toString(v.findings.size())));
}

void SiteProbePanel::editColumns()
{
    if (m_siteId == 0)
        return;
    ProbeColumnsDialog dialog(m_context, m_siteId, m_siteName, this);
    dialog.exec();
    if (dialog.changedSomething())
        load();
}

} // namespace sitegov
