package id.layanankecamatan.application;

/** One rejected field with an Indonesian message for the citizen. */
public record FieldProblem(String field, String message) {
}
