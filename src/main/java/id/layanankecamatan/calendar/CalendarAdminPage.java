package id.layanankecamatan.calendar;

import id.layanankecamatan.api.ConflictProblem;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.security.SecurityAnswers;
import id.layanankecamatan.security.StaffGroups;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff page of the working calendar (/staff/hari-libur): the week's hours and breaks, the year's holidays and
 * Ramadan schedules, and for administrators (camunda-admin) the forms that change them. The holiday and Ramadan
 * controllers each put their own form (and its errors) in the model; this fills in the rest.
 */
@Component
public class CalendarAdminPage {

    static final String PAGE = "/staff/hari-libur";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /**
     * The page's two forms: their model attributes, the field that shows a date conflict, and what a new entry
     * starts with.
     */
    enum Form {
        HOLIDAY("form", "editing", "errors", "date", () -> new HolidayRequest(null, null, HolidayKind.LOCAL.name(), null)),
        // Perpres 21/2023 sets only the start (08.00); the rest comes from the year's circular
        RAMADAN("ramadanForm", "ramadanEditing", "ramadanErrors", "firstDay", () -> new RamadanScheduleRequest(null, null,
                "08:00", null, null, null, "08:00", null, null, null, null));

        final String values;
        final String editing;
        final String errors;
        final String conflictField;
        final Supplier<Object> blank;

        Form(String values, String editing, String errors, String conflictField, Supplier<Object> blank) {
            this.values = values;
            this.editing = editing;
            this.errors = errors;
            this.conflictField = conflictField;
            this.blank = blank;
        }
    }

    /** One row of the week's table: "Senin" and its hours. */
    public record WeekdayHours(String day, OfficeHours hours) {
    }

    private final HolidayService holidays;
    private final RamadanScheduleService ramadan;
    private final WorkingCalendar calendar;
    private final IdentityService identity;

    CalendarAdminPage(HolidayService holidays, RamadanScheduleService ramadan, WorkingCalendar calendar,
                      IdentityService identity) {
        this.holidays = holidays;
        this.ramadan = ramadan;
        this.calendar = calendar;
        this.identity = identity;
    }

    /** The page for the year (without one: the current year in the office's zone). */
    String show(Integer year, String user, Model model) {
        int shown = year != null ? year : Year.now(calendar.zone()).getValue();
        model.addAttribute("year", shown);
        model.addAttribute("week", calendar.week().entrySet().stream()
                .map(day -> new WeekdayHours(day.getKey().getDisplayName(TextStyle.FULL, INDONESIAN), day.getValue()))
                .toList());
        model.addAttribute("cutiBersamaDayOff", calendar.cutiBersamaDayOff());
        model.addAttribute("holidays", holidays.inYear(shown));
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("ramadanSchedules", ramadan.inYear(shown));
        model.addAttribute("admin", isAdmin(user));
        for (Form form : Form.values()) {
            if (!model.containsAttribute(form.values)) {
                model.addAttribute(form.values, form.blank.get());
            }
            if (!model.containsAttribute(form.errors)) {
                model.addAttribute(form.errors, Map.of());
            }
        }
        return "holidays";
    }

    void requireAdmin(String user) {
        if (!isAdmin(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, SecurityAnswers.HOLIDAY_ADMIN_ONLY);
        }
    }

    private boolean isAdmin(String user) {
        return identity.createGroupQuery().groupMember(user).groupId(StaffGroups.ADMIN).count() > 0;
    }

    /** The page of the entry's year with the entry in its form, to be changed. */
    String editing(Form form, Object values, long id, int year, String user, Model model) {
        model.addAttribute(form.values, values);
        model.addAttribute(form.editing, id);
        return show(year, user, model);
    }

    /** The page again (400) with the refused values in the form and the messages beside their fields. */
    String refused(Form form, RuntimeException e, Object values, Long editing, String user,
                   HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(form.values, values);
        model.addAttribute(form.editing, editing);
        model.addAttribute(form.errors, errors(e, form.conflictField));
        return show(null, user, model);
    }

    /** The refusal's messages by field; a conflict (a date already taken) is shown at {@code conflictField}. */
    private static Map<String, String> errors(RuntimeException e, String conflictField) {
        if (e instanceof InvalidInputProblem invalid) {
            return invalid.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
        }
        if (e instanceof ConflictProblem conflict) {
            return Map.of(conflictField, conflict.getBody().getDetail());
        }
        throw e;
    }

    static String redirectToYear(int year) {
        return "redirect:" + PAGE + "?tahun=" + year;
    }
}
