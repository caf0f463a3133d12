package id.layanankecamatan.calendar;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page for the holiday table (/staff/hari-libur): every member of staff sees it, administrators
 * (camunda-admin) add, change and delete. /staff/* is guarded by {@link id.layanankecamatan.security.SecurityConfiguration}.
 */
@Controller
public class HolidayAdminController {

    static final String PAGE = "/staff/hari-libur";

    private final HolidayService holidays;
    private final WorkingCalendar calendar;
    private final IdentityService identity;

    public HolidayAdminController(HolidayService holidays, WorkingCalendar calendar, IdentityService identity) {
        this.holidays = holidays;
        this.calendar = calendar;
        this.identity = identity;
    }

    @GetMapping(PAGE)
    public String list(@RequestParam(name = "tahun", required = false) Integer year,
                       @RequestAttribute(StaffUser.ATTRIBUTE) String user, Model model) {
        return show(year, new HolidayRequest(null, null, HolidayKind.LOCAL.name(), null), null, Map.of(), user, model);
    }

    @GetMapping(PAGE + "/{id}")
    public String edit(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                       Model model) {
        Holiday holiday = holidays.get(id);
        return show(holiday.date().getYear(), new HolidayRequest(holiday.date().toString(), holiday.name(),
                holiday.kind().name(), holiday.decree()), id, Map.of(), user, model);
    }

    @PostMapping(PAGE)
    public String create(@ModelAttribute HolidayRequest form, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            Holiday created = holidays.create(form);
            redirect.addFlashAttribute("notice", "Hari libur " + created.date() + " ditambahkan.");
            return redirectToYear(created.date().getYear());
        } catch (InvalidHolidayException | HolidayConflictException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(null, form, null, errors(e), user, model);
        }
    }

    @PostMapping(PAGE + "/{id}")
    public String update(@PathVariable long id, @ModelAttribute HolidayRequest form,
                         @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletResponse response,
                         Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            Holiday updated = holidays.update(id, form);
            redirect.addFlashAttribute("notice", "Hari libur " + updated.date() + " diubah.");
            return redirectToYear(updated.date().getYear());
        } catch (InvalidHolidayException | HolidayConflictException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(null, form, id, errors(e), user, model);
        }
    }

    @PostMapping(PAGE + "/{id}/hapus")
    public String delete(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                         RedirectAttributes redirect) {
        requireAdmin(user);
        Holiday holiday = holidays.get(id);
        holidays.delete(id);
        redirect.addFlashAttribute("notice", "Hari libur " + holiday.date() + " dihapus.");
        return redirectToYear(holiday.date().getYear());
    }

    private String show(Integer year, HolidayRequest form, Long editing, Map<String, String> errors, String user,
                        Model model) {
        int shown = year != null ? year : Year.now(calendar.zone()).getValue();
        model.addAttribute("year", shown);
        model.addAttribute("holidays", holidays.inYear(shown));
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("admin", isAdmin(user));
        return "holidays";
    }

    private void requireAdmin(String user) {
        if (!isAdmin(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Hanya administrator (grup camunda-admin) yang dapat mengubah hari libur.");
        }
    }

    private boolean isAdmin(String user) {
        return identity.createGroupQuery().groupMember(user).groupId(StaffGroups.ADMIN).count() > 0;
    }

    private static Map<String, String> errors(RuntimeException e) {
        if (e instanceof InvalidHolidayException invalid) {
            return invalid.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
        }
        return Map.of("date", e.getMessage());
    }

    private static String redirectToYear(int year) {
        return "redirect:" + PAGE + "?tahun=" + year;
    }
}
