package id.layanankecamatan.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.layanankecamatan.application.Hashes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of what a checked complaint asks for: its words as the checks left them (keys in a fixed order) and each
 * attachment's content hash. An idempotency key is bound to it, so a key can only ever answer the very same
 * complaint again.
 */
final class ComplaintFingerprint {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ComplaintFingerprint() {
    }

    static String of(ComplaintChecks.Checked checked) {
        ComplaintSubmission s = checked.submission();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", checked.type().name());
        request.put("channel", checked.channel().name());
        request.put("text", s.text());
        request.put("registrationNumber", s.registrationNumber());
        request.put("name", s.name());
        request.put("phone", s.phone());
        request.put("email", s.email());
        request.put("confidential", s.confidential());
        request.put("laporReference", s.laporReference());
        request.put("enteredBy", s.enteredBy());
        // by content, whatever the file names: the same photos sent again are the same complaint
        List<String> files = checked.files().stream().map(f -> Hashes.sha256(f.content()))
                .sorted(Comparator.naturalOrder()).toList();
        request.put("files", files);
        try {
            return Hashes.sha256(CANONICAL.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
