-- The SLA views read one month or the open work, never the whole history (issue 13: a city's years of
-- applications). Plain multi-column indexes, so that H2 has them too; on PostgreSQL each month is an index-only
-- range.

-- letters issued in a month (dashboard, monthly report): the range names the applications without visiting letters
CREATE INDEX letter_issued_idx ON letter (issued_at, application_id);

-- staff steps completed in a month, with all the monthly report counts of them; it also finds the open ones
-- (completed_at IS NULL), as the index it replaces did
CREATE INDEX sla_step_completed_idx ON sla_step (completed_at, outcome, step, completed_by, step_name);
DROP INDEX sla_step_open_idx;
