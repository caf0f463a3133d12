package id.layanankecamatan.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class HolidayNotFoundException extends RuntimeException {

    public HolidayNotFoundException() {
        super("Hari libur tidak ditemukan.");
    }
}
