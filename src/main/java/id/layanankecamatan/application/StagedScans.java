package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.calendar.OfficeClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Scans a browser uploaded one at a time while its form is still open, so that on a weak connection each photo
 * travels once and a failed submission is retried without sending them again. A staged scan belongs to one
 * rendered form: its scope is the hash of that form's session-scoped key, so its id alone is worth nothing to
 * anyone else. They are only already-checked, normalised files; the submission checks them again with the rest.
 */
@Repository
public class StagedScans {

    /** A form left open longer than this is stale anyway (its key lives 24 hours too). */
    static final Duration UNSENT_LIFETIME = Duration.ofHours(24);
    /** Kept briefly after the submission so that a double tap resolves to the same files and the same receipt. */
    static final Duration SENT_LIFETIME = Duration.ofHours(1);
    /** Per form: a few photos for each requirement, removals and retries included. */
    public static final int MAX_PER_FORM = 40;

    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final SecureRandom random = new SecureRandom();

    public StagedScans(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The scope of a form, from its key as the portal scopes it to the session. */
    public static String scopeOf(String scopedFormKey) {
        return Hashes.sha256(("staged:" + scopedFormKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores one checked scan and returns its id, or refuses when the form has staged too many already. */
    public String stage(String scope, String serviceCode, UploadedFile scan) {
        int staged = jdbc.sql("SELECT COUNT(*) FROM staged_scan WHERE scope_hash = ?").param(scope)
                .query(Integer.class).single();
        if (staged >= MAX_PER_FORM) {
            throw new InvalidApplicationException(scan.requirementCode(), "Terlalu banyak berkas diunggah untuk "
                    + "formulir ini. Muat ulang halaman formulir, lalu unggah lagi berkas yang diperlukan.");
        }
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        jdbc.sql("""
                INSERT INTO staged_scan (id, scope_hash, service_code, requirement_code, file_name, content, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, scope, serviceCode, scan.requirementCode(), fileName(scan), scan.content(), clock.now())
                .update();
        return id;
    }

    /**
     * The staged scans a submission names, per requirement in the order given. An id of another form, another
     * service or another requirement, or one already deleted, counts as missing: the citizen is asked to upload
     * that document again.
     */
    public List<UploadedFile> take(String scope, String serviceCode, Map<String, List<String>> idsByRequirement) {
        List<UploadedFile> files = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        idsByRequirement.forEach((requirement, ids) -> {
            for (String id : ids) {
                Optional<UploadedFile> scan = find(scope, serviceCode, requirement, id);
                scan.ifPresentOrElse(files::add, () -> missing.put(requirement, "Foto atau berkas yang sudah "
                        + "diunggah untuk dokumen ini tidak ditemukan lagi (kedaluwarsa). Unggah ulang dokumen ini."));
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidApplicationException(missing.entrySet().stream()
                    .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        }
        return files;
    }

    /** Which of the given ids this form still holds (a page reloaded after hours asks before showing them). */
    public List<String> kept(String scope, String serviceCode, List<String> ids) {
        return ids.stream().limit(MAX_PER_FORM).filter(id -> jdbc.sql(
                        "SELECT COUNT(*) FROM staged_scan WHERE id = ? AND scope_hash = ? AND service_code = ?")
                .params(id, scope, serviceCode).query(Integer.class).single() > 0).toList();
    }

    private Optional<UploadedFile> find(String scope, String serviceCode, String requirement, String id) {
        return jdbc.sql("""
                SELECT file_name, content FROM staged_scan
                WHERE id = ? AND scope_hash = ? AND service_code = ? AND requirement_code = ?""")
                .params(id, scope, serviceCode, requirement)
                .query((rs, n) -> new UploadedFile(requirement, rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    /** The form was submitted: its staged scans now live in the application and go after a short grace time. */
    public void submitted(String scope) {
        jdbc.sql("UPDATE staged_scan SET submitted_at = ? WHERE scope_hash = ? AND submitted_at IS NULL")
                .params(clock.now(), scope).update();
    }

    /** Scans are personal data: nothing staged outlives its purpose (see the retention note in V14). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public int deleteExpired() {
        OffsetDateTime now = clock.now();
        return jdbc.sql("DELETE FROM staged_scan WHERE created_at <= ? OR submitted_at <= ?")
                .params(now.minus(UNSENT_LIFETIME), now.minus(SENT_LIFETIME)).update();
    }

    /** As given; it is made safe where it is stored for good (ApplicationService). */
    private static String fileName(UploadedFile scan) {
        String name = scan.originalName() == null ? "" : scan.originalName();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
