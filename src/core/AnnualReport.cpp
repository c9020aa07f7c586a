#include "core/AnnualReport.h"

#include <QLocale>
#include <QRegularExpression>

namespace sitegov {

namespace {

using Type = AnnualReportLine::Type;

AnnualReportLine computed(const QString& key, const QString& section, const QString& label, Type type,
    const QString& source)
{
    return AnnualReportLine{key, section, label, type, true, source};
}

AnnualReportLine entered(const QString& key, const QString& section, const QString& label, Type type = Type::Count)
{
    return AnnualReportLine{key, section, label, type, false, {}};
}

// The sign-off lines both forms end with (单位负责人, 审核人, 填报人, 联系电话).
void signOff(QList<AnnualReportLine>& out)
{
    const QString s = AnnualReportForm::tr("Sign-off");
    out << entered(QStringLiteral("head"), s, AnnualReportForm::tr("Head of the unit"), Type::Text)
        << entered(QStringLiteral("reviewer"), s, AnnualReportForm::tr("Reviewed by"), Type::Text)
        << entered(QStringLiteral("filler"), s, AnnualReportForm::tr("Filled in by"), Type::Text)
        << entered(QStringLiteral("phone"), s, AnnualReportForm::tr("Telephone"), Type::Text);
}

// The office's 政府网站监管年度报表.
QList<AnnualReportLine> officeLines()
{
    QList<AnnualReportLine> out;
    QString s = AnnualReportForm::tr("Basic information");
    out << computed(QStringLiteral("org_name"), s, AnnualReportForm::tr("Reporting office"), Type::Text,
        AnnualReportForm::tr("the registry's unit"));

    s = AnnualReportForm::tr("Government websites");
    out << computed(QStringLiteral("sites_running"), s,
        AnnualReportForm::tr("Websites running at the end of the year"), Type::Count,
        AnnualReportForm::tr("registry: sites hosted in the jurisdiction, opened by 31 December and not closed by then"));
    out << computed(QStringLiteral("sites_opened"), s, AnnualReportForm::tr("Websites opened in the year"),
        Type::Count, AnnualReportForm::tr("requests: opening requests carried out in the year"));
    out << computed(QStringLiteral("sites_closed"), s, AnnualReportForm::tr("Websites closed in the year"),
        Type::Count, AnnualReportForm::tr("requests: closing requests carried out in the year"));
    out << computed(QStringLiteral("sites_merged"), s, AnnualReportForm::tr("Websites merged in the year"),
        Type::Count, AnnualReportForm::tr("requests: merging requests carried out in the year"));
    out << computed(QStringLiteral("sites_migrated"), s,
        AnnualReportForm::tr("Websites migrated to the unified platform in the year"), Type::Count,
        AnnualReportForm::tr("requests: migration requests carried out in the year"));

    s = AnnualReportForm::tr("Spot checks");
    out << computed(QStringLiteral("spot_rounds"), s, AnnualReportForm::tr("Rounds of spot checks"), Type::Count,
        AnnualReportForm::tr("spot checks: monthly plans of the offices in the jurisdiction"));
    out << computed(QStringLiteral("spot_checks"), s, AnnualReportForm::tr("Checks"), Type::Count,
        AnnualReportForm::tr("spot checks: confirmed assessments of the year's months"));
    out << computed(QStringLiteral("spot_sites_checked"), s, AnnualReportForm::tr("Websites checked"), Type::Count,
        AnnualReportForm::tr("spot checks: distinct sites among the confirmed assessments"));
    out << computed(QStringLiteral("spot_sites_passed"), s, AnnualReportForm::tr("Websites that passed"),
        Type::Count, AnnualReportForm::tr("spot checks: sites checked none of whose checks failed"));
    out << computed(QStringLiteral("spot_pass_rate"), s, AnnualReportForm::tr("Pass rate"), Type::Percent,
        AnnualReportForm::tr("spot checks: websites that passed over websites checked"));

    s = AnnualReportForm::tr("Error-report messages");
    out << computed(QStringLiteral("tickets_received"), s, AnnualReportForm::tr("Messages received"), Type::Count,
        AnnualReportForm::tr("tickets: received in the year, sites of the jurisdiction"));
    out << computed(QStringLiteral("tickets_valid"), s, AnnualReportForm::tr("Valid messages"), Type::Count,
        AnnualReportForm::tr("tickets: of those, verified valid"));
    out << computed(QStringLiteral("tickets_closed_on_time"), s, AnnualReportForm::tr("Closed on time"),
        Type::Count, AnnualReportForm::tr("tickets: valid and closed by their deadline"));
    out << computed(QStringLiteral("tickets_on_time_rate"), s, AnnualReportForm::tr("On-time rate"), Type::Percent,
        AnnualReportForm::tr("tickets: closed on time over valid"));

    s = AnnualReportForm::tr("Accountability");
    out << computed(QStringLiteral("accountability_people"), s, AnnualReportForm::tr("People held to account"),
        Type::Count, AnnualReportForm::tr("accountability records decided in the year, sites of the jurisdiction"));
    const QString measure = AnnualReportForm::tr("accountability records of this measure");
    out << computed(QStringLiteral("accountability_interview"), s, AnnualReportForm::tr("Interviews"), Type::Count,
        measure);
    out << computed(QStringLiteral("accountability_written_examination"), s,
        AnnualReportForm::tr("Written self-examinations"), Type::Count, measure);
    out << computed(QStringLiteral("accountability_reprimand"), s, AnnualReportForm::tr("Circulated criticisms"),
        Type::Count, measure);
    out << computed(QStringLiteral("accountability_transfer"), s, AnnualReportForm::tr("Transfers from post"),
        Type::Count, measure);
    out << computed(QStringLiteral("accountability_dismissal"), s, AnnualReportForm::tr("Dismissals"), Type::Count,
        measure);

    s = AnnualReportForm::tr("Security checks");
    out << entered(QStringLiteral("security_checks"), s, AnnualReportForm::tr("Security checks carried out"));
    out << entered(QStringLiteral("security_problems"), s, AnnualReportForm::tr("Security problems found"));
    out << entered(QStringLiteral("security_fixed"), s, AnnualReportForm::tr("Security problems fixed"));

    s = AnnualReportForm::tr("Fake government websites");
    out << entered(QStringLiteral("fake_sites_found"), s, AnnualReportForm::tr("Fake websites found"));
    out << entered(QStringLiteral("fake_sites_handled"), s, AnnualReportForm::tr("Fake websites dealt with"));

    s = AnnualReportForm::tr("Training");
    out << entered(QStringLiteral("training_sessions"), s, AnnualReportForm::tr("Training sessions held"));
    out << entered(QStringLiteral("training_people"), s, AnnualReportForm::tr("People trained"));
    signOff(out);
    return out;
}

// Each site's 政府网站工作年度报表: its registry entry and what SiteGov recorded about it, then the
// headings of the form the unit fills in.
QList<AnnualReportLine> siteLines()
{
    QList<AnnualReportLine> out;
    QString s = AnnualReportForm::tr("Basic information");
    const QString registry = AnnualReportForm::tr("registry");
    out << computed(QStringLiteral("site_name"), s, AnnualReportForm::tr("Website name"), Type::Text, registry);
    out << computed(QStringLiteral("site_url"), s, AnnualReportForm::tr("Homepage address"), Type::Text, registry);
    out << computed(QStringLiteral("host_unit"), s, AnnualReportForm::tr("Host unit"), Type::Text, registry);
    out << computed(QStringLiteral("site_kind"), s, AnnualReportForm::tr("Website type"), Type::Text, registry);
    out << computed(QStringLiteral("site_code"), s, AnnualReportForm::tr("Government website identifier code"),
        Type::Text, registry);
    out << computed(QStringLiteral("icp_filing"), s, AnnualReportForm::tr("ICP filing number"), Type::Text, registry);
    out << computed(QStringLiteral("psb_filing"), s, AnnualReportForm::tr("Public security filing number"),
        Type::Text, registry);

    s = AnnualReportForm::tr("Operation and supervision");
    out << computed(QStringLiteral("requests_executed"), s, AnnualReportForm::tr("Requests carried out"), Type::Count,
        AnnualReportForm::tr("requests: carried out in the year, about the site or resulting in it"));
    out << computed(QStringLiteral("inspection_days"), s, AnnualReportForm::tr("Days inspected"), Type::Count,
        AnnualReportForm::tr("inspections: days of the year with a daily inspection"));
    out << computed(QStringLiteral("inspection_failed_days"), s, AnnualReportForm::tr("Days with problems found"),
        Type::Count, AnnualReportForm::tr("inspections: days with an inspection that failed an item"));
    out << computed(QStringLiteral("rectifications_opened"), s, AnnualReportForm::tr("Problems to rectify"),
        Type::Count, AnnualReportForm::tr("rectification items opened in the year"));
    out << computed(QStringLiteral("rectifications_closed"), s, AnnualReportForm::tr("Problems rectified"),
        Type::Count, AnnualReportForm::tr("of those, closed"));
    out << computed(QStringLiteral("probe_count"), s, AnnualReportForm::tr("Availability probes"), Type::Count,
        AnnualReportForm::tr("probe: probes of the year's days"));
    out << computed(QStringLiteral("probe_failures"), s, AnnualReportForm::tr("Probes that failed"), Type::Count,
        AnnualReportForm::tr("probe: of those, the site could not be reached"));
    out << computed(QStringLiteral("probe_availability"), s, AnnualReportForm::tr("Availability"), Type::Percent,
        AnnualReportForm::tr("probe: probes that succeeded over probes"));
    // The reposts of key policies (issue 20 part 1) go here once their figures exist.
    out << computed(QStringLiteral("tickets_received"), s, AnnualReportForm::tr("Error-report messages received"),
        Type::Count, AnnualReportForm::tr("tickets: received in the year"));
    out << computed(QStringLiteral("tickets_valid"), s, AnnualReportForm::tr("Valid messages"), Type::Count,
        AnnualReportForm::tr("tickets: of those, verified valid"));
    out << computed(QStringLiteral("tickets_closed_on_time"), s, AnnualReportForm::tr("Closed on time"),
        Type::Count, AnnualReportForm::tr("tickets: valid and closed by their deadline"));
    out << computed(QStringLiteral("tickets_on_time_rate"), s, AnnualReportForm::tr("On-time rate"), Type::Percent,
        AnnualReportForm::tr("tickets: closed on time over valid"));
    out << computed(QStringLiteral("spot_checks"), s, AnnualReportForm::tr("Spot checks"), Type::Count,
        AnnualReportForm::tr("spot checks: confirmed assessments of the year's months"));
    out << computed(QStringLiteral("spot_passed"), s, AnnualReportForm::tr("Spot checks passed"), Type::Count,
        AnnualReportForm::tr("spot checks: of those, passed"));
    out << computed(QStringLiteral("spot_average"), s, AnnualReportForm::tr("Average spot-check score"),
        Type::Decimal, AnnualReportForm::tr("spot checks: mean total of those assessments"));
    out << computed(QStringLiteral("score_year"), s, AnnualReportForm::tr("Performance score of the year"),
        Type::Decimal, AnnualReportForm::tr("scores: the backend's score of the year, when synchronised"));

    s = AnnualReportForm::tr("Visits");
    out << entered(QStringLiteral("unique_visitors"), s, AnnualReportForm::tr("Unique visitors"));
    out << entered(QStringLiteral("page_views"), s, AnnualReportForm::tr("Total visits"));

    s = AnnualReportForm::tr("Information published");
    out << entered(QStringLiteral("info_total"), s, AnnualReportForm::tr("Items published in total"));
    out << entered(QStringLiteral("info_overview"), s, AnnualReportForm::tr("Overview items updated"));
    out << entered(QStringLiteral("info_news"), s, AnnualReportForm::tr("Government news items updated"));
    out << entered(QStringLiteral("info_disclosure"), s,
        AnnualReportForm::tr("Items of the information disclosure catalogue updated"));

    s = AnnualReportForm::tr("Columns and topics");
    out << entered(QStringLiteral("columns_maintained"), s, AnnualReportForm::tr("Columns maintained"));
    out << entered(QStringLiteral("columns_new"), s, AnnualReportForm::tr("Columns opened"));

    s = AnnualReportForm::tr("Interpretation and response");
    out << entered(QStringLiteral("interpretations"), s, AnnualReportForm::tr("Interpretations published"));
    out << entered(QStringLiteral("responses"), s,
        AnnualReportForm::tr("Responses to public concerns and major public opinion"));

    s = AnnualReportForm::tr("Online services");
    out << entered(QStringLiteral("service_catalogue"), s,
        AnnualReportForm::tr("Catalogue of services published"), Type::YesNo);
    out << entered(QStringLiteral("registered_users"), s, AnnualReportForm::tr("Registered users"));
    out << entered(QStringLiteral("service_items"), s, AnnualReportForm::tr("Government services offered"));
    out << entered(QStringLiteral("online_items"), s, AnnualReportForm::tr("Services handled wholly online"));
    out << entered(QStringLiteral("cases"), s, AnnualReportForm::tr("Cases handled"));

    s = AnnualReportForm::tr("Interaction");
    out << entered(QStringLiteral("messages_received"), s, AnnualReportForm::tr("Messages received"));
    out << entered(QStringLiteral("messages_closed"), s, AnnualReportForm::tr("Messages dealt with"));
    out << entered(QStringLiteral("messages_average_days"), s,
        AnnualReportForm::tr("Average time to deal with a message (days)"), Type::Decimal);
    out << entered(QStringLiteral("messages_published"), s, AnnualReportForm::tr("Replies made public"));

    s = AnnualReportForm::tr("Security");
    out << entered(QStringLiteral("security_assessments"), s, AnnualReportForm::tr("Security tests and assessments"));
    out << entered(QStringLiteral("security_problems"), s, AnnualReportForm::tr("Problems found"));
    out << entered(QStringLiteral("security_fixed"), s, AnnualReportForm::tr("Problems fixed"));
    out << entered(QStringLiteral("security_monitoring"), s,
        AnnualReportForm::tr("Security monitoring and early warning in place"), Type::YesNo);
    out << entered(QStringLiteral("emergency_drill"), s, AnnualReportForm::tr("Emergency drill held"), Type::YesNo);
    out << entered(QStringLiteral("security_officer"), s,
        AnnualReportForm::tr("Person responsible for the site's security named"), Type::YesNo);
    signOff(out);
    return out;
}

const QRegularExpression& phonePattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9+() \\-]{5,30}$"));
    return re;
}

std::optional<bool> yesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"是" || t == u"yes" || t == u"y" || t == u"1" || t == AnnualReportForm::tr("yes").toLower())
        return true;
    if (t == u"否" || t == u"no" || t == u"n" || t == u"0" || t == AnnualReportForm::tr("no").toLower())
        return false;
    return std::nullopt;
}

} // namespace

QString AnnualReportForm::key(AnnualReportKind kind)
{
    return kind == AnnualReportKind::Office ? QStringLiteral("office") : QStringLiteral("site");
}

std::optional<AnnualReportKind> AnnualReportForm::kind(const QString& key)
{
    if (key == u"office")
        return AnnualReportKind::Office;
    if (key == u"site")
        return AnnualReportKind::Site;
    return std::nullopt;
}

QString AnnualReportForm::key(AnnualReportState state)
{
    switch (state) {
    case AnnualReportState::Draft:
        return QStringLiteral("draft");
    case AnnualReportState::Signed:
        return QStringLiteral("signed");
    case AnnualReportState::Published:
        return QStringLiteral("published");
    }
    return {};
}

std::optional<AnnualReportState> AnnualReportForm::state(const QString& key)
{
    for (const AnnualReportState s : {AnnualReportState::Draft, AnnualReportState::Signed, AnnualReportState::Published}) {
        if (key == AnnualReportForm::key(s))
            return s;
    }
    return std::nullopt;
}

QString AnnualReportForm::displayName(AnnualReportState state)
{
    switch (state) {
    case AnnualReportState::Draft:
        return tr("Draft", "an annual report's state");
    case AnnualReportState::Signed:
        return tr("Signed", "an annual report's state");
    case AnnualReportState::Published:
        return tr("Published", "an annual report's state");
    }
    return {};
}

QString AnnualReportForm::title(AnnualReportKind kind)
{
    return kind == AnnualReportKind::Office ? tr("Annual report on the supervision of government websites")
                                            : tr("Annual report on the work of a government website");
}

QList<AnnualReportLine> AnnualReportForm::lines(AnnualReportKind kind)
{
    // Made on each call: the labels are in the language installed now.
    return kind == AnnualReportKind::Office ? officeLines() : siteLines();
}

std::optional<AnnualReportLine> AnnualReportForm::line(AnnualReportKind kind, const QString& key)
{
    const QList<AnnualReportLine> all = lines(kind);
    for (const AnnualReportLine& l : all) {
        if (l.key == key)
            return l;
    }
    return std::nullopt;
}

QStringList AnnualReportForm::fieldKeys(AnnualReportKind kind)
{
    QStringList out;
    const QList<AnnualReportLine> all = lines(kind);
    for (const AnnualReportLine& l : all) {
        if (!l.computed)
            out << l.key;
    }
    return out;
}

QString AnnualReportForm::check(AnnualReportKind kind, const QString& key, const QString& text)
{
    const auto l = line(kind, key);
    if (!l || l->computed)
        return tr("%1 is not a field of this report.").arg(key);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    switch (l->type) {
    case Type::Count: {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        if (!ok || n < 0 || n > 1000000000000LL)
            return tr("Enter a whole number, 0 or more.");
        return {};
    }
    case Type::Decimal:
    case Type::Percent: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || v < 0 || v > 1e12)
            return tr("Enter a number, 0 or more (for example 2.5).");
        return {};
    }
    case Type::YesNo:
        return yesNo(t) ? QString() : tr("Enter yes or no.");
    case Type::Text:
        if (t.size() > kMaxText)
            return tr("At most %1 characters.").arg(kMaxText);
        if (key == u"phone" && !phonePattern().match(t).hasMatch())
            return tr("Enter a telephone number: digits, spaces, +, - and brackets.");
        return {};
    }
    return {};
}

QString AnnualReportForm::normalise(AnnualReportKind kind, const QString& key, const QString& text)
{
    const auto l = line(kind, key);
    const QString t = text.trimmed();
    if (!l || t.isEmpty())
        return t;
    switch (l->type) {
    case Type::Count:
        return QString::number(t.toLongLong());
    case Type::Decimal:
    case Type::Percent:
        return QString::number(t.toDouble(), 'g', 15);
    case Type::YesNo:
        return yesNo(t).value_or(false) ? QStringLiteral("1") : QStringLiteral("0");
    case Type::Text:
        return t;
    }
    return t;
}

QString AnnualReportForm::display(const AnnualReportLine& line, const QVariant& value)
{
    const QLocale locale;
    const bool empty = !value.isValid() || value.isNull() || value.toString().isEmpty();
    switch (line.type) {
    case Type::Count:
        return empty ? QString() : locale.toString(value.toLongLong());
    case Type::Decimal:
        return empty ? QString() : locale.toString(value.toDouble(), 'f', 1);
    case Type::Percent:
        return empty ? QStringLiteral("—") : locale.toString(value.toDouble(), 'f', 1) + locale.percent();
    case Type::YesNo:
        return empty ? QString() : (value.toString() == u"1" ? tr("yes") : tr("no"));
    case Type::Text:
        return value.toString();
    }
    return value.toString();
}

} // namespace sitegov
