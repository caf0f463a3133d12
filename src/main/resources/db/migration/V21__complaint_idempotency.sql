-- A complaint sent again with the same Idempotency-Key (a retry after the connection dropped before the answer came)
-- answers with the complaint the first request made, as applications do (V7). Each key stands for exactly one of
-- an application or a complaint.
ALTER TABLE idempotency_key ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE idempotency_key ADD COLUMN complaint_id BIGINT REFERENCES complaint (id);
ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_one_target
    CHECK ((application_id IS NULL) <> (complaint_id IS NULL));
