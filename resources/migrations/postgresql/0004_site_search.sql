-- Schema version 4 (PostgreSQL): the sites' search text (code, name, domain and host unit) with a
-- trigram index (pg_trgm), so that searching 100,000 sites (Chinese included) answers at once; the
-- counterpart of SQLite's FTS5 trigram table. Kept current by triggers. The table has SQLite's
-- names (rowid, text), and site_search_content the names of FTS5's table of the texts (id, c0),
-- so that the site list's search is one SQL text for both engines; instr() is SQLite's.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE site_search (
    rowid   BIGINT PRIMARY KEY,
    text    TEXT   NOT NULL
);
CREATE INDEX site_search_trgm ON site_search USING gin (text gin_trgm_ops);

CREATE VIEW site_search_content AS SELECT rowid AS id, text AS c0 FROM site_search;

CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$;

INSERT INTO site_search (rowid, text)
    SELECT s.id, s.code || ' ' || s.name || ' ' || s.domain || ' ' || o.name
    FROM sites s JOIN organisations o ON o.id = s.host_org_id;

CREATE FUNCTION site_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM site_search WHERE rowid = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO site_search (rowid, text)
            SELECT NEW.id, NEW.code || ' ' || NEW.name || ' ' || NEW.domain || ' ' || o.name
            FROM organisations o WHERE o.id = NEW.host_org_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER site_search_insert AFTER INSERT ON sites
    FOR EACH ROW EXECUTE FUNCTION site_search_index();
CREATE TRIGGER site_search_update AFTER UPDATE OF code, name, domain, host_org_id ON sites
    FOR EACH ROW EXECUTE FUNCTION site_search_index();
CREATE TRIGGER site_search_delete AFTER DELETE ON sites
    FOR EACH ROW EXECUTE FUNCTION site_search_index();

CREATE FUNCTION site_search_unit_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM site_search WHERE rowid IN (SELECT id FROM sites WHERE host_org_id = NEW.id);
    INSERT INTO site_search (rowid, text)
        SELECT s.id, s.code || ' ' || s.name || ' ' || s.domain || ' ' || NEW.name
        FROM sites s WHERE s.host_org_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER site_search_unit_rename AFTER UPDATE OF name ON organisations
    FOR EACH ROW EXECUTE FUNCTION site_search_unit_rename();
