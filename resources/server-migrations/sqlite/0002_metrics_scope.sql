-- sitegov-server store, schema version 2: tokens may have the metrics scope (GET /metrics only,
-- for a Prometheus scraper). SQLite cannot change a CHECK constraint in place: the table is rebuilt
-- with the same rows, ids and index.
CREATE TABLE tokens_v2 (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    scope       TEXT    NOT NULL CHECK (scope IN ('read', 'write', 'metrics')),
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    revoked_at  TEXT
);
INSERT INTO tokens_v2 (id, name, scope, token_hash, created_at, revoked_at)
    SELECT id, name, scope, token_hash, created_at, revoked_at FROM tokens;
DROP TABLE tokens;
ALTER TABLE tokens_v2 RENAME TO tokens;
CREATE UNIQUE INDEX tokens_active_name ON tokens(name) WHERE revoked_at IS NULL;
