package id.layanankecamatan.application;

import java.util.List;

/** Input that breaks a rule; nothing has been stored when this is thrown. */
public class InvalidApplicationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidApplicationException(List<FieldProblem> problems) {
        super("Data permohonan belum benar.");
        this.problems = List.copyOf(problems);
    }

    public InvalidApplicationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
