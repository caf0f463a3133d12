package id.layanankecamatan.document;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LetterRepository {

    private final JdbcClient jdbc;

    public LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Letter letter) {
        jdbc.sql("""
                INSERT INTO letter (application_id, letter_number, pdf, sha256, signer_name, signer_nip,
                    signed_by_user, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(letter.applicationId(), letter.number(), letter.pdf(), letter.sha256(), letter.signerName(),
                        letter.signerNip(), letter.signedByUser(), letter.issuedAt())
                .update();
    }

    public Optional<Letter> findByApplicationId(long applicationId) {
        return jdbc.sql("SELECT * FROM letter WHERE application_id = ?").param(applicationId)
                .query((rs, n) -> new Letter(rs.getLong("application_id"), rs.getString("letter_number"),
                        rs.getBytes("pdf"), rs.getString("sha256"), rs.getString("signer_name"),
                        rs.getString("signer_nip"), rs.getString("signed_by_user"),
                        rs.getObject("issued_at", OffsetDateTime.class)))
                .optional();
    }
}
