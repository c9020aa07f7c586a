-- Schema version 15: reposting key policies within 8 hours (重要政策信息 8 小时内转载;
-- docs/design/reposts.md). The office registers each key policy item of the State Council and the
-- provincial government; every county-level-and-above government portal must repost it in its
-- designated column within 8 hours of its publication. The designated column is one of the columns
-- the probe already checks (probe_columns), marked with `repost`; sitegov-probe looks for the open
-- items there and records the first time it found each, and an inspector can record one by hand.
-- Times of the office (published_at, found_at) are office-time text, 2026-12-07T09:30; the delay
-- is kept in minutes when a repost is recorded, so that the figures are the same SQL on both engines.

-- The designated repost column (转载专栏) of a portal: at most one active column of a site.
ALTER TABLE probe_columns ADD COLUMN repost INTEGER NOT NULL DEFAULT 0 CHECK (repost IN (0, 1));
CREATE UNIQUE INDEX probe_columns_repost ON probe_columns(site_id) WHERE repost = 1 AND active = 1;

CREATE TABLE policy_items (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    title_key    TEXT    NOT NULL CHECK (length(title_key) > 0), -- the title normalised (core/RepostRules)
    issuer       TEXT    NOT NULL CHECK (length(trim(issuer)) > 0), -- 发布机关: 国务院, 省人民政府 ...
    source_url   TEXT    NOT NULL DEFAULT '',
    published_at TEXT    NOT NULL, -- office time, 2026-12-07T09:30
    published_on TEXT    NOT NULL, -- its day
    state        TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    source       TEXT    NOT NULL CHECK (source IN ('manual', 'import')),
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
-- The same title published the same day is the same item.
CREATE UNIQUE INDEX policy_items_title ON policy_items(title_key, published_on);
CREATE INDEX policy_items_published ON policy_items(state, published_at);

-- The first repost of an item found on a portal: by the probe (with the fetch and the line it
-- matched) or recorded by hand (with the account and the address).
CREATE TABLE policy_reposts (
    item_id       INTEGER NOT NULL REFERENCES policy_items(id) ON DELETE CASCADE,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    found_at      TEXT    NOT NULL, -- office time
    delay_minutes INTEGER NOT NULL CHECK (delay_minutes >= 0), -- found_at - published_at, 0 when before
    url           TEXT    NOT NULL DEFAULT '',
    how           TEXT    NOT NULL CHECK (how IN ('probe', 'manual')),
    column_id     INTEGER REFERENCES probe_columns(id),
    fetch_id      INTEGER REFERENCES probe_fetches(id) ON DELETE SET NULL,
    matched       TEXT    NOT NULL DEFAULT '', -- the column's line the probe matched
    recorded_by   TEXT    NOT NULL, -- the account, or sitegov-probe
    recorded_at   TEXT    NOT NULL,
    PRIMARY KEY (item_id, site_id)
);
CREATE INDEX policy_reposts_site ON policy_reposts(site_id, found_at);
