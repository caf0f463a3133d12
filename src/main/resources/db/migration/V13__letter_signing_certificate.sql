-- Which certificate signed each letter (issue 12): the office's, the signer's own, or the signer's own from BSrE.
-- Letters issued before this version were all signed with the office certificate. ADD COLUMN with a default
-- fills the existing rows without an UPDATE, so the append-only trigger on PostgreSQL is not involved.
ALTER TABLE letter ADD COLUMN signing_certificate VARCHAR(16) DEFAULT 'OFFICE' NOT NULL;
