-- Photos and scans a citizen's browser uploaded one by one while the application form is still open (issue 17:
-- on a weak connection each file travels once, and a retry sends only what is missing). They belong to one
-- rendered form (scope_hash = SHA-256 of the form's session-scoped key) and are copied into the application's
-- attachments when it is submitted. Retention: deleted one hour after that submission, and in any case 24 hours
-- after upload when the form was never sent.
CREATE TABLE staged_scan (
    id               VARCHAR(40)  PRIMARY KEY,
    scope_hash       VARCHAR(64)  NOT NULL,
    service_code     VARCHAR(64)  NOT NULL,
    requirement_code VARCHAR(64)  NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    content          BYTEA        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staged_scan_scope_idx ON staged_scan (scope_hash);
CREATE INDEX staged_scan_created_idx ON staged_scan (created_at);
