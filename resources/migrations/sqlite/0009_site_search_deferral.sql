-- Schema version 9: a bulk import may defer the sites' full-text index to its end.
-- FTS5 writes its pending index out at every statement savepoint, and a trigger on sites makes
-- every insert take one: importing 100,000 sites cost two minutes. While a row of
-- site_search_deferred exists (only ever inside the importing transaction, which removes it again
-- after indexing the sites above since_id in one statement), new sites are not indexed one by one.

CREATE TABLE site_search_deferred (
    since_id INTEGER NOT NULL
);

DROP TRIGGER site_search_insert;

CREATE TRIGGER site_search_insert AFTER INSERT ON sites
WHEN NOT EXISTS (SELECT 1 FROM site_search_deferred)
BEGIN
    INSERT INTO site_search (rowid, text)
        SELECT new.id, new.code || ' ' || new.name || ' ' || new.domain || ' ' || o.name
        FROM organisations o WHERE o.id = new.host_org_id;
END;
