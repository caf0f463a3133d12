-- Idempotency keys, scoped to their client and bound to the request they first came with (security review H1).
-- Only hashes are kept: scope_hash = SHA-256 of the scoped key ("api:" + key, or the portal session's key),
-- request_hash = SHA-256 fingerprint of service, data and files. A key lives 24 hours.
CREATE TABLE idempotency_key (
    scope_hash     VARCHAR(64) PRIMARY KEY,
    request_hash   VARCHAR(64) NOT NULL,
    application_id BIGINT      NOT NULL REFERENCES application (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- The old global, unscoped key is dropped with its unique constraint. Its values cannot be bound to a request
-- afterwards, so they are not carried over: a retry across the upgrade simply counts as a new request.
ALTER TABLE application DROP COLUMN idempotency_key;
