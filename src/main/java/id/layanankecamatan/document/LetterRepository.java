package id.layanankecamatan.document;

import id.layanankecamatan.signing.SignatureCertificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued letters are only ever inserted: no update or delete here (PostgreSQL enforces it with a trigger). */
@Repository
public class LetterRepository {

    private final JdbcClient jdbc;

    public LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Letter letter) {
        jdbc.sql("""
                INSERT INTO letter (application_id, letter_number, verification_code, pdf, sha256, signer_name,
                    signer_nip, signer_title, signed_by_user, issued_at, signing_certificate)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(letter.applicationId(), letter.number(), letter.verificationCode(), letter.pdf(),
                        letter.sha256(), letter.signerName(), letter.signerNip(), letter.signerTitle(),
                        letter.signedByUser(), letter.issuedAt(), letter.certificate().name())
                .update();
    }

    public Optional<Letter> findByApplicationId(long applicationId) {
        return jdbc.sql("SELECT * FROM letter WHERE application_id = ?").param(applicationId)
                .query(LetterRepository::letter).optional();
    }

    public Optional<Letter> findByVerificationCode(String code) {
        return jdbc.sql("SELECT * FROM letter WHERE verification_code = ?").param(code)
                .query(LetterRepository::letter).optional();
    }

    public Optional<Letter> findBySha256(String sha256) {
        return jdbc.sql("SELECT * FROM letter WHERE sha256 = ?").param(sha256)
                .query(LetterRepository::letter).optional();
    }

    private static Letter letter(ResultSet rs, int row) throws SQLException {
        return new Letter(rs.getLong("application_id"), rs.getString("letter_number"),
                rs.getString("verification_code"), rs.getBytes("pdf"), rs.getString("sha256"),
                rs.getString("signer_name"), rs.getString("signer_nip"), rs.getString("signer_title"),
                rs.getString("signed_by_user"), rs.getObject("issued_at", OffsetDateTime.class),
                SignatureCertificate.valueOf(rs.getString("signing_certificate")));
    }
}
