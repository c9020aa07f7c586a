-- Schema version 2: accounts and roles, the append-only chained audit trail, shared settings.

CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    username         TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name     TEXT    NOT NULL,
    org_id           INTEGER NOT NULL REFERENCES organisations(id),
    password_hash    TEXT    NOT NULL,
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    last_login_at    TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX accounts_org ON accounts(org_id);

CREATE TABLE account_roles (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('administrator', 'director', 'approver', 'inspector')),
    PRIMARY KEY (account_id, role)
);

-- Every change to governed data, in the same transaction as the change. Each record's hash is a
-- SHA-256 over its content and the previous record's hash; AUTOINCREMENT keeps sqlite_sequence at
-- the highest id ever used, so a deleted last record shows too.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT    NOT NULL,
    account_id    INTEGER,
    account_name  TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    object_type   TEXT    NOT NULL,
    object_id     TEXT,
    summary       TEXT    NOT NULL DEFAULT '',
    before_json   TEXT,
    after_json    TEXT,
    prev_hash     TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
CREATE INDEX audit_log_account ON audit_log(account_name);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;

-- Settings shared by every console on this database (automatic backups, backend, checklist).
CREATE TABLE app_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
