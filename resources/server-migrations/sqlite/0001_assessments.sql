-- Schema version 1 of the assessment backend's store (sitegov-server): the sites it scores, their
-- assessments with the computed scores, the API tokens, and a data version for caches and ETags.
-- Dates are ISO 8601 UTC text ('YYYY-MM-DDTHH:MM:SSZ').

PRAGMA application_id = 1397184083; -- 0x53475653, "SGVS": ServerStore::kApplicationId

CREATE TABLE sites (
    code            TEXT    PRIMARY KEY,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    level           TEXT    NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
    kind            TEXT    NOT NULL CHECK (kind IN ('portal', 'department', 'special')),
    division_code   TEXT    NOT NULL CHECK (length(division_code) = 6),
    public_services INTEGER NOT NULL DEFAULT 1 CHECK (public_services IN (0, 1)),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX sites_level ON sites(level);
CREATE INDEX sites_division ON sites(division_code);

-- One assessment per site and period; posting again replaces it. `inputs` keeps what was posted
-- (vetoes, deductions, bonus) as JSON so that scores can be recomputed; the other columns are the
-- scoring model's result. first_month and last_month count months from year 0 (for ranges).
CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY,
    site_code       TEXT    NOT NULL REFERENCES sites(code),
    period          TEXT    NOT NULL,
    period_kind     TEXT    NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_year     INTEGER NOT NULL,
    period_quarter  INTEGER CHECK (period_quarter BETWEEN 1 AND 4),
    first_month     INTEGER NOT NULL,
    last_month      INTEGER NOT NULL,
    inputs          TEXT    NOT NULL,
    rules_id        TEXT    NOT NULL,
    deduction_score REAL    NOT NULL,
    bonus_claimed   REAL    NOT NULL,
    bonus           REAL    NOT NULL,
    total           REAL    NOT NULL,
    passed          INTEGER NOT NULL CHECK (passed IN (0, 1)),
    scaled          INTEGER NOT NULL CHECK (scaled IN (0, 1)),
    vetoes          TEXT    NOT NULL,
    category_scores TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    UNIQUE (site_code, period)
);
CREATE INDEX assessments_period ON assessments(period);
-- Covers the month aggregates (the months of a quarter or a year; the periods list).
CREATE INDEX assessments_months ON assessments(period_kind, period_year, period_quarter, period, site_code);

-- API tokens: only the SHA-256 of each token is kept. A name is unique among the active tokens.
CREATE TABLE tokens (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    scope       TEXT    NOT NULL CHECK (scope IN ('read', 'write')),
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    revoked_at  TEXT
);
CREATE UNIQUE INDEX tokens_active_name ON tokens(name) WHERE revoked_at IS NULL;

-- Bumped by every write to sites or assessments, in the same transaction.
CREATE TABLE store_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    data_version    INTEGER NOT NULL
);
INSERT INTO store_state (id, data_version) VALUES (1, 1);
