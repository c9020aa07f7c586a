-- Schema version 16: the annual reports of 国办函〔2018〕12号 (docs/design/annual-reports.md).
-- kind 'office': the 政府网站监管年度报表 of an office (org_id) for its jurisdiction; kind 'site': the
-- 政府网站工作年度报表 of one site (site_id), kept by the site's unit (org_id). The figures SiteGov
-- knows are computed when the report is shown or exported (storage/AnnualReportQueries) and, when it
-- is signed, kept as they stood (figures_json), so that a signed or published report does not change
-- when later data arrives. `fields_json` holds what the office or the unit entered, one key a field
-- (core/AnnualReport). State: draft -> signed -> published; only a draft takes changes (trigger).
-- Every change is audited (audit_log, object type annual_report) by the service.

CREATE TABLE annual_reports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('office', 'site')),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    org_id        INTEGER NOT NULL REFERENCES organisations(id),
    site_id       INTEGER REFERENCES sites(id),
    state         TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed', 'published')),
    fields_json   TEXT    NOT NULL DEFAULT '{}',
    figures_json  TEXT,                      -- the computed figures as signed; NULL while a draft
    created_by    TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    signed_by     TEXT,
    signed_at     TEXT,
    published_by  TEXT,
    published_at  TEXT,
    CHECK ((kind = 'office') = (site_id IS NULL)),
    CHECK (state = 'draft' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL AND figures_json IS NOT NULL)),
    CHECK (state <> 'published' OR (published_by IS NOT NULL AND published_at IS NOT NULL))
);
CREATE UNIQUE INDEX annual_reports_office ON annual_reports(org_id, year) WHERE site_id IS NULL;
CREATE UNIQUE INDEX annual_reports_site ON annual_reports(site_id, year) WHERE site_id IS NOT NULL;
CREATE INDEX annual_reports_year ON annual_reports(year, state);

-- A signed or published report keeps its fields and figures; only the state moves forward.
CREATE TRIGGER annual_reports_locked BEFORE UPDATE ON annual_reports
WHEN OLD.state <> 'draft' AND (NEW.fields_json <> OLD.fields_json OR NEW.figures_json IS NOT OLD.figures_json
    OR (OLD.state = 'published' AND NEW.state <> 'published') OR NEW.state = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'annual report is signed');
END;
