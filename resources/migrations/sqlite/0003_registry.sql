-- Schema version 3: the registry at scale: each unit's city, site flags, responsible persons and
-- their assignments to sites, and the indexes the site list sorts and filters on.

ALTER TABLE organisations ADD COLUMN city_org_id INTEGER REFERENCES organisations(id);

-- Each unit's city is its nearest city-level government, itself included (NULL at province level).
WITH RECURSIVE up(id, anc) AS (
    SELECT id, id FROM organisations
    UNION ALL
    SELECT up.id, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL
)
UPDATE organisations SET city_org_id = (
    SELECT up.anc FROM up JOIN organisations a ON a.id = up.anc
    WHERE up.id = organisations.id AND a.level = 'city' AND a.kind = 'government'
    LIMIT 1);

CREATE INDEX organisations_city ON organisations(city_org_id);
CREATE INDEX organisations_name ON organisations(name);

ALTER TABLE sites ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN notes TEXT;

CREATE INDEX sites_name ON sites(name);
CREATE INDEX sites_domain ON sites(domain);
CREATE INDEX sites_kind ON sites(kind, code);
CREATE INDEX sites_platform ON sites(platform, code);
CREATE INDEX sites_flags ON sites(flags) WHERE flags <> 0;
CREATE INDEX sites_opened ON sites(opened_on);

CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    title       TEXT,
    phone       TEXT,
    email       TEXT,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (org_id, name)
);
CREATE INDEX persons_name ON persons(name);

CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    person_id   INTEGER NOT NULL REFERENCES persons(id),
    role        TEXT    NOT NULL CHECK (role IN ('first_responsible', 'security', 'caretaker', 'editor')),
    start_on    TEXT    NOT NULL,
    end_on      TEXT,
    note        TEXT,
    created_at  TEXT    NOT NULL,
    CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX assignments_site ON assignments(site_id, role, end_on);
CREATE INDEX assignments_person ON assignments(person_id);
-- At most one current holder of each role on a site.
CREATE UNIQUE INDEX assignments_current ON assignments(site_id, role) WHERE end_on IS NULL;

-- Flags of the sites already registered (the services keep them current from now on).
UPDATE sites SET flags =
    (CASE WHEN status <> 'closed' AND host_org_id IN (
        SELECT id FROM organisations WHERE level = 'township' OR (level = 'county' AND kind = 'department'))
     THEN 1 ELSE 0 END)
  | (CASE WHEN status <> 'closed' AND kind <> 'special' AND EXISTS (
        SELECT 1 FROM sites s2 WHERE s2.host_org_id = sites.host_org_id AND s2.id <> sites.id
        AND s2.status <> 'closed' AND s2.kind <> 'special') THEN 2 ELSE 0 END)
  | (CASE WHEN status IN ('operating', 'migrating') THEN 12 ELSE 0 END);
