package id.layanankecamatan.verification;

import id.layanankecamatan.signing.SignatureCertificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads issued letters with their revocation; a revocation is the only thing ever added to a letter. */
@Repository
public class LetterArchive {

    private static final String SELECT = """
            SELECT l.id, l.letter_number, l.verification_code, a.service_code, a.applicant_name, l.signer_name,
                   l.signer_title, l.sha256, l.issued_at, l.signing_certificate, r.reason, r.revoked_by, r.revoked_at
            FROM letter l JOIN application a ON a.id = l.application_id
            LEFT JOIN letter_revocation r ON r.letter_id = l.id
            """;

    private final JdbcClient jdbc;

    public LetterArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ArchivedLetter> byVerificationCode(String code) {
        return jdbc.sql(SELECT + " WHERE l.verification_code = ?").param(code).query(LetterArchive::row).optional();
    }

    public Optional<ArchivedLetter> bySha256(String sha256) {
        return jdbc.sql(SELECT + " WHERE l.sha256 = ?").param(sha256).query(LetterArchive::row).optional();
    }

    /** Newest first; {@code numberContains} narrows the list by register number. */
    public List<ArchivedLetter> latest(String numberContains, int limit) {
        String filter = numberContains == null ? "" : numberContains.strip();
        return jdbc.sql(SELECT + " WHERE l.verification_code IS NOT NULL AND l.letter_number LIKE ?"
                        + " ORDER BY l.issued_at DESC, l.id DESC LIMIT ?")
                .params("%" + filter.replace("%", "").replace("_", "") + "%", limit)
                .query(LetterArchive::row).list();
    }

    public void addRevocation(long letterId, String reason, String revokedBy, OffsetDateTime at) {
        jdbc.sql("INSERT INTO letter_revocation (letter_id, reason, revoked_by, revoked_at) VALUES (?, ?, ?, ?)")
                .params(letterId, reason, revokedBy, at).update();
    }

    public Optional<Long> applicationIdOf(long letterId) {
        return jdbc.sql("SELECT application_id FROM letter WHERE id = ?").param(letterId).query(Long.class)
                .optional();
    }

    private static ArchivedLetter row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason");
        return new ArchivedLetter(rs.getLong("id"), rs.getString("letter_number"), rs.getString("verification_code"),
                rs.getString("service_code"), rs.getString("applicant_name"), rs.getString("signer_name"),
                rs.getString("signer_title"), rs.getString("sha256"), rs.getObject("issued_at", OffsetDateTime.class),
                SignatureCertificate.valueOf(rs.getString("signing_certificate")),
                reason == null ? null : new ArchivedLetter.Revocation(reason, rs.getString("revoked_by"),
                        rs.getObject("revoked_at", OffsetDateTime.class)));
    }
}
