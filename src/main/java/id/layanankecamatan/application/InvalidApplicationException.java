package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import java.util.List;

/** Input that breaks a rule; nothing has been stored when this is thrown. */
public class InvalidApplicationException extends InvalidInputProblem {

    public InvalidApplicationException(List<FieldProblem> problems) {
        super("Data permohonan belum benar", problems);
    }

    public InvalidApplicationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }
}
