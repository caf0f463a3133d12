package id.layanankecamatan.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * 400: input that breaks a rule; nothing has been stored. With field problems the body lists them as
 * {@code errors} (each field with its message), so a form can mark them.
 */
public class InvalidInputProblem extends ApiProblem {

    public static final String CHECK_MARKED_FIELDS = "Periksa kembali isian yang ditandai.";

    private final transient List<FieldProblem> problems;

    public InvalidInputProblem(String title, List<FieldProblem> problems) {
        this(title, CHECK_MARKED_FIELDS, problems);
    }

    public InvalidInputProblem(String title, String detail) {
        this(title, detail, List.of());
    }

    public InvalidInputProblem(String title, String detail, List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, title, detail);
        this.problems = List.copyOf(problems);
    }

    /** Empty when the refusal names no field. */
    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail body = super.getBody();
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems);
        }
        return body;
    }
}
