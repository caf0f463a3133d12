package id.layanankecamatan.calendar;

import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.FieldProblem;
import java.net.URI;
import java.time.Year;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The holiday table for staff (read) and administrators (write); who may do which is decided in {@link id.layanankecamatan.security.SecurityConfiguration}. */
@ApiController(expectedBody = "Kirim data hari libur sebagai JSON: {\"date\", \"name\", \"kind\", \"decree\"}.")
public class HolidayApiController {

    static final String PATH = "/api/v1/holidays";

    private final HolidayService holidays;
    private final WorkingCalendar calendar;

    public HolidayApiController(HolidayService holidays, WorkingCalendar calendar) {
        this.holidays = holidays;
        this.calendar = calendar;
    }

    /** Without {@code year}: the current year in the office's time zone. */
    @GetMapping(PATH)
    public List<Holiday> list(@RequestParam(required = false) Integer year) {
        return holidays.inYear(checkedYear(year, calendar));
    }

    /** The asked year, or the current one in the office's time zone; refused outside the years the tables keep. */
    static int checkedYear(Integer year, WorkingCalendar calendar) {
        int chosen = year == null ? Year.now(calendar.zone()).getValue() : year;
        if (chosen < HolidayService.MIN_YEAR || chosen > HolidayService.MAX_YEAR) {
            throw new InvalidHolidayException(List.of(new FieldProblem("year",
                    "Tahun harus antara " + HolidayService.MIN_YEAR + " dan " + HolidayService.MAX_YEAR + ".")));
        }
        return chosen;
    }

    @GetMapping(PATH + "/{id}")
    public Holiday get(@PathVariable long id) {
        return holidays.get(id);
    }

    @PostMapping(PATH)
    public ResponseEntity<Holiday> create(@RequestBody HolidayRequest request) {
        Holiday created = holidays.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @PutMapping(PATH + "/{id}")
    public Holiday update(@PathVariable long id, @RequestBody HolidayRequest request) {
        return holidays.update(id, request);
    }

    @DeleteMapping(PATH + "/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        holidays.delete(id);
        return ResponseEntity.noContent().build();
    }
}
