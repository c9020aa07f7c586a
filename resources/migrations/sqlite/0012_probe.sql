-- Schema version 12: the probe (sitegov-probe; docs/design/probe.md). What it measures on every
-- running site as the national indicators do (availability, freshness of the homepage and the
-- registered columns, links, the page footer, TLS), with the evidence of each finding: when, the
-- address, the status, the latency, the bytes, a SHA-256 of the page and the text a verdict rests on.
-- Moments are UTC text; days are the office's calendar days. Raw rows (probe_availability,
-- probe_fetches) are kept 400 days; probe_daily keeps the counts for good.

-- The probe's settings of a site (governed data: changed through ProbeSettingsService, audited).
-- A site without a row is probed with the defaults.
CREATE TABLE probe_sites (
    site_id           INTEGER PRIMARY KEY REFERENCES sites(id),
    interval_minutes  INTEGER CHECK (interval_minutes IS NULL OR interval_minutes BETWEEN 1 AND 72),
    ignore_robots     INTEGER NOT NULL DEFAULT 0 CHECK (ignore_robots IN (0, 1)), -- the office's own sites only
    maintenance_until TEXT,  -- not probed before this moment (announced maintenance)
    link_exceptions   TEXT NOT NULL DEFAULT '', -- links not checked: one address prefix or * pattern a line
    updated_at        TEXT NOT NULL
);

-- The columns (栏目) registered for the freshness check, with the state of their last check.
CREATE TABLE probe_columns (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    url         TEXT    NOT NULL CHECK (length(trim(url)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('news', 'notice', 'other')),
    selector    TEXT    NOT NULL DEFAULT '', -- where the items are (docs/design/probe.md, "Selector rules")
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    state       TEXT    NOT NULL DEFAULT 'unchecked'
                CHECK (state IN ('unchecked', 'fresh', 'stale', 'blank', 'unreachable')),
    checked_at  TEXT,
    newest_on   TEXT,
    items       INTEGER,
    fetch_id    INTEGER REFERENCES probe_fetches(id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX probe_columns_site ON probe_columns(site_id, active);
CREATE UNIQUE INDEX probe_columns_url ON probe_columns(site_id, url) WHERE active = 1;

-- One row per availability probe: the first try and, when it failed, the retry a moment later
-- (recorded, not hidden: the probe's outcome is the retry's, the first try's is kept beside it).
CREATE TABLE probe_availability (
    id               INTEGER PRIMARY KEY,
    site_id          INTEGER NOT NULL REFERENCES sites(id),
    at               TEXT    NOT NULL,
    day              TEXT    NOT NULL,
    url              TEXT    NOT NULL,
    outcome          TEXT    NOT NULL CHECK (outcome IN ('ok', 'dns', 'connect', 'tls', 'timeout', 'http')),
    http_status      INTEGER,
    latency_ms       INTEGER NOT NULL,
    bytes            INTEGER NOT NULL DEFAULT 0,
    sha256           TEXT,
    first_outcome    TEXT CHECK (first_outcome IS NULL OR first_outcome IN ('dns', 'connect', 'tls', 'timeout', 'http')),
    first_status     INTEGER,
    first_latency_ms INTEGER,
    detail           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX probe_availability_site ON probe_availability(site_id, at);
CREATE INDEX probe_availability_at ON probe_availability(at);

-- The roll-up of the probes per site and office day, kept after the raw rows go.
CREATE TABLE probe_daily (
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    day         TEXT    NOT NULL,
    probes      INTEGER NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    blips       INTEGER NOT NULL DEFAULT 0,
    dns         INTEGER NOT NULL DEFAULT 0,
    connect     INTEGER NOT NULL DEFAULT 0,
    tls         INTEGER NOT NULL DEFAULT 0,
    timeout     INTEGER NOT NULL DEFAULT 0,
    http        INTEGER NOT NULL DEFAULT 0,
    latency_ms  INTEGER NOT NULL DEFAULT 0, -- the sum over the probes that got the page
    PRIMARY KEY (site_id, day)
);
CREATE INDEX probe_daily_day ON probe_daily(day, site_id);

-- The pages the daily checks fetched (homepage, columns, robots.txt, the TLS handshake) and every
-- link that failed: the evidence findings point to.
CREATE TABLE probe_fetches (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    at          TEXT    NOT NULL,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('home', 'column', 'link', 'tls', 'robots')),
    url         TEXT    NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('ok', 'dns', 'connect', 'tls', 'timeout', 'http', 'robots')),
    http_status INTEGER,
    latency_ms  INTEGER NOT NULL DEFAULT 0,
    bytes       INTEGER NOT NULL DEFAULT 0,
    sha256      TEXT,
    matched     TEXT    NOT NULL DEFAULT '', -- the text the verdict rests on
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX probe_fetches_site ON probe_fetches(site_id, at);
CREATE INDEX probe_fetches_at ON probe_fetches(at);

-- What the checks found: open while the checks keep finding it, resolved by the first that does not.
CREATE TABLE probe_findings (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    kind           TEXT    NOT NULL,
    subject        TEXT    NOT NULL DEFAULT '', -- the column's number, the link, the TLS level
    severity       TEXT    NOT NULL CHECK (severity IN ('veto', 'warning', 'deduction', 'notice')),
    found          TEXT    NOT NULL DEFAULT '', -- what the page shows
    expected       TEXT    NOT NULL DEFAULT '', -- what the registry holds
    first_at       TEXT    NOT NULL,
    last_at        TEXT    NOT NULL,
    resolved_at    TEXT,
    times_seen     INTEGER NOT NULL DEFAULT 1,
    first_fetch_id INTEGER REFERENCES probe_fetches(id) ON DELETE SET NULL,
    last_fetch_id  INTEGER REFERENCES probe_fetches(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX probe_findings_open ON probe_findings(site_id, kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX probe_findings_site ON probe_findings(site_id, last_at);
CREATE INDEX probe_findings_unresolved ON probe_findings(kind, site_id) WHERE resolved_at IS NULL;

-- The last daily check of each site.
CREATE TABLE probe_site_state (
    site_id            INTEGER PRIMARY KEY REFERENCES sites(id),
    checked_at         TEXT NOT NULL,
    homepage_newest_on TEXT,
    homepage_fetch_id  INTEGER REFERENCES probe_fetches(id) ON DELETE SET NULL,
    tls_expires_at     TEXT,
    links_checked      INTEGER NOT NULL DEFAULT 0,
    links_failed       INTEGER NOT NULL DEFAULT 0
);

-- The checklist items of an inspection that the probe had measured when it was logged: what the
-- probe said, and whether the inspector confirmed it or overrode it.
CREATE TABLE inspection_probe_items (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    item_key      TEXT    NOT NULL,
    probe_result  TEXT    NOT NULL CHECK (probe_result IN ('pass', 'fail')),
    decision      TEXT    NOT NULL CHECK (decision IN ('confirmed', 'overridden')),
    evidence      TEXT    NOT NULL DEFAULT '', -- the measurement in words, as the form showed it
    measured_at   TEXT    NOT NULL,
    PRIMARY KEY (inspection_id, item_key)
);
