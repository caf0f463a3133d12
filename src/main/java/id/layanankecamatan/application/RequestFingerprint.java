package id.layanankecamatan.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * SHA-256 of what a submission asks for: the service, the checked data (keys in a fixed order) and each file's
 * requirement and content hash. An idempotency key is bound to it, so a key can only ever answer the very same
 * request again.
 */
@Component
class RequestFingerprint {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper json;
    private final ObjectWriter canonical;

    RequestFingerprint(ObjectMapper json) {
        this.json = json;
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    String of(String serviceCode, ApplicantData applicant, Map<String, Object> details, List<UploadedFile> files) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service", serviceCode);
        // as maps, so that nested objects are written with sorted keys too
        request.put("applicant", json.convertValue(applicant, MAP));
        request.put("details", json.convertValue(details, MAP));
        // by requirement, as received: the photos of one requirement are pages in the order sent
        request.put("files", files.stream().sorted(Comparator.comparing(UploadedFile::requirementCode))
                .map(f -> List.of(f.requirementCode(), Hashes.sha256(f.content()))).toList());
        try {
            return Hashes.sha256(canonical.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
