-- The application-level service record beside its due time (V3): when the promised completion time was
-- passed (recorded once, by the overall deadline watch), and the one extension an officer may grant.
ALTER TABLE application ADD COLUMN breached_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN extended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN extended_by VARCHAR(100);
ALTER TABLE application ADD COLUMN extension_reason VARCHAR(1000);
