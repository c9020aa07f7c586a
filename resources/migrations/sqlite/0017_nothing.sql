-- Schema version 17: no change. The number was held for a branch of the 2026-12-08 session that
-- in the end needed no migration; version 18 follows it, and the versions must have no gap.
-- A migration holds at least one statement (TestMigrations): this one does nothing.
SELECT 1;
