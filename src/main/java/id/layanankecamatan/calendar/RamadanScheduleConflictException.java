package id.layanankecamatan.calendar;

import id.layanankecamatan.api.ConflictProblem;

/** Another Ramadan schedule already covers some of the dates. */
public class RamadanScheduleConflictException extends ConflictProblem {

    public RamadanScheduleConflictException(String message) {
        super("Tanggal sudah terpakai", message);
    }
}
