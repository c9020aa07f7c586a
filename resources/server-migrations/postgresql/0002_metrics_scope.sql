-- sitegov-server store, schema version 2 (PostgreSQL): tokens may have the metrics scope (GET
-- /metrics only, for a Prometheus scraper). PostgreSQL changes the CHECK in place (SQLite rebuilds
-- the table).
ALTER TABLE tokens DROP CONSTRAINT tokens_scope_check;
ALTER TABLE tokens ADD CONSTRAINT tokens_scope_check CHECK (scope IN ('read', 'write', 'metrics'));
