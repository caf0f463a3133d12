-- The application-level service record beside its due time (V3): paused office time, when the promised
-- completion time was passed (recorded once, by the overall deadline watch), and the one extension.
ALTER TABLE application ADD COLUMN breached_at TIMESTAMP WITH TIME ZONE;
-- office time the clock stood still while the office waited for the citizen's corrections
ALTER TABLE application ADD COLUMN paused_minutes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE application ADD COLUMN extended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN extended_by VARCHAR(100);
ALTER TABLE application ADD COLUMN extension_reason VARCHAR(1000);
