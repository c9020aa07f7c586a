#pragma once

#include "storage/ConsoleDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sitegov::test {

// A fresh database file in a temporary folder, migrated to the current schema.
inline std::unique_ptr<Database> openTempDatabase(const QTemporaryDir& dir, const QString& name = QStringLiteral("t.db"))
{
    auto db = ConsoleDatabase::open(dir.filePath(name), Database::Mode::Migrate);
    if (!db) {
        qWarning("%s", qPrintable(db.error().fullText()));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace sitegov::test
