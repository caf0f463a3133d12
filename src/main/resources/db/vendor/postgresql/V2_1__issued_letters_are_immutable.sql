-- Issued letters and their revocations are the office's archive: the database refuses to change or delete them.
-- (PostgreSQL only; the embedded H2 of the demo has no PL/pgSQL.)
CREATE FUNCTION refuse_archive_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the archive table % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letter_is_immutable BEFORE UPDATE OR DELETE ON letter
    FOR EACH ROW EXECUTE FUNCTION refuse_archive_change();
CREATE TRIGGER letter_revocation_is_immutable BEFORE UPDATE OR DELETE ON letter_revocation
    FOR EACH ROW EXECUTE FUNCTION refuse_archive_change();
