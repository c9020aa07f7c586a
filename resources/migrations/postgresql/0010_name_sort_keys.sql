-- Schema version 10 (PostgreSQL): names in Chinese order. Chinese users expect names sorted by
-- pinyin, as Excel and WPS sort them, not by code point. Each name that lists sort by (a site's, a
-- unit's, a person's) has a sort key beside it, with an index, so that SQL sorts 100,000 rows
-- lazily. On SQLite it is a binary ICU key made by the program; here it is the name itself under
-- ICU's pinyin collation, computed by the server (a generated column), so any client's write keeps
-- it current. sort_key_state records the collation's version, as on SQLite.

CREATE COLLATION zh_pinyin (provider = icu, locale = 'zh-u-co-pinyin');

ALTER TABLE sites ADD COLUMN name_key TEXT COLLATE zh_pinyin GENERATED ALWAYS AS (name) STORED;
ALTER TABLE organisations ADD COLUMN name_key TEXT COLLATE zh_pinyin GENERATED ALWAYS AS (name) STORED;
ALTER TABLE persons ADD COLUMN name_key TEXT COLLATE zh_pinyin GENERATED ALWAYS AS (name) STORED;

CREATE INDEX sites_name_key ON sites(name_key, id);
CREATE INDEX organisations_name_key ON organisations(name_key, id);
CREATE INDEX persons_name_key ON persons(name_key, id);

CREATE TABLE sort_key_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT    NOT NULL                    -- "icu:" and the collation's version
);
INSERT INTO sort_key_state (id, version)
    SELECT 1, 'icu:' || coalesce(collversion, '') FROM pg_collation
    WHERE collname = 'zh_pinyin' AND collnamespace = current_schema()::regnamespace;
