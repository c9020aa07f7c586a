#pragma once

#include "core/Domain.h"
#include "core/FieldError.h"
#include "core/Period.h"
#include "core/ScoreInput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sitegov::server {

// Parses and checks the JSON bodies the API accepts. Every problem comes back as a FieldError that
// names the field ("deductions.info_update", "vetoes[2]", "period"); an empty field means the body
// as a whole is not usable (not JSON, not an object). Never throws, whatever the bytes.
class RequestBody final
{
    Q_DECLARE_TR_FUNCTIONS(RequestBody)

public:
    // POST /api/v1/assessments
    struct Assessment
    {
        QString siteCode;
        Period period;
        QStringList vetoes;
        QMap<QString, double> deductions; // summed per indicator
        double bonus = 0;
        QString note;
    };

    // PUT /api/v1/sites/{code}
    struct Site
    {
        QString code;
        QString name;
        AdminLevel level = AdminLevel::Province;
        SiteKind kind = SiteKind::Portal;
        QString divisionCode;
        bool publicServices = true;
    };

    static std::optional<FieldError> parseAssessment(const QByteArray& body, Assessment* out);
    // `pathCode` is the {code} of the URL; a "code" in the body must equal it.
    static std::optional<FieldError> parseSite(const QByteArray& body, const QString& pathCode, Site* out);

    // The scoring inputs as kept in the store: {"bonus":..,"deductions":{..},"note":..,"vetoes":[..]}.
    static QByteArray inputsJson(const Assessment& assessment);
    // Reads inputs kept in the store back into a ScoreInput for a site of `kind`.
    static std::optional<FieldError> parseInputs(const QByteArray& json, ScoreInput* out);

    // Site codes: 1 to 32 of A-Z a-z 0-9 - _ (10-digit local codes, "bm" + 8 digits, test codes).
    static bool isSiteCode(QStringView code);

    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxListItems = 1000;
    static constexpr int kFirstYear = 2000; // no assessment of a period before it

private:
    static std::optional<FieldError> parseObject(const QByteArray& body, QJsonObject* out);
    static std::optional<FieldError> readInputs(
        const QJsonObject& o, QStringList* vetoes, QMap<QString, double>* deductions, double* bonus, QString* note);
};

} // namespace sitegov::server
