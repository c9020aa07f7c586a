-- Schema version 7 (PostgreSQL): the score cache. Performance scores (绩效考核得分) pulled from the assessment
-- backend (sitegov-server): one row per site and period, the periods with the ETag of their first
-- page, and the outcome of the last sync. A mirror of the backend, not governed data: a sync
-- replaces a period whole in one transaction, and a failed sync leaves the cache as it was.

CREATE TABLE score_periods (
    period          TEXT    PRIMARY KEY,                 -- 2024-05, 2024-Q2 or 2024
    kind            TEXT    NOT NULL CHECK (kind IN ('month', 'quarter', 'year')),
    first_month     INTEGER NOT NULL,                    -- months counted from year 0, for order and ranges
    last_month      INTEGER NOT NULL,
    backend_url     TEXT    NOT NULL,                    -- the backend the rows came from
    etag            TEXT,                                -- of the period's first page, for If-None-Match
    sites           INTEGER NOT NULL,
    fetched_at      TEXT    NOT NULL,                    -- when its rows were last written
    checked_at      TEXT    NOT NULL                     -- when the backend last confirmed them (200 or 304)
);
CREATE INDEX score_periods_order ON score_periods(kind, first_month);

CREATE TABLE score_cache (
    period          TEXT    NOT NULL REFERENCES score_periods(period) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    site_code       TEXT    NOT NULL,
    site_name       TEXT    NOT NULL,
    level           TEXT    NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
    kind            TEXT    NOT NULL CHECK (kind IN ('portal', 'department', 'special')),
    region          TEXT    NOT NULL,                    -- the site's division code
    city_region     TEXT    NOT NULL,                    -- its city-level region (350100); the province's own: 350000
    total           DOUBLE PRECISION NOT NULL,
    deduction_score DOUBLE PRECISION NOT NULL,
    bonus           DOUBLE PRECISION NOT NULL,
    passed          INTEGER NOT NULL CHECK (passed IN (0, 1)),
    vetoes          TEXT    NOT NULL DEFAULT '',         -- veto item keys, comma-separated
    rank            INTEGER NOT NULL,                    -- within the level
    rank_of         INTEGER NOT NULL,
    assessments     INTEGER NOT NULL,
    updated_at      TEXT,
    PRIMARY KEY (period, site_code)
);
CREATE INDEX score_cache_site ON score_cache(site_code, period);
CREATE INDEX score_cache_city ON score_cache(period, city_region);

CREATE TABLE score_sync (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    backend_url         TEXT,
    last_attempt_at     TEXT,
    last_success_at     TEXT,
    last_failure_at     TEXT,
    last_error          TEXT,                            -- in the language of the console that failed
    last_error_detail   TEXT,
    last_error_code     TEXT                             -- net.timeout, net.unauthorized, ...
);
INSERT INTO score_sync (id) VALUES (1);
