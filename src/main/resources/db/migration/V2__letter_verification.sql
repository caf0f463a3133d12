-- Public verification of issued letters (QR code and short code) and their revocation by the camat.

-- printed on the letter; letters issued before this version have none
ALTER TABLE letter ADD COLUMN verification_code VARCHAR(16);
ALTER TABLE letter ADD COLUMN signer_title VARCHAR(300);
CREATE UNIQUE INDEX letter_verification_code_idx ON letter (verification_code);
-- an uploaded PDF is looked up by its hash
CREATE INDEX letter_sha256_idx ON letter (sha256);

-- a letter is never changed; revoking it adds this record
CREATE TABLE letter_revocation (
    letter_id  BIGINT        PRIMARY KEY REFERENCES letter (id),
    reason     VARCHAR(1000) NOT NULL,
    revoked_by VARCHAR(100)  NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
