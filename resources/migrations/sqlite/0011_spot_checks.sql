-- Schema version 11: monthly spot checks (抽查). Each office (a government of province, city or
-- county level) draws a plan of its running sites for a month (a reproducible draw: its seed is
-- kept), adds sites by hand, assigns them to checkers and locks the plan when checking starts.
-- Each planned site gets one assessment scored with the rule set, with evidence (a URL, a note and
-- files) for every veto item and deduction; a reviewer confirms or returns it. A failing site opens
-- a rectification item, to which accountability records (问责) are attached. Confirmed assessments
-- wait in a queue until sitegov-server has them. See docs/design/domain.md, "Spot checks".

-- An office's share of its running sites checked a month, where it sets more than the default
-- (core/SpotCheck.h: 35% for cities and counties, 10% for the province).
CREATE TABLE spot_check_shares (
    org_id          INTEGER PRIMARY KEY REFERENCES organisations(id),
    share_percent   INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    updated_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE spot_check_plans (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisations(id),
    month               TEXT    NOT NULL,                     -- 2026-11
    seed                INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
    share_percent       INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    population          INTEGER NOT NULL,                     -- running sites in the jurisdiction at the draw
    required            INTEGER NOT NULL,                     -- ceil(share × population)
    rectification_days  INTEGER NOT NULL DEFAULT 30 CHECK (rectification_days BETWEEN 1 AND 365),
    status              TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
    drawn_by            TEXT    NOT NULL,
    drawn_at            TEXT    NOT NULL,
    locked_by           TEXT,
    locked_at           TEXT,
    UNIQUE (org_id, month)
);
CREATE INDEX spot_check_plans_month ON spot_check_plans(month, org_id);

-- The sites of a plan: drawn, or added by hand (with why). A site that leaves the plan (closed or
-- migrating during the month, or taken out before the plan was locked) keeps its row, with a note.
CREATE TABLE spot_check_items (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES spot_check_plans(id),
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    origin          TEXT    NOT NULL CHECK (origin IN ('drawn', 'added')),
    position        INTEGER NOT NULL,                         -- the draw's order
    added_note      TEXT    NOT NULL DEFAULT '',
    checker_id      INTEGER REFERENCES accounts(id),
    removed_at      TEXT,
    removed_note    TEXT,
    created_at      TEXT    NOT NULL,
    UNIQUE (plan_id, site_id)
);
CREATE INDEX spot_check_items_site ON spot_check_items(site_id, plan_id);
CREATE INDEX spot_check_items_checker ON spot_check_items(checker_id, plan_id);

-- One assessment per planned site, scored by core/ScoringModel with the rule set named.
CREATE TABLE assessments (
    id                  INTEGER PRIMARY KEY,
    item_id             INTEGER NOT NULL UNIQUE REFERENCES spot_check_items(id),
    site_id             INTEGER NOT NULL REFERENCES sites(id),
    period              TEXT    NOT NULL,                     -- the plan's month
    rules_id            TEXT    NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('portal', 'department', 'special')),
    public_services     INTEGER NOT NULL DEFAULT 1 CHECK (public_services IN (0, 1)),
    vetoes              TEXT    NOT NULL DEFAULT '',          -- veto item keys, comma-separated
    deductions          TEXT    NOT NULL DEFAULT '{}',        -- JSON: indicator key -> points
    bonus_claimed       REAL    NOT NULL DEFAULT 0,
    deduction_score     REAL    NOT NULL,
    bonus               REAL    NOT NULL,                     -- counted
    total               REAL    NOT NULL,
    passed              INTEGER NOT NULL CHECK (passed IN (0, 1)),
    summary             TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT 'draft'
                                CHECK (status IN ('draft', 'submitted', 'returned', 'confirmed')),
    checker_id          INTEGER REFERENCES accounts(id),
    checker_name        TEXT    NOT NULL,
    submitted_at        TEXT,
    reviewer_id         INTEGER REFERENCES accounts(id),
    reviewer_name       TEXT,
    reviewed_at         TEXT,
    review_note         TEXT    NOT NULL DEFAULT '',
    confirmed_on        TEXT,                                 -- the office's day
    rectification_id    INTEGER REFERENCES rectifications(id),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX assessments_period ON assessments(period, status, site_id);
CREATE INDEX assessments_site ON assessments(site_id, period);
CREATE INDEX assessments_rectification ON assessments(rectification_id) WHERE rectification_id IS NOT NULL;

-- Evidence beside a veto item ("veto:KEY") or a deduction ("deduction:KEY"), and its files.
CREATE TABLE assessment_evidence (
    assessment_id   INTEGER NOT NULL REFERENCES assessments(id),
    item_key        TEXT    NOT NULL,
    url             TEXT    NOT NULL DEFAULT '',
    note            TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, item_key)
);

CREATE TABLE assessment_files (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments(id),
    item_key        TEXT    NOT NULL,
    file_name       TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    content         BLOB    NOT NULL,
    added_by_name   TEXT    NOT NULL,
    added_at        TEXT    NOT NULL
);
CREATE INDEX assessment_files_assessment ON assessment_files(assessment_id, item_key);

-- Who did what to an assessment: saved, submitted, returned, confirmed.
CREATE TABLE assessment_events (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments(id),
    at              TEXT    NOT NULL,
    account_name    TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    note            TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX assessment_events_assessment ON assessment_events(assessment_id, id);

-- Accountability (问责) for a failing site: who, by which measure, decided when.
CREATE TABLE accountability_records (
    id                  INTEGER PRIMARY KEY,
    rectification_id    INTEGER NOT NULL REFERENCES rectifications(id),
    person_name         TEXT    NOT NULL CHECK (length(trim(person_name)) > 0),
    person_post         TEXT    NOT NULL DEFAULT '',          -- post and unit
    measure             TEXT    NOT NULL CHECK (measure IN ('interview', 'written_examination', 'reprimand',
                                                            'transfer', 'dismissal')),
    decided_on          TEXT    NOT NULL,
    note                TEXT    NOT NULL DEFAULT '',
    recorded_by         TEXT    NOT NULL,
    recorded_at         TEXT    NOT NULL
);
CREATE INDEX accountability_records_item ON accountability_records(rectification_id);
CREATE INDEX accountability_records_day ON accountability_records(decided_on);

-- Confirmed assessments on their way to sitegov-server: one row per assessment, sent in the order
-- they were queued, retried until the backend has them or refuses them. A newer confirmed assessment
-- of the same site and month replaces one still waiting (the backend keeps one per site and month).
CREATE TABLE assessment_outbox (
    assessment_id   INTEGER PRIMARY KEY REFERENCES assessments(id),
    site_code       TEXT    NOT NULL,
    period          TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'refused', 'replaced')),
    queued_at       TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    next_attempt_at TEXT,                                     -- waiting: not before this moment (UTC)
    sent_at         TEXT,
    backend_url     TEXT,
    backend_total   REAL,                                     -- the total the backend computed
    error           TEXT,                                     -- refused: the backend's reason; waiting: the last failure
    error_detail    TEXT,
    error_code      TEXT
);
CREATE INDEX assessment_outbox_state ON assessment_outbox(state, queued_at);
CREATE INDEX assessment_outbox_site ON assessment_outbox(site_code, period, state);

-- A confirmed assessment and its evidence are locked.
CREATE TRIGGER assessments_locked BEFORE UPDATE ON assessments
WHEN OLD.status = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'a confirmed assessment cannot be changed');
END;
CREATE TRIGGER assessments_keep BEFORE DELETE ON assessments
WHEN OLD.status = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'a confirmed assessment cannot be deleted');
END;
CREATE TRIGGER assessment_evidence_locked_insert BEFORE INSERT ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'the evidence of a confirmed assessment cannot be changed');
END;
CREATE TRIGGER assessment_evidence_locked_update BEFORE UPDATE ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'the evidence of a confirmed assessment cannot be changed');
END;
CREATE TRIGGER assessment_evidence_locked_delete BEFORE DELETE ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'the evidence of a confirmed assessment cannot be changed');
END;
CREATE TRIGGER assessment_files_locked_insert BEFORE INSERT ON assessment_files
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'the evidence of a confirmed assessment cannot be changed');
END;
CREATE TRIGGER assessment_files_locked_delete BEFORE DELETE ON assessment_files
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'the evidence of a confirmed assessment cannot be changed');
END;
