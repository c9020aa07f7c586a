-- Schema version 4: a trigram full-text index over each site's code, name, domain and host unit, so
-- that searching 100,000 sites (Chinese included) answers at once. Kept current by triggers.

CREATE VIRTUAL TABLE site_search USING fts5(text, tokenize = 'trigram');

INSERT INTO site_search (rowid, text)
    SELECT s.id, s.code || ' ' || s.name || ' ' || s.domain || ' ' || o.name
    FROM sites s JOIN organisations o ON o.id = s.host_org_id;

CREATE TRIGGER site_search_insert AFTER INSERT ON sites
BEGIN
    INSERT INTO site_search (rowid, text)
        SELECT new.id, new.code || ' ' || new.name || ' ' || new.domain || ' ' || o.name
        FROM organisations o WHERE o.id = new.host_org_id;
END;

CREATE TRIGGER site_search_update AFTER UPDATE OF code, name, domain, host_org_id ON sites
BEGIN
    DELETE FROM site_search WHERE rowid = old.id;
    INSERT INTO site_search (rowid, text)
        SELECT new.id, new.code || ' ' || new.name || ' ' || new.domain || ' ' || o.name
        FROM organisations o WHERE o.id = new.host_org_id;
END;

CREATE TRIGGER site_search_delete AFTER DELETE ON sites
BEGIN
    DELETE FROM site_search WHERE rowid = old.id;
END;

CREATE TRIGGER site_search_unit_rename AFTER UPDATE OF name ON organisations
BEGIN
    DELETE FROM site_search WHERE rowid IN (SELECT id FROM sites WHERE host_org_id = new.id);
    INSERT INTO site_search (rowid, text)
        SELECT s.id, s.code || ' ' || s.name || ' ' || s.domain || ' ' || new.name
        FROM sites s WHERE s.host_org_id = new.id;
END;
