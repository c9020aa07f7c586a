#include "storage/SortKey.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uvernum.h>

#include <memory>
#include <vector>

namespace sitegov {

namespace {

// One collator a thread: ICU's collators are cheap to clone and then need no locking.
const icu::Collator* collator()
{
    thread_local std::unique_ptr<icu::Collator> own = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            c.reset();
        return c;
    }();
    return own.get();
}

QByteArray keyOf(const char16_t* text, int length)
{
    const icu::Collator* c = collator();
    if (!c)
        return QByteArray(reinterpret_cast<const char*>(text), length * 2); // code point order, as before
    const icu::UnicodeString s(false, text, length);
    std::vector<uint8_t> buffer(std::size_t(length) * 4 + 16);
    int32_t size = c->getSortKey(s, buffer.data(), int32_t(buffer.size()));
    if (size > int32_t(buffer.size())) {
        buffer.resize(std::size_t(size));
        size = c->getSortKey(s, buffer.data(), int32_t(buffer.size()));
    }
    // The key ends with a zero byte that every key has: leave it out of the stored value.
    if (size > 0 && buffer[std::size_t(size) - 1] == 0)
        --size;
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), std::max(0, size));
}

void sqlSortKey(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QByteArray key = keyOf(text, bytes / 2);
    sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void sqlSortKeyVersion(sqlite3_context* context, int, sqlite3_value**)
{
    const QByteArray v = SortKey::version().toUtf8();
    sqlite3_result_text(context, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray SortKey::of(const QString& name)
{
    return keyOf(reinterpret_cast<const char16_t*>(name.utf16()), int(name.size()));
}

QString SortKey::version()
{
    QString out = QStringLiteral(U_ICU_VERSION);
    if (const icu::Collator* c = collator()) {
        UVersionInfo info;
        c->getVersion(info);
        char text[U_MAX_VERSION_STRING_LENGTH];
        u_versionToString(info, text);
        out += u'/' + QString::fromLatin1(text);
    } else {
        out += QStringLiteral("/none");
    }
    return out;
}

Status SortKey::install(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{tr("The database connection cannot sort names in Chinese order."), QStringLiteral("not SQLite")};
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    if (!h)
        return Error{tr("The database connection cannot sort names in Chinese order."), QStringLiteral("not open")};
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(h, "sitegov_sort_key", 1, flags, nullptr, &sqlSortKey, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(h, "sitegov_sort_key_version", 0, SQLITE_UTF8, nullptr, &sqlSortKeyVersion,
               nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return Error{tr("The database connection cannot sort names in Chinese order."), QString::fromUtf8(sqlite3_errmsg(h))};
    return {};
}

Result<bool> SortKey::refresh(QSqlDatabase& db)
{
    const QString what = tr("The sort order of names could not be brought up to date.");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM sort_key_state WHERE id = 1")))
        return Sql::error(q, what);
    const QString stored = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (stored == version())
        return false;
    return db::inTransaction(db, [&]() -> Result<bool> {
        for (const char* table : {"sites", "organisations", "persons"}) {
            if (!q.exec(QStringLiteral("UPDATE %1 SET name_key = sitegov_sort_key(name)").arg(QLatin1String(table))))
                return Sql::error(q, what);
        }
        if (!q.exec(QStringLiteral("INSERT INTO sort_key_state (id, version) VALUES (1, sitegov_sort_key_version()) ON "
                                   "CONFLICT(id) DO UPDATE SET version = excluded.version")))
            return Sql::error(q, what);
        return true;
    });
}

} // namespace sitegov
