package id.layanankecamatan.calendar;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import java.util.List;

/** The entered Ramadan schedule has field errors; nothing was stored. */
public class InvalidRamadanScheduleException extends InvalidInputProblem {

    public InvalidRamadanScheduleException(List<FieldProblem> problems) {
        super("Data jadwal Ramadan belum benar", problems);
    }
}
