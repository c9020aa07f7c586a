-- Schema version 18: on PostgreSQL, accounts become database roles and the database checks who may
-- write what (resources/migrations/postgresql/0018_database_roles.sql, docs/design/postgresql.md,
-- "Accounts are database roles"). An SQLite file has no logins and no roles: whoever may open the
-- file may write it, and the program's own checks are the only wall. Nothing changes here; the
-- migration exists so that both engines have the same schema versions.
-- A migration holds at least one statement (TestMigrations): this one does nothing.
SELECT 1;
