package id.layanankecamatan.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Keeps the Ramadan schedules. Every change is one statement, committed at once, and then clears the calendar's
 * cache so that the next deadline already counts with it (deadlines computed before stay as they were).
 */
@Service
public class RamadanScheduleService {

    private final RamadanScheduleRepository schedules;
    private final RamadanSchedules cache;

    public RamadanScheduleService(RamadanScheduleRepository schedules, RamadanSchedules cache) {
        this.schedules = schedules;
        this.cache = cache;
    }

    public List<RamadanSchedule> inYear(int year) {
        return schedules.inYear(year);
    }

    public RamadanSchedule get(long id) {
        return schedules.find(id).orElseThrow(RamadanScheduleNotFoundException::new);
    }

    public RamadanSchedule create(RamadanScheduleRequest request) {
        RamadanSchedule input = RamadanScheduleValidation.validate(request);
        refuseOverlap(input, null);
        long id = schedules.insert(input);
        cache.invalidate();
        return get(id);
    }

    public RamadanSchedule update(long id, RamadanScheduleRequest request) {
        get(id);
        RamadanSchedule input = RamadanScheduleValidation.validate(request);
        refuseOverlap(input, id);
        if (!schedules.update(id, input)) {
            throw new RamadanScheduleNotFoundException();
        }
        cache.invalidate();
        return get(id);
    }

    public void delete(long id) {
        if (!schedules.delete(id)) {
            throw new RamadanScheduleNotFoundException();
        }
        cache.invalidate();
    }

    // two administrators entering overlapping ranges in the same second is not guarded; the calendar then uses the
    // earlier range, and the page shows both
    private void refuseOverlap(RamadanSchedule input, Long ownId) {
        schedules.overlapping(input.firstDay(), input.lastDay()).stream()
                .filter(other -> ownId == null || other.id() != ownId)
                .findFirst()
                .ifPresent(other -> {
                    throw new RamadanScheduleConflictException("Rentang " + range(input.firstDay(), input.lastDay())
                            + " bertumpang tindih dengan jadwal Ramadan " + range(other.firstDay(), other.lastDay())
                            + "; ubah jadwal yang ada.");
                });
    }

    private static String range(LocalDate first, LocalDate last) {
        return first + " s.d. " + last;
    }
}
