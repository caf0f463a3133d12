package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The service-specific data of an application checked as a whole: each field by its definition
 * ({@link DetailsValidator}), then the rules the law sets across fields and in time that the catalogue gives a
 * field: a minimum age on a date (the marriage age, from the birth date in the NIK) and a lead time before a date
 * (the police's notice period for an event, counted from the promised completion). One check for the portal, the
 * API, the counter and both corrections, so each refuses with the same words on the same field.
 */
@Component
public class ServiceDataCheck {

    private static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private final DetailsValidator fields;
    private final WorkingCalendar calendar;
    private final OfficeClock clock;

    public ServiceDataCheck(DetailsValidator fields, WorkingCalendar calendar, OfficeClock clock) {
        this.fields = fields;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The cleaned values and every problem. {@code stored} holds the values of an application being corrected (null
     * at submission): a lead time is checked only for a date that is new or changed, since the application already
     * met it when it came in and the office's own time must not count against the citizen.
     */
    public DetailsValidator.Result check(ServiceDefinition service, JsonNode submitted, Map<String, Object> stored) {
        DetailsValidator.Result result = fields.validate(service.fields(), submitted);
        List<FieldProblem> problems = new ArrayList<>(result.problems());
        Map<String, Object> values = result.values();
        for (FieldDefinition field : service.fields()) {
            if (problems.stream().anyMatch(p -> p.field().equals(field.code()))) {
                continue;
            }
            if (field.minimumAge() != null) {
                tooYoung(service, field, values).ifPresent(problems::add);
            }
            if (field.leadTime() != null && values.get(field.code()) != null
                    && (stored == null || !Objects.equals(stored.get(field.code()), values.get(field.code())))) {
                tooSoon(service, field, LocalDate.parse(values.get(field.code()).toString())).ifPresent(problems::add);
            }
        }
        return new DetailsValidator.Result(values, problems);
    }

    private Optional<FieldProblem> tooYoung(ServiceDefinition service, FieldDefinition field,
                                                      Map<String, Object> values) {
        FieldDefinition.MinimumAge rule = field.minimumAge();
        Object nik = values.get(field.code());
        Object on = values.get(rule.onDate());
        if (nik == null || on == null) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.parse(on.toString());
        int age = Period.between(Nik.birthDate(nik.toString(), date), date).getYears();
        if (age >= rule.years()) {
            return Optional.empty();
        }
        String dateLabel = service.fields().stream().filter(f -> f.code().equals(rule.onDate())).findFirst()
                .map(FieldDefinition::label).orElse(rule.onDate()).toLowerCase(Locale.ROOT);
        return Optional.of(new FieldProblem(field.code(), "%s menunjukkan umur %d tahun pada %s (%s), belum %d tahun. %s"
                .formatted(field.label(), age, dateLabel, INDONESIAN_DATE.format(date), rule.years(),
                        rule.explanation().strip())));
    }

    private Optional<FieldProblem> tooSoon(ServiceDefinition service, FieldDefinition field, LocalDate date) {
        OffsetDateTime ready = calendar.add(clock.now(), service.deadlines().completion());
        LocalDate earliest = calendar.addWorkingDays(ready, field.leadTime().workingDays()).toLocalDate();
        if (!date.isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field.code(), "%s paling cepat %s: surat ini selesai paling lambat %s, dan %s"
                .formatted(field.label(), INDONESIAN_DATE.format(earliest),
                        INDONESIAN_DATE.format(ready.atZoneSameInstant(clock.zone())), field.leadTime().explanation().strip())));
    }
}
