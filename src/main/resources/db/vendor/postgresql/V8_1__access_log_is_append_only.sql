-- The access log is evidence: the database refuses to change, delete or empty it (refuse_archive_change from V2_1).
CREATE TRIGGER personal_data_access_is_immutable BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION refuse_archive_change();
CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_archive_change();
