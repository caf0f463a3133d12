package id.layanankecamatan.calendar;

import id.layanankecamatan.api.NotFoundProblem;

/** No holiday with that id; the staff page answers 404 too, as the problem's status. */
public class HolidayNotFoundException extends NotFoundProblem {

    public HolidayNotFoundException() {
        super("Tidak ditemukan", "Hari libur tidak ditemukan.");
    }
}
