#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitegov {

// The rule set of the scoring model (docs/design/scoring.md, after the national 2019 checking indicators):
// categories of deduction indicators with their allotted points (adding up to 100), the veto items,
// the pass mark and the bonus gate. Shipped as data (resources/scoring/rules-2019.json), editable:
// load another file with fromJson().
class ScoringRules final
{
    Q_DECLARE_TR_FUNCTIONS(ScoringRules)

public:
    struct Indicator
    {
        QString key; // stable: "info_update"
        QString category;
        double points = 0;
        QString nameZh;
        QString nameEn;
        QStringList checklistItems; // the daily checklist's items whose failures concern it
        QString displayName() const;
    };

    struct Category
    {
        QString key; // stable: "info", "services", "interaction", "design"
        QString nameZh;
        QString nameEn;
        double points = 0; // the sum of its indicators' points
        QList<Indicator> indicators;
        QString displayName() const;
    };

    struct Veto
    {
        QString key; // stable: "unreachable"
        QString nameZh;
        QString nameEn;
        QString category; // set when the item only applies while that category is scored
        QStringList checklistItems; // the daily checklist's items whose failures concern it
        QString displayName() const;
    };

    // The rule set shipped in the program (":/sitegov/scoring/rules-2019.json").
    static Result<ScoringRules> builtin();
    static Result<ScoringRules> fromJson(const QByteArray& json);
    static Result<ScoringRules> fromFile(const QString& path);

    const QString& id() const { return m_id; }
    QString title() const;
    const QList<Category>& categories() const { return m_categories; }
    const QList<Veto>& vetoes() const { return m_vetoes; }
    double maxPoints() const { return m_maxPoints; } // 100
    double passMark() const { return m_passMark; } // 60
    double bonusMax() const { return m_bonusMax; } // 30
    double bonusThreshold() const { return m_bonusThreshold; } // 80: bonus counts above it
    bool bonusAppliesTo(SiteKind kind) const { return m_bonusKinds.contains(kind); }
    // The category left out for a department site without public services ("services").
    const QString& servicesCategory() const { return m_servicesCategory; }

    const Indicator* indicator(QStringView key) const;
    const Category* category(QStringView key) const;
    const Veto* veto(QStringView key) const;

private:
    QString m_id;
    QString m_titleZh;
    QString m_titleEn;
    QList<Category> m_categories;
    QList<Veto> m_vetoes;
    QList<SiteKind> m_bonusKinds;
    QString m_servicesCategory;
    double m_maxPoints = 0;
    double m_passMark = 60;
    double m_bonusMax = 30;
    double m_bonusThreshold = 80;
};

} // namespace sitegov
