-- Schema version 9 (PostgreSQL): a bulk import may defer the sites' search index to its end. While
-- a row of site_search_deferred exists (only ever inside the importing transaction, which removes
-- it again after indexing the sites above since_id in one statement), new sites are not indexed one
-- by one. (SQLite needs it for FTS5's cost per statement; here it keeps the one code path.)

CREATE TABLE site_search_deferred (
    since_id BIGINT NOT NULL
);

CREATE OR REPLACE FUNCTION site_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM site_search WHERE rowid = OLD.id;
    END IF;
    IF TG_OP = 'UPDATE' OR (TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM site_search_deferred)) THEN
        INSERT INTO site_search (rowid, text)
            SELECT NEW.id, NEW.code || ' ' || NEW.name || ' ' || NEW.domain || ' ' || o.name
            FROM organisations o WHERE o.id = NEW.host_org_id;
    END IF;
    RETURN NULL;
END
$$;
