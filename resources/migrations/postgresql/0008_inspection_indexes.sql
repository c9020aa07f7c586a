-- Schema version 8 (PostgreSQL): indexes for the inspection lists and the weekly figures at national scale
-- (100,000 sites, 10 million inspections; see bench/run and docs/benchmarks.md).

-- The week's failures of a unit's sites (weekly review: by item, failed inspections, worst sites):
-- read from the unit's sites instead of the whole country's week, and covering, so the failure
-- rows themselves are not visited.
CREATE INDEX inspection_failures_site ON inspection_failures(site_id, day, item_key, inspection_id);

-- The inspection list filtered to failed inspections: only the few that failed, per site and day.
CREATE INDEX inspections_failed ON inspections(site_id, day) WHERE failed > 0;

-- The weekly figures of rectification (opened, fixed, overdue at the week's end) for a unit's
-- items, read from the index alone.
CREATE INDEX rectifications_unit_dates ON rectifications(unit_id, opened_on, deadline, fixed_on, rechecked_on, closed_on, status);
