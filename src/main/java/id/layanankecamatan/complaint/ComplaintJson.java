package id.layanankecamatan.complaint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.application.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a complaint sent to the API: a JSON object with the fields below, strictly (an unknown field or a field of
 * the wrong shape is named, never ignored), as the body or as the multipart part "data".
 */
final class ComplaintJson {

    static final Set<String> TEXT_FIELDS = Set.of("type", "channel", "text", "registrationNumber", "name", "phone",
            "email", "laporReference");
    static final String CONFIDENTIAL = "confidential";
    static final String EXPECTED = "Kirim JSON {\"type\": \"PENGADUAN|SARAN|INFORMASI\", \"text\": \"…\"} dengan isian "
            + "opsional registrationNumber, name, phone, email, confidential (true/false), laporReference.";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ComplaintJson() {
    }

    /** The "data" part of a multipart request. */
    static JsonNode part(String data) {
        if (data == null || data.isBlank()) {
            throw new InvalidComplaintException("data", "Bagian 'data' (JSON pengaduan) wajib dikirim.");
        }
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new InvalidComplaintException("data", "Bagian 'data' bukan JSON yang sah. " + EXPECTED);
        }
    }

    static ComplaintSubmission submission(JsonNode body, List<UploadedFile> files) {
        if (body == null || !body.isObject()) {
            throw new InvalidComplaintException("data", "Pengaduan harus berupa objek JSON. " + EXPECTED);
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!TEXT_FIELDS.contains(name) && !CONFIDENTIAL.equals(name)) {
                problems.add(new FieldProblem(name, "Isian tidak dikenal. " + EXPECTED));
            }
        });
        String[] values = new String[TEXT_FIELDS.size()];
        List<String> names = List.of("type", "channel", "text", "registrationNumber", "name", "phone", "email",
                "laporReference");
        for (int i = 0; i < names.size(); i++) {
            JsonNode value = body.get(names.get(i));
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(new FieldProblem(names.get(i), "Isian ini harus berupa teks."));
            } else if (value != null && value.isTextual()) {
                values[i] = value.textValue();
            }
        }
        JsonNode confidential = body.get(CONFIDENTIAL);
        if (confidential != null && !confidential.isNull() && !confidential.isBoolean()) {
            problems.add(new FieldProblem(CONFIDENTIAL, "Isian ini harus true atau false."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidComplaintException(problems);
        }
        // the citizen API is the portal's channel; a client that names none means it
        String channel = values[1] == null ? ComplaintChannel.PORTAL.name() : values[1];
        return new ComplaintSubmission(values[0], channel, values[2], values[3], values[4], values[5], values[6],
                confidential != null && confidential.booleanValue(), values[7], files, null);
    }
}
