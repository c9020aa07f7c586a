-- Schema version 14: error-report tickets (我为政府网站找错) and the office's working-day calendar.
-- A ticket is a message of the national platform passed to the site's unit, which must deal with it
-- within 3 working days (docs/design/domain.md); the deadline is computed when the ticket is received
-- (core/WorkCalendar) and kept, so that a later calendar does not move deadlines already given.
-- Standard SQL only, as the PostgreSQL schema will have it too.

CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY,
    message_no   TEXT    NOT NULL UNIQUE CHECK (length(trim(message_no)) > 0), -- the platform's 留言编号
    site_id      INTEGER NOT NULL REFERENCES sites(id),
    unit_id      INTEGER NOT NULL REFERENCES organisations(id), -- the site's unit when it was received
    person_id    INTEGER REFERENCES persons(id),                -- its responsible person then, if any
    kind         TEXT    NOT NULL CHECK (kind IN ('late', 'inaccurate', 'unanswered', 'unusable')),
    body         TEXT    NOT NULL CHECK (length(trim(body)) > 0),
    received_at  TEXT    NOT NULL, -- office time, 2026-09-30T16:20
    received_on  TEXT    NOT NULL, -- its day
    deadline     TEXT    NOT NULL, -- the 3rd working day after received_on
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'replied', 'closed')),
    valid        INTEGER CHECK (valid IN (0, 1)), -- NULL until verified
    reply        TEXT,
    replied_on   TEXT,
    replied_by   TEXT,
    verified_on  TEXT,
    verified_by  TEXT,
    closed_on    TEXT,
    closed_by    TEXT,
    source       TEXT    NOT NULL CHECK (source IN ('manual', 'import')),
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK (deadline > received_on),
    CHECK (status <> 'closed' OR closed_on IS NOT NULL)
);
CREATE INDEX tickets_open ON tickets(status, deadline);
CREATE INDEX tickets_unit ON tickets(unit_id, received_on);
CREATE INDEX tickets_site ON tickets(site_id);
CREATE INDEX tickets_received ON tickets(received_on);

-- Years of the holiday arrangement the office imported (sitegovctl calendar import); a year here
-- replaces the one shipped with the program (resources/calendar).
CREATE TABLE calendar_years (
    year         INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL,
    data         TEXT    NOT NULL, -- the file's JSON, as core/WorkCalendar reads it
    imported_at  TEXT    NOT NULL,
    imported_by  TEXT    NOT NULL
);
