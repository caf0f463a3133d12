package id.layanankecamatan.calendar;

import id.layanankecamatan.api.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Keeps the holiday table. Every change is one statement, committed at once, and then clears the calendar's
 * cache so that the next deadline already counts with it (deadlines computed before stay as they were).
 */
@Service
public class HolidayService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final HolidayRepository holidays;
    private final HolidayDates dates;

    public HolidayService(HolidayRepository holidays, HolidayDates dates) {
        this.holidays = holidays;
        this.dates = dates;
    }

    public List<Holiday> inYear(int year) {
        return holidays.inYear(year);
    }

    public Holiday get(long id) {
        return holidays.find(id).orElseThrow(HolidayNotFoundException::new);
    }

    public Holiday create(HolidayRequest request) {
        HolidayInput input = validate(request);
        refuseTakenDate(input.date(), null);
        long id;
        try {
            id = holidays.insert(input);
        } catch (DuplicateKeyException sameDateAtTheSameMoment) {
            throw taken(input.date());
        }
        dates.invalidate();
        return get(id);
    }

    public Holiday update(long id, HolidayRequest request) {
        get(id);
        HolidayInput input = validate(request);
        refuseTakenDate(input.date(), id);
        try {
            if (!holidays.update(id, input)) {
                throw new HolidayNotFoundException();
            }
        } catch (DuplicateKeyException sameDateAtTheSameMoment) {
            throw taken(input.date());
        }
        dates.invalidate();
        return get(id);
    }

    public void delete(long id) {
        if (!holidays.delete(id)) {
            throw new HolidayNotFoundException();
        }
        dates.invalidate();
    }

    private void refuseTakenDate(LocalDate date, Long ownId) {
        Optional<Holiday> other = holidays.findByDate(date);
        if (other.isPresent() && (ownId == null || other.get().id() != ownId)) {
            throw taken(date);
        }
    }

    private static HolidayConflictException taken(LocalDate date) {
        return new HolidayConflictException("Tanggal " + date + " sudah tercatat sebagai hari libur; ubah data yang ada.");
    }

    static HolidayInput validate(HolidayRequest request) {
        HolidayRequest r = request == null ? new HolidayRequest(null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = null;
        if (blank(r.date())) {
            problems.add(new FieldProblem("date", "Tanggal wajib diisi (TTTT-BB-HH)."));
        } else {
            try {
                date = LocalDate.parse(r.date().strip());
                if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                    problems.add(new FieldProblem("date", "Tahun harus antara " + MIN_YEAR + " dan " + MAX_YEAR + "."));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", "Tanggal tidak dikenal; tulis TTTT-BB-HH, misalnya 2026-08-17."));
            }
        }
        String name = blank(r.name()) ? null : r.name().strip();
        if (name == null) {
            problems.add(new FieldProblem("name", "Nama hari libur wajib diisi."));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "Nama hari libur paling banyak 200 karakter."));
        }
        HolidayKind kind = null;
        if (blank(r.kind())) {
            problems.add(new FieldProblem("kind", "Jenis wajib dipilih: NATIONAL, CUTI_BERSAMA atau LOCAL."));
        } else {
            try {
                kind = HolidayKind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("kind", "Jenis harus NATIONAL, CUTI_BERSAMA atau LOCAL."));
            }
        }
        String decree = blank(r.decree()) ? null : r.decree().strip();
        if (decree == null && kind != null && kind != HolidayKind.LOCAL) {
            // the decree is what makes a national holiday or cuti bersama checkable
            problems.add(new FieldProblem("decree", "Dasar penetapan (nomor SKB) wajib diisi untuk libur nasional dan cuti bersama."));
        } else if (decree != null && decree.length() > 300) {
            problems.add(new FieldProblem("decree", "Dasar penetapan paling banyak 300 karakter."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidHolidayException(problems);
        }
        return new HolidayInput(date, name, kind, decree);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
