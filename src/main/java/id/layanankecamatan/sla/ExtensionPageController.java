package id.layanankecamatan.sla;

import id.layanankecamatan.api.ApiProblem;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.security.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The officer's page for the one extension of an application's completion time (linked from Tasklist). */
@Controller
public class ExtensionPageController {

    private final ApplicationRepository applications;
    private final CompletionExtension extension;
    private final ApplicationDeadlines deadlines;
    private final ServiceCatalog catalog;

    public ExtensionPageController(ApplicationRepository applications, CompletionExtension extension,
                                   ApplicationDeadlines deadlines, ServiceCatalog catalog) {
        this.applications = applications;
        this.extension = extension;
        this.deadlines = deadlines;
        this.catalog = catalog;
    }

    @GetMapping("/staff/permohonan/{number}/perpanjangan")
    public ModelAndView form(@PathVariable String number) {
        return page(number, HttpStatus.OK);
    }

    @PostMapping("/staff/permohonan/{number}/perpanjangan")
    public ModelAndView extend(@PathVariable String number, @RequestParam(value = "alasan", required = false) String reason,
                               @RequestAttribute(StaffUser.ATTRIBUTE) String officer) {
        try {
            extension.extend(number, reason, officer);
            return page(number, HttpStatus.OK).addObject("message", "Waktu penyelesaian telah diperpanjang.");
        } catch (ApiProblem refused) {
            return page(number, refused.getStatusCode()).addObject("error", refused.getMessage())
                    .addObject("reason", reason);
        }
    }

    private ModelAndView page(String number, HttpStatusCode status) {
        Application application = applications.findByRegistrationNumber(number).orElse(null);
        if (application == null) {
            return new ModelAndView("staff-extension", HttpStatus.NOT_FOUND).addObject("error", "Permohonan tidak ditemukan.");
        }
        return new ModelAndView("staff-extension", status)
                .addObject("item", application)
                .addObject("serviceName", catalog.get(application.serviceCode()).name())
                .addObject("record", deadlines.find(number).orElseThrow(() -> ApplicationRepository.missing(number)))
                .addObject("allowed", extension.allowed(application).map(d -> d.label()).orElse(null));
    }
}
