package id.layanankecamatan.calendar;

import id.layanankecamatan.application.FieldProblem;
import java.util.List;

/** The entered holiday has field errors; nothing was stored. */
public class InvalidHolidayException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidHolidayException(List<FieldProblem> problems) {
        super("Data hari libur belum benar: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
