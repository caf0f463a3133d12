package id.layanankecamatan.api;

/** One rejected field with an Indonesian message for the citizen or officer who filled it in. */
public record FieldProblem(String field, String message) {
}
