package id.layanankecamatan.calendar;

import id.layanankecamatan.api.ApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Ramadan schedules, beside the holidays and guarded like them: staff read, administrators write
 * ({@link id.layanankecamatan.security.SecurityConfiguration}).
 */
@ApiController(expectedBody = "Kirim jadwal Ramadan sebagai JSON: {\"firstDay\", \"lastDay\", \"opens\", \"closes\", "
        + "\"breakStart\", \"breakEnd\", \"fridayOpens\", \"fridayCloses\", \"fridayBreakStart\", \"fridayBreakEnd\", "
        + "\"decree\"}.")
public class RamadanScheduleApiController {

    static final String PATH = HolidayApiController.PATH + "/ramadan";

    private final RamadanScheduleService schedules;
    private final WorkingCalendar calendar;

    public RamadanScheduleApiController(RamadanScheduleService schedules, WorkingCalendar calendar) {
        this.schedules = schedules;
        this.calendar = calendar;
    }

    /** The schedules with a day in the year; without {@code year}: the current year in the office's time zone. */
    @GetMapping(PATH)
    public List<RamadanSchedule> list(@RequestParam(required = false) Integer year) {
        return schedules.inYear(HolidayApiController.checkedYear(year, calendar));
    }

    @GetMapping(PATH + "/{id}")
    public RamadanSchedule get(@PathVariable long id) {
        return schedules.get(id);
    }

    @PostMapping(PATH)
    public ResponseEntity<RamadanSchedule> create(@RequestBody RamadanScheduleRequest request) {
        RamadanSchedule created = schedules.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @PutMapping(PATH + "/{id}")
    public RamadanSchedule update(@PathVariable long id, @RequestBody RamadanScheduleRequest request) {
        return schedules.update(id, request);
    }

    @DeleteMapping(PATH + "/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }
}
