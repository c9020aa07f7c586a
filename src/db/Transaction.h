#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <type_traits>

namespace sitegov {

// A write transaction, begun as the dialect begins one for writing (db::Dialect::beginWrite(): BEGIN
// IMMEDIATE on SQLite, so that a reader-turned-writer never deadlocks), rolled back on destruction
// unless committed. Transactions nest: inside another one on the same
// connection it becomes a SAVEPOINT, so services compose (an import runs many service calls in one
// all-or-nothing transaction).
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 0; }
    static bool isOpen(const QSqlDatabase& db);
    // A number that changes whenever what a connection's open transaction wrote may no longer be
    // what the database holds: when its outermost transaction begins or ends, and at every rollback
    // (of a savepoint too). What a caller learnt inside the transaction (the audit trail's last
    // record, the units an import looked up) stays true while isOpen() and the epoch are unchanged.
    static quint64 epoch(const QSqlDatabase& db);
    const Error& beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    int m_depth = 0; // 0: the outer transaction, n: SAVEPOINT sg_n
    Error m_beginError;
};

namespace db {

// Runs `work` (a callable returning Status or Result<T>) in a Transaction on `db`: committed when
// `work` succeeds, rolled back when it fails, so that nothing of a failed step stays. Returns what
// `work` returned, or the error of beginning or committing.
//
//   return db::inTransaction(m_db, [&]() -> Status {
//       if (const Status s = ...; !s)
//           return s;
//       return AuditLog::append(...);
//   });
template<typename Work>
auto inTransaction(QSqlDatabase& db, Work&& work) -> std::invoke_result_t<Work>
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto result = std::invoke(std::forward<Work>(work));
    if (!result)
        return result;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace db

} // namespace sitegov
