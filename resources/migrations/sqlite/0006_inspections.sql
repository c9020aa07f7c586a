-- Schema version 6: daily inspections (每日一巡查), rectification (整改) and weekly reviews
-- (一周一点评), with the roll-ups that keep coverage and summaries fast at 10 million inspections.

-- Each unit and every unit above it, itself included (depth 0). Kept by triggers, so that figures
-- roll up the unit tree with plain joins.
CREATE TABLE org_ancestors (
    ancestor_id INTEGER NOT NULL,
    org_id      INTEGER NOT NULL,
    depth       INTEGER NOT NULL,
    PRIMARY KEY (ancestor_id, org_id)
) WITHOUT ROWID;
CREATE INDEX org_ancestors_org ON org_ancestors(org_id, ancestor_id);

INSERT INTO org_ancestors (ancestor_id, org_id, depth)
WITH RECURSIVE up(org_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM organisations
    UNION ALL
    SELECT up.org_id, o.parent_id, up.depth + 1 FROM up JOIN organisations o ON o.id = up.ancestor_id
    WHERE o.parent_id IS NOT NULL
)
SELECT ancestor_id, org_id, depth FROM up;

CREATE TRIGGER org_ancestors_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO org_ancestors (ancestor_id, org_id, depth) VALUES (NEW.id, NEW.id, 0);
    INSERT INTO org_ancestors (ancestor_id, org_id, depth)
        SELECT ancestor_id, NEW.id, depth + 1 FROM org_ancestors WHERE org_id = NEW.parent_id;
END;

-- The versions of the daily checklist (the built-in one is stored as the first version when the
-- first inspection is logged); an inspection keeps the version it was made with.
CREATE TABLE checklist_versions (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    items_json  TEXT NOT NULL
);

-- The responsible person an account is: an inspector's "Today" lists the sites they take care of.
ALTER TABLE persons ADD COLUMN account_id INTEGER REFERENCES accounts(id);
CREATE UNIQUE INDEX persons_account ON persons(account_id) WHERE account_id IS NOT NULL;
CREATE INDEX assignments_person_current ON assignments(person_id, role) WHERE end_on IS NULL;

CREATE TABLE inspections (
    id                INTEGER PRIMARY KEY,
    site_id           INTEGER NOT NULL REFERENCES sites(id),
    day               TEXT    NOT NULL,  -- yyyy-MM-dd of the office's calendar
    inspector         TEXT    NOT NULL,  -- the account's user name, or the name of who inspected
    account_id        INTEGER REFERENCES accounts(id),
    checklist_id      INTEGER NOT NULL REFERENCES checklist_versions(id),
    results           TEXT    NOT NULL DEFAULT '', -- the items that did not simply pass (JSON)
    failed            INTEGER NOT NULL DEFAULT 0,
    note              TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    corrected_at      TEXT,
    corrected_by      TEXT,
    correction_reason TEXT,
    UNIQUE (site_id, day, inspector)
);
CREATE INDEX inspections_day ON inspections(day, site_id);
CREATE INDEX inspections_account ON inspections(account_id, day);

-- One row per failed item, for the weekly figures and the worst sites.
CREATE TABLE inspection_failures (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    item_key      TEXT    NOT NULL,
    site_id       INTEGER NOT NULL,
    day           TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, item_key)
);
CREATE INDEX inspection_failures_day ON inspection_failures(day, site_id);

-- For each unit and day: how many of the sites under it were inspected (at least once).
CREATE TABLE coverage_daily (
    org_id    INTEGER NOT NULL,
    day       TEXT    NOT NULL,
    inspected INTEGER NOT NULL,
    PRIMARY KEY (org_id, day)
) WITHOUT ROWID;

-- The first inspection of a site on a day counts it for its host unit and every unit above.
CREATE TRIGGER coverage_on_inspection AFTER INSERT ON inspections
WHEN NOT EXISTS (SELECT 1 FROM inspections WHERE site_id = NEW.site_id AND day = NEW.day AND id <> NEW.id)
BEGIN
    INSERT INTO coverage_daily (org_id, day, inspected)
        SELECT a.ancestor_id, NEW.day, 1 FROM sites s JOIN org_ancestors a ON a.org_id = s.host_org_id
        WHERE s.id = NEW.site_id
        ON CONFLICT (org_id, day) DO UPDATE SET inspected = inspected + 1;
END;

CREATE TRIGGER coverage_on_inspection_delete AFTER DELETE ON inspections
WHEN NOT EXISTS (SELECT 1 FROM inspections WHERE site_id = OLD.site_id AND day = OLD.day)
BEGIN
    UPDATE coverage_daily SET inspected = inspected - 1
    WHERE day = OLD.day AND org_id IN (SELECT a.ancestor_id FROM sites s JOIN org_ancestors a
                                       ON a.org_id = s.host_org_id WHERE s.id = OLD.site_id);
END;

-- A site that moves to another host unit takes its inspected days with it.
CREATE TRIGGER coverage_on_site_move AFTER UPDATE OF host_org_id ON sites
WHEN OLD.host_org_id <> NEW.host_org_id
BEGIN
    UPDATE coverage_daily SET inspected = inspected - 1
    WHERE org_id IN (SELECT ancestor_id FROM org_ancestors WHERE org_id = OLD.host_org_id)
      AND day IN (SELECT DISTINCT day FROM inspections WHERE site_id = NEW.id);
    INSERT INTO coverage_daily (org_id, day, inspected)
        SELECT a.ancestor_id, d.day, 1 FROM org_ancestors a,
               (SELECT DISTINCT day FROM inspections WHERE site_id = NEW.id) d
        WHERE a.org_id = NEW.host_org_id
        ON CONFLICT (org_id, day) DO UPDATE SET inspected = inspected + 1;
END;

-- A unit that moves under another parent: its subtree's counts leave the old ancestors and join
-- the new ones (coverage_daily of the unit itself is exactly its subtree's count), and the
-- ancestor table follows.
CREATE TRIGGER org_ancestors_move AFTER UPDATE OF parent_id ON organisations
WHEN OLD.parent_id IS NOT NEW.parent_id
BEGIN
    UPDATE coverage_daily SET inspected = inspected - (SELECT c.inspected FROM coverage_daily c
                                                       WHERE c.org_id = NEW.id AND c.day = coverage_daily.day)
    WHERE org_id IN (SELECT ancestor_id FROM org_ancestors WHERE org_id = NEW.id AND depth > 0)
      AND day IN (SELECT day FROM coverage_daily WHERE org_id = NEW.id);
    DELETE FROM org_ancestors
    WHERE org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = NEW.id)
      AND ancestor_id NOT IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = NEW.id);
    INSERT INTO org_ancestors (ancestor_id, org_id, depth)
        SELECT a.ancestor_id, d.org_id, d.depth + 1 + a.depth
        FROM org_ancestors d, org_ancestors a
        WHERE d.ancestor_id = NEW.id AND a.org_id = NEW.parent_id;
    INSERT INTO coverage_daily (org_id, day, inspected)
        SELECT a.ancestor_id, c.day, c.inspected FROM org_ancestors a, coverage_daily c
        WHERE a.org_id = NEW.id AND a.depth > 0 AND c.org_id = NEW.id
        ON CONFLICT (org_id, day) DO UPDATE SET inspected = inspected + excluded.inspected;
END;

CREATE TABLE rectifications (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    unit_id        INTEGER NOT NULL REFERENCES organisations(id), -- the unit responsible for the fix
    source         TEXT    NOT NULL CHECK (source IN ('inspection', 'spot_check', 'error_report', 'manual')),
    inspection_id  INTEGER REFERENCES inspections(id),
    item_key       TEXT,
    problem        TEXT    NOT NULL,
    opened_on      TEXT    NOT NULL,
    deadline       TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fixed', 'rechecked', 'closed')),
    opened_by      TEXT    NOT NULL,
    fixed_on       TEXT,
    fixed_by       TEXT,
    rechecked_on   TEXT,
    rechecked_by   TEXT,
    closed_on      TEXT,
    closed_by      TEXT,
    updated_at     TEXT    NOT NULL,
    CHECK (deadline >= opened_on)
);
CREATE INDEX rectifications_site ON rectifications(site_id, item_key, status);
CREATE INDEX rectifications_status ON rectifications(status, deadline);
CREATE INDEX rectifications_unit ON rectifications(unit_id, status);
CREATE INDEX rectifications_opened ON rectifications(opened_on);
CREATE INDEX rectifications_fixed ON rectifications(fixed_on) WHERE fixed_on IS NOT NULL;

-- Who did what to a rectification, and when.
CREATE TABLE rectification_events (
    id                INTEGER PRIMARY KEY,
    rectification_id  INTEGER NOT NULL REFERENCES rectifications(id),
    at                TEXT    NOT NULL,
    account_name      TEXT    NOT NULL,
    action            TEXT    NOT NULL,
    from_status       TEXT,
    to_status         TEXT,
    note              TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX rectification_events_item ON rectification_events(rectification_id, id);

CREATE TABLE weekly_reviews (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES organisations(id),
    week          TEXT    NOT NULL,  -- ISO week, "2026-W48"
    author        TEXT    NOT NULL,
    author_id     INTEGER REFERENCES accounts(id),
    facts_json    TEXT    NOT NULL,  -- the week's figures as the review was written
    highlights    TEXT    NOT NULL DEFAULT '',
    problems      TEXT    NOT NULL DEFAULT '',
    instructions  TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    signed_at     TEXT,
    signed_by     TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    UNIQUE (unit_id, week)
);
CREATE INDEX weekly_reviews_week ON weekly_reviews(week, status);

-- A signed review is locked.
CREATE TRIGGER weekly_reviews_locked BEFORE UPDATE ON weekly_reviews
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed weekly review cannot be changed');
END;
CREATE TRIGGER weekly_reviews_keep BEFORE DELETE ON weekly_reviews
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed weekly review cannot be deleted');
END;
