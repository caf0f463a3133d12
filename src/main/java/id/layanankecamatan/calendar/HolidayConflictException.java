package id.layanankecamatan.calendar;

/** Another holiday already has that date. */
public class HolidayConflictException extends RuntimeException {

    public HolidayConflictException(String message) {
        super(message);
    }
}
