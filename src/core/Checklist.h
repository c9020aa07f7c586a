#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitegov {

// One item of the daily checklist (docs/design/domain.md): what the inspector checks, in both languages, and
// how many days a unit gets to fix it when it fails.
struct ChecklistItem
{
    QString key; // stable identifier, [a-z0-9_]+
    QString nameZh;
    QString nameEn;
    QString hintZh;
    QString hintEn;
    int deadlineDays = 5; // default rectification deadline, 1..365

    QString name() const; // in the interface language
    QString hint() const;
};

// A column of an inspection file besides the checklist's items: its key, its Chinese header,
// whether a file must have it, and the other headers that are read as it.
struct InspectionFileColumn
{
    QString key;
    QString chinese;
    bool required = false;
    QStringList aliases;
};

// The daily checklist is data, not code: the built-in one is a resource file, and an administrator
// may replace it. Each saved list is a version; an inspection keeps the version it was made with.
class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    static constexpr int kMaxItems = 60;

    qint64 version = 0; // 0: the built-in list, not yet stored
    QString title;
    QList<ChecklistItem> items;

    // Parses and validates: at least one item, unique well-formed keys, both names, a deadline of
    // 1 to 365 days. The error names the item and the field.
    static Result<Checklist> fromJson(const QByteArray& json);
    static Result<Checklist> builtin(); // ":/sitegov/checklist/daily.json"
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    // Every item's key and names must be told apart from each other, from the notes' columns and
    // from an inspection file's own columns (site_code, day, note …) when a file is read.
    Status checkColumnNames() const;
    // How an inspection file's header is matched: case, spaces, _, - and brackets do not count.
    static QString columnName(const QString& header);
    // The columns an inspection file has besides the items, in the order an export writes them.
    static QList<InspectionFileColumn> fileColumns();
    // The headers an item's note column is read by (an export writes the first two).
    static QStringList noteHeaders(const ChecklistItem& item);

    const ChecklistItem* item(const QString& key) const;
    int indexOf(const QString& key) const;
};

} // namespace sitegov
