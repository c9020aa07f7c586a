-- Schema version 5: requests to open, close, migrate, merge or change sites, their approval chains
-- (one set of steps per round: a returned request starts a new round when resubmitted), the full
-- history of events, and the attached documents.

CREATE TABLE requests (
    id              INTEGER PRIMARY KEY,
    type            TEXT    NOT NULL CHECK (type IN ('open', 'close', 'migrate', 'merge', 'change')),
    state           TEXT    NOT NULL CHECK (state IN ('draft', 'submitted', 'in_review', 'returned', 'approved',
                                                      'rejected', 'withdrawn', 'executed')),
    unit_id         INTEGER NOT NULL REFERENCES organisations(id),
    site_id         INTEGER REFERENCES sites(id),
    target_site_id  INTEGER REFERENCES sites(id),
    title           TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    justification   TEXT    NOT NULL DEFAULT '',
    proposal_json   TEXT,
    filed_by        INTEGER REFERENCES accounts(id),
    filed_by_name   TEXT    NOT NULL,
    round           INTEGER NOT NULL DEFAULT 0,
    current_step    INTEGER NOT NULL DEFAULT 0,
    step_count      INTEGER NOT NULL DEFAULT 0,
    result_site_id  INTEGER REFERENCES sites(id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    submitted_at    TEXT,
    closed_at       TEXT
);
CREATE INDEX requests_state ON requests(state);
CREATE INDEX requests_unit ON requests(unit_id);
CREATE INDEX requests_filer ON requests(filed_by);
CREATE INDEX requests_site ON requests(site_id);

CREATE TABLE request_steps (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES requests(id),
    round           INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('review', 'approve', 'file')),
    unit_id         INTEGER NOT NULL REFERENCES organisations(id),
    decision        TEXT    CHECK (decision IN ('approved', 'rejected', 'returned')),
    decided_by      INTEGER REFERENCES accounts(id),
    decided_by_name TEXT,
    decided_at      TEXT,
    comment         TEXT,
    UNIQUE (request_id, round, position)
);
-- The approver's inbox: the open requests whose current step is at a unit.
CREATE INDEX request_steps_unit ON request_steps(unit_id, decision);

CREATE TABLE request_events (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES requests(id),
    at              TEXT    NOT NULL,
    account_id      INTEGER,
    account_name    TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    round           INTEGER NOT NULL DEFAULT 0,
    position        INTEGER NOT NULL DEFAULT 0,
    from_state      TEXT,
    to_state        TEXT,
    comment         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events(request_id, id);

CREATE TABLE request_attachments (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES requests(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('letter', 'domain_form', 'security_report', 'migration_evidence',
                                                     'other')),
    file_name       TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    content         BLOB    NOT NULL,
    added_by_name   TEXT    NOT NULL,
    added_at        TEXT    NOT NULL
);
CREATE INDEX request_attachments_request ON request_attachments(request_id);
