-- Schema version 15 is the reposts migration (issue 20 part 1, built on its own branch). This file
-- only keeps the numbering 1, 2, 3 without gaps on the annual-reports branch until that migration
-- lands; the merge replaces it with the reposts migration.
SELECT 1;
