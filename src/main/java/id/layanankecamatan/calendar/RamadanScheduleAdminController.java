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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Ramadan schedules on the calendar page (/staff/hari-libur): staff see them, administrators change them. */
@Controller
public class RamadanScheduleAdminController {

    static final String PATH = CalendarAdminPage.PAGE + "/ramadan";

    private final RamadanScheduleService schedules;
    private final CalendarAdminPage page;

    public RamadanScheduleAdminController(RamadanScheduleService schedules, CalendarAdminPage page) {
        this.schedules = schedules;
        this.page = page;
    }

    @GetMapping(PATH + "/{id}")
    public String edit(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user, Model model) {
        RamadanSchedule schedule = schedules.get(id);
        return page.editing(CalendarAdminPage.Form.RAMADAN, RamadanScheduleRequest.of(schedule), id,
                schedule.firstDay().getYear(), user, model);
    }

    @PostMapping(PATH)
    public String create(@ModelAttribute RamadanScheduleRequest form,
                         @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        page.requireAdmin(user);
        try {
            RamadanSchedule created = schedules.create(form);
            redirect.addFlashAttribute("notice", "Jadwal Ramadan " + range(created) + " ditambahkan.");
            return CalendarAdminPage.redirectToYear(created.firstDay().getYear());
        } catch (InvalidRamadanScheduleException | RamadanScheduleConflictException e) {
            return page.refused(CalendarAdminPage.Form.RAMADAN, e, form, null, user, response, model);
        }
    }

    @PostMapping(PATH + "/{id}")
    public String update(@PathVariable long id, @ModelAttribute RamadanScheduleRequest form,
                         @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        page.requireAdmin(user);
        try {
            RamadanSchedule updated = schedules.update(id, form);
            redirect.addFlashAttribute("notice", "Jadwal Ramadan " + range(updated) + " diubah.");
            return CalendarAdminPage.redirectToYear(updated.firstDay().getYear());
        } catch (InvalidRamadanScheduleException | RamadanScheduleConflictException e) {
            return page.refused(CalendarAdminPage.Form.RAMADAN, e, form, id, user, response, model);
        }
    }

    @PostMapping(PATH + "/{id}/hapus")
    public String delete(@PathVariable long id, @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                         RedirectAttributes redirect) {
        page.requireAdmin(user);
        RamadanSchedule schedule = schedules.get(id);
        schedules.delete(id);
        redirect.addFlashAttribute("notice", "Jadwal Ramadan " + range(schedule) + " dihapus.");
        return CalendarAdminPage.redirectToYear(schedule.firstDay().getYear());
    }


    private static String range(RamadanSchedule schedule) {
        return schedule.firstDay() + " s.d. " + schedule.lastDay();
    }
}
