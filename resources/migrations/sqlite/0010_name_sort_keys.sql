-- Schema version 10: names in Chinese order. Chinese users expect names sorted by pinyin, as Excel
-- and WPS sort them, not by code point. Each name that lists sort by (a site's, a unit's, a
-- person's) gets a binary ICU sort key for "zh" beside it, with an index, so that SQL sorts
-- 100,000 rows lazily. sitegov_sort_key(text) is the program's own SQL function (storage/SortKey):
-- triggers keep the keys current on every insert and rename, whatever path writes the name.
-- sort_key_state records the collator the keys were made with; on opening, keys made with another
-- ICU version are recomputed.

ALTER TABLE sites ADD COLUMN name_key BLOB;
ALTER TABLE organisations ADD COLUMN name_key BLOB;
ALTER TABLE persons ADD COLUMN name_key BLOB;

UPDATE sites SET name_key = sitegov_sort_key(name);
UPDATE organisations SET name_key = sitegov_sort_key(name);
UPDATE persons SET name_key = sitegov_sort_key(name);

CREATE INDEX sites_name_key ON sites(name_key, id);
CREATE INDEX organisations_name_key ON organisations(name_key, id);
CREATE INDEX persons_name_key ON persons(name_key, id);

CREATE TRIGGER sites_name_key_insert AFTER INSERT ON sites
BEGIN
    UPDATE sites SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TRIGGER sites_name_key_rename AFTER UPDATE OF name ON sites
BEGIN
    UPDATE sites SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TRIGGER organisations_name_key_insert AFTER INSERT ON organisations
BEGIN
    UPDATE organisations SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TRIGGER organisations_name_key_rename AFTER UPDATE OF name ON organisations
BEGIN
    UPDATE organisations SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TRIGGER persons_name_key_insert AFTER INSERT ON persons
BEGIN
    UPDATE persons SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TRIGGER persons_name_key_rename AFTER UPDATE OF name ON persons
BEGIN
    UPDATE persons SET name_key = sitegov_sort_key(new.name) WHERE id = new.id;
END;

CREATE TABLE sort_key_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT    NOT NULL                    -- ICU's version and its "zh" collation's, "72.1/153.120"
);
INSERT INTO sort_key_state (id, version) VALUES (1, sitegov_sort_key_version());
