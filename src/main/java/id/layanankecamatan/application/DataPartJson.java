package id.layanankecamatan.application;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.stereotype.Component;

/**
 * Reads the "data" part of the citizen API with limits a real application never reaches: a document of at most
 * 100 000 characters, 20 levels of nesting, and no key given twice ({"name":"a","name":"b"} would otherwise keep
 * whichever came last). Every breach is a field problem on "data" with an Indonesian message, never a 500.
 */
@Component
public class DataPartJson {

    static final int MAX_DOCUMENT_LENGTH = 100_000;
    static final int MAX_NESTING_DEPTH = 20;

    private final ObjectMapper json;

    public DataPartJson(ObjectMapper springMapper) {
        this.json = springMapper.copy();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_LENGTH).maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_DOCUMENT_LENGTH).build());
        this.json.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The part as a JSON object; null when it is absent or blank and not {@code required}. */
    public JsonNode object(String data, boolean required) {
        if (data == null || data.isBlank()) {
            if (required) {
                throw new InvalidApplicationException("data", "Data pemohon wajib dikirim (bagian 'data', JSON).");
            }
            return null;
        }
        if (data.length() > MAX_DOCUMENT_LENGTH) {
            throw tooLarge();
        }
        JsonNode tree;
        try {
            tree = json.readTree(data);
        } catch (StreamConstraintsException e) {
            throw e.getMessage() != null && e.getMessage().contains("nesting")
                    ? new InvalidApplicationException("data", "Data pemohon terlalu bertingkat (paling banyak "
                            + MAX_NESTING_DEPTH + " tingkat).")
                    : tooLarge();
        } catch (JsonProcessingException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw new InvalidApplicationException("data", "Data pemohon memuat isian yang sama lebih dari sekali ('"
                        + duplicateName(e) + "').");
            }
            throw new InvalidApplicationException("data", "Data pemohon bukan JSON yang sah.");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidApplicationException("data", "Data pemohon harus berupa objek JSON.");
        }
        return tree;
    }

    /** The applicant's own fields of the part; a field of the wrong shape (e.g. a list for the name) is named. */
    public ApplicantData applicant(JsonNode fields) {
        if (fields == null) {
            return null;
        }
        try {
            ApplicantData applicant = json.treeToValue(fields, ApplicantData.class);
            // a field given empty counts: it clears that field
            return applicant.isEmpty() ? null : applicant;
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "data" : e.getPath().get(0).getFieldName();
            throw new InvalidApplicationException(field == null ? "data" : field,
                    "Isian ini harus berupa teks, bukan daftar atau objek.");
        } catch (JsonProcessingException e) {
            throw new InvalidApplicationException("data", "Data pemohon bukan JSON yang sah.");
        }
    }

    private static InvalidApplicationException tooLarge() {
        return new InvalidApplicationException("data", "Data pemohon terlalu besar (paling banyak "
                + MAX_DOCUMENT_LENGTH / 1000 + " ribu karakter).");
    }

    private static String duplicateName(JsonProcessingException e) {
        // Jackson: Duplicate field 'name'
        String message = e.getOriginalMessage();
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        String name = start >= 0 && end > start ? message.substring(start + 1, end) : "?";
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}
