-- Schema version 13: sending confirmed assessments to sitegov-server (net/AssessmentSender).
-- Several consoles (and sitegovctl) may work on one database: before one of them puts an assessment
-- on the wire it claims the outbox row for a while, so that two of them never send it at the same
-- time. A claim that has run out (its program ended mid-send) may be taken by the next sender.
-- Standard SQL only (ALTER TABLE ... ADD COLUMN), as the PostgreSQL schema has it too.

ALTER TABLE assessment_outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE assessment_outbox ADD COLUMN claimed_until TEXT;        -- UTC, ISO 8601
-- Whether the backend had to be told about the site first (PUT /api/v1/sites/{code}), and when.
ALTER TABLE assessment_outbox ADD COLUMN site_registered_at TEXT;
