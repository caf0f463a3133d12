-- The register is part of the archive: a row is never deleted, and only a reserved number changes, once, to issued
-- or voided (with its reason). (PostgreSQL only, like V2_1.)
CREATE FUNCTION letter_register_moves_forward() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status <> 'RESERVED' OR NEW.status NOT IN ('ISSUED', 'VOIDED')
            OR NEW.letter_number <> OLD.letter_number OR NEW.application_id <> OLD.application_id
            OR NEW.counter_name IS DISTINCT FROM OLD.counter_name
            OR NEW.sequence_value IS DISTINCT FROM OLD.sequence_value
            OR NEW.reserved_at <> OLD.reserved_at
            OR (NEW.status = 'VOIDED' AND (NEW.void_reason IS NULL OR NEW.voided_at IS NULL)) THEN
        RAISE EXCEPTION 'the letter register only moves a reserved number to issued or voided: % refused', TG_OP;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letter_register_moves_forward BEFORE UPDATE OR DELETE ON letter_register
    FOR EACH ROW EXECUTE FUNCTION letter_register_moves_forward();
