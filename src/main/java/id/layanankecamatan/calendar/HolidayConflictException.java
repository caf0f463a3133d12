package id.layanankecamatan.calendar;

import id.layanankecamatan.api.ConflictProblem;

/** Another holiday already has that date. */
public class HolidayConflictException extends ConflictProblem {

    public HolidayConflictException(String message) {
        super("Tanggal sudah terpakai", message);
    }
}
