-- Schema version 17: reserved for another branch of this session. The branch pgroles needs its
-- migration 18 to follow 17 without a gap, so it holds the number with nothing in it; when the
-- branch that brings the real migration 17 is merged, this file is deleted in favour of it.
-- A migration holds at least one statement (TestMigrations): this one does nothing.
SELECT 1;
