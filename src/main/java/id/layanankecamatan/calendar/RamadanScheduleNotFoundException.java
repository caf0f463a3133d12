package id.layanankecamatan.calendar;

import id.layanankecamatan.api.NotFoundProblem;

/** No Ramadan schedule with that id; the staff page answers 404 too, as the problem's status. */
public class RamadanScheduleNotFoundException extends NotFoundProblem {

    public RamadanScheduleNotFoundException() {
        super("Tidak ditemukan", "Jadwal Ramadan tidak ditemukan.");
    }
}
