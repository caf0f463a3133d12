package id.layanankecamatan.calendar;

import id.layanankecamatan.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holidays on the calendar page (/staff/hari-libur): every member of staff sees them, administrators
 * (camunda-admin) add, change and delete. /staff/* is guarded by {@link id.layanankecamatan.security.SecurityConfiguration}.
 */
@Controller
public class HolidayAdminController {

    static final String PAGE = CalendarAdminPage.PAGE;

    private final HolidayService holidays;
    private final CalendarAdminPage page;

    public HolidayAdminController(HolidayService holidays, CalendarAdminPage page) {
        this.holidays = holidays;
        this.page = page;
    }

    @GetMapping(PAGE)
    public String list(@RequestParam(name = "tahun", required = false) Integer year,
                       @RequestAttribute(StaffUser.ATTRIBUTE) String user, Model model) {
        return page.show(year, user, model);
    }

    @GetMapping(PAGE + "/{id}")
    public String edit(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                       Model model) {
        Holiday holiday = holidays.get(id);
        return page.editing(CalendarAdminPage.Form.HOLIDAY, new HolidayRequest(holiday.date().toString(), holiday.name(),
                holiday.kind().name(), holiday.decree()), id, holiday.date().getYear(), user, model);
    }

    @PostMapping(PAGE)
    public String create(@ModelAttribute HolidayRequest form, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        page.requireAdmin(user);
        try {
            Holiday created = holidays.create(form);
            redirect.addFlashAttribute("notice", "Hari libur " + created.date() + " ditambahkan.");
            return CalendarAdminPage.redirectToYear(created.date().getYear());
        } catch (InvalidHolidayException | HolidayConflictException e) {
            return page.refused(CalendarAdminPage.Form.HOLIDAY, e, form, null, user, response, model);
        }
    }

    @PostMapping(PAGE + "/{id}")
    public String update(@PathVariable long id, @ModelAttribute HolidayRequest form,
                         @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletResponse response,
                         Model model, RedirectAttributes redirect) {
        page.requireAdmin(user);
        try {
            Holiday updated = holidays.update(id, form);
            redirect.addFlashAttribute("notice", "Hari libur " + updated.date() + " diubah.");
            return CalendarAdminPage.redirectToYear(updated.date().getYear());
        } catch (InvalidHolidayException | HolidayConflictException e) {
            return page.refused(CalendarAdminPage.Form.HOLIDAY, e, form, id, user, response, model);
        }
    }

    @PostMapping(PAGE + "/{id}/hapus")
    public String delete(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                         RedirectAttributes redirect) {
        page.requireAdmin(user);
        Holiday holiday = holidays.get(id);
        holidays.delete(id);
        redirect.addFlashAttribute("notice", "Hari libur " + holiday.date() + " dihapus.");
        return CalendarAdminPage.redirectToYear(holiday.date().getYear());
    }
}
