-- Schema version 1: the registry's ground: organisations (units) and their websites.
-- Dates are ISO 8601 text: 'YYYY-MM-DD' for days, 'YYYY-MM-DDTHH:MM:SSZ' (UTC) for instants.

PRAGMA application_id = 1397182294;

CREATE TABLE organisations (
    id              INTEGER PRIMARY KEY,
    parent_id       INTEGER REFERENCES organisations(id),
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    level           TEXT    NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
    kind            TEXT    NOT NULL CHECK (kind IN ('government', 'department')),
    division_code   TEXT    NOT NULL CHECK (length(division_code) = 6),
    domain_label    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX organisations_parent ON organisations(parent_id);
CREATE INDEX organisations_division ON organisations(division_code);

CREATE TABLE sites (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    url                 TEXT    NOT NULL,
    domain              TEXT    NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('portal', 'department', 'special')),
    status              TEXT    NOT NULL CHECK (status IN ('planned', 'operating', 'migrating', 'closed')),
    platform            TEXT    NOT NULL CHECK (platform IN ('unified', 'standalone')),
    host_org_id         INTEGER NOT NULL REFERENCES organisations(id),
    supervisor_org_id   INTEGER REFERENCES organisations(id),
    operator_name       TEXT,
    icp_filing          TEXT,
    psb_filing          TEXT,
    opened_on           TEXT,
    closed_on           TEXT,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX sites_host ON sites(host_org_id);
CREATE INDEX sites_status ON sites(status);
