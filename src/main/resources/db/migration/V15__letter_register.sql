-- The letter register (issue 13): every register number ever given out, issued or not. A number is taken in a short
-- transaction of its own, so the counter row is locked for milliseconds and not while the letter is rendered and
-- signed. A number whose letter was not issued stays here as voided (batal) with the reason: the register has no
-- silent gaps. A number left RESERVED by a crash is given again to the same application's next attempt.
CREATE TABLE letter_register (
    letter_number  VARCHAR(64)   PRIMARY KEY,
    -- the counter and place in its sequence; unknown for letters numbered before the register existed
    counter_name   VARCHAR(64),
    sequence_value BIGINT,
    -- no foreign key: checking it would wait for the application row, which the signing transaction holds locked
    -- while it waits for this number (LetterRegister takes numbers on connections of its own)
    application_id BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    reserved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    void_reason    VARCHAR(1000),
    voided_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letter_register_status CHECK (status IN ('RESERVED', 'ISSUED', 'VOIDED'))
);
CREATE INDEX letter_register_application_idx ON letter_register (application_id, status);

INSERT INTO letter_register (letter_number, application_id, status, reserved_at)
    SELECT letter_number, application_id, 'ISSUED', issued_at FROM letter;

-- a letter carries a number of the register
ALTER TABLE letter ADD CONSTRAINT letter_number_registered FOREIGN KEY (letter_number)
    REFERENCES letter_register (letter_number);
