package id.layanankecamatan.calendar;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import java.util.List;

/** The entered holiday has field errors; nothing was stored. */
public class InvalidHolidayException extends InvalidInputProblem {

    public InvalidHolidayException(List<FieldProblem> problems) {
        super("Data hari libur belum benar", problems);
    }
}
