#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace sitegov {

// The two annual reports of 国办函〔2018〕12号 (docs/design/annual-reports.md), due 31 January for
// the year before: the office's 政府网站监管年度报表 for its jurisdiction, and each site's
// 政府网站工作年度报表.
enum class AnnualReportKind
{
    Office, // 政府网站监管年度报表
    Site,   // 政府网站工作年度报表
};

enum class AnnualReportState
{
    Draft,
    Signed,
    Published,
};

// One line of a report's form: a figure SiteGov computes (storage/AnnualReportQueries) or a field
// the office or the site's unit enters. The keys are the names in the database (fields_json,
// figures_json), the JSON of `sitegovctl annual-report` and the XLSX's key column.
struct AnnualReportLine
{
    enum class Type
    {
        Count,   // a whole number, 0 or more
        Decimal, // a number, 0 or more, one decimal
        Percent, // a share in percent; computed only, empty when there is nothing to divide
        YesNo,   // 是 / 否
        Text,    // a name, a URL, a phone number
    };

    QString key;
    QString section; // the heading it stands under, in the user's language
    QString label;   // in the user's language
    Type type = Type::Count;
    bool computed = false; // from SiteGov's data, not entered
    QString source;        // computed: where it comes from (docs/design/annual-reports.md), in the user's language
};

class AnnualReportForm final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportForm)

public:
    static constexpr int kMaxText = 200;

    static QString key(AnnualReportKind kind); // office, site
    static std::optional<AnnualReportKind> kind(const QString& key);
    static QString key(AnnualReportState state); // draft, signed, published
    static std::optional<AnnualReportState> state(const QString& key);
    static QString displayName(AnnualReportState state);
    // 政府网站监管年度报表 / 政府网站工作年度报表, in the user's language.
    static QString title(AnnualReportKind kind);

    // The lines of the form, in the order the report prints them.
    static QList<AnnualReportLine> lines(AnnualReportKind kind);
    static std::optional<AnnualReportLine> line(AnnualReportKind kind, const QString& key);
    // The keys of the entered fields only.
    static QStringList fieldKeys(AnnualReportKind kind);

    // What is wrong with `text` as the value of the entered field `key`, in the user's language;
    // empty when it is fine. An empty text is fine (the field is not filled in yet).
    static QString check(AnnualReportKind kind, const QString& key, const QString& text);
    // The stored form of a valid text (numbers without spaces, 是/否 as 1/0).
    static QString normalise(AnnualReportKind kind, const QString& key, const QString& text);

    // How a value prints in the report: counts and decimals in the locale, percents with one
    // decimal, yes/no as 是/否; "—" for a percent with nothing to divide, "" for an empty field.
    static QString display(const AnnualReportLine& line, const QVariant& value);
};

} // namespace sitegov
