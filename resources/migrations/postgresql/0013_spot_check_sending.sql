-- Schema version 13 (PostgreSQL): sending confirmed assessments to sitegov-server
-- (net/AssessmentSender). The same columns as the SQLite migration (see it for what they are for):
-- before a console puts an assessment on the wire it claims the outbox row for a while, so that two
-- consoles never send it at the same time; a claim that has run out may be taken by the next sender.

ALTER TABLE assessment_outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE assessment_outbox ADD COLUMN claimed_until TEXT;        -- UTC, ISO 8601
-- Whether the backend had to be told about the site first (PUT /api/v1/sites/{code}), and when.
ALTER TABLE assessment_outbox ADD COLUMN site_registered_at TEXT;
