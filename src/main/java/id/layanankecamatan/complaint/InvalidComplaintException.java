package id.layanankecamatan.complaint;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import java.util.List;

/** A complaint (or a complainant's addition) that breaks a rule; nothing has been stored when this is thrown. */
public class InvalidComplaintException extends InvalidInputProblem {

    public InvalidComplaintException(List<FieldProblem> problems) {
        super("Data pengaduan belum benar", problems);
    }

    public InvalidComplaintException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }
}
