#pragma once

#include "core/Domain.h"
#include "core/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sitegov {

// A problem found in a site's fields: errors block saving, warnings are shown and allowed (the
// registry records reality, docs/design/domain.md).
struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field; // the field's storage key: code, name, url, domain, ...
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

// What the rules need to know about the site's host unit.
struct HostContext
{
    bool known = false;
    AdminLevel level = AdminLevel::Province;
    OrgKind kind = OrgKind::Government;
    QString divisionCode;
    QString domainLabel; // the X of www.X.gov.cn, when the unit has one
    bool active = true;
    int otherOpenSites = 0; // open, non-special sites of the same unit besides this one
    // An import records a unit's second site as it is and flags both for merging: a warning, not an error.
    bool secondSiteFlagged = false;
    QString domainTakenBy; // "code name" of another site, not closed, with the site's domain
};

class SiteRules final
{
    Q_DECLARE_TR_FUNCTIONS(SiteRules)

public:
    enum class CodeShape { Local, Central, Unusual };

    // 10 digits (division code + 4-digit serial): Local; "bm" + 8 digits: Central; else Unusual.
    static CodeShape codeShape(const QString& code);
    // www.X.gov.cn -> X; empty when the domain is not of that shape.
    static QString portalLabel(const QString& domain);
    // Y.X.gov.cn -> {Y, X}; empty when not of that shape.
    static QStringList departmentLabels(const QString& domain);
    static bool isValidDomainName(const QString& domain);
    // Townships and streets, and county-level departments, in principle run no site (原则上不开设).
    static bool mayRunSite(AdminLevel level, OrgKind kind);

    // Every finding for a site as registered or changed through the form.
    static QList<Finding> validate(const Site& site, const HostContext& host);
    static bool hasErrors(const QList<Finding>& findings);
    static QString summary(const QList<Finding>& findings, Finding::Severity severity);
};

} // namespace sitegov
