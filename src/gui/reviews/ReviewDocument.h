#pragma once

#include "gui/common/PrintedForm.h"

#include <QHash>

namespace sitegov {

class Database;
struct WeeklyReview;

// A weekly review (一周一点评) as the general office files it: the unit and week, the week's
// figures (coverage, failures by checklist item, rectification, the worst sites), the reviewer's
// highlights, problems and instructions, and who signed it when.
class ReviewDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDocument)

public:
    static Result<PrintedDocument> build(Database& database, qint64 reviewId);
    static PrintedDocument build(const WeeklyReview& review, const QHash<QString, QString>& itemNames);
    // A day as an office writes it: "2026年11月16日" / "16 Nov 2026".
    static QString day(const QDate& date);
    // "Weekly review 2026-W47 Fuzhou …", for a file name.
    static QString suggestedFileName(const WeeklyReview& review);
};

} // namespace sitegov
