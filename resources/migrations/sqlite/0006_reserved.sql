-- Schema version 6 belongs to main (inspections, issue 6), which is not merged into this branch yet.
-- This file only keeps the numbering without gaps until then (the migrator and TestMigrations
-- require every version to hold a statement); merging main replaces it with main's 0006.
SELECT 6;
