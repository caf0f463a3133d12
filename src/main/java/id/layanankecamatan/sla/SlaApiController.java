package id.layanankecamatan.sla;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service-level figures as JSON, for staff only (guarded by the staff filter like /staff/*). */
@RestController
@RequestMapping("/api/v1/sla")
public class SlaApiController {

    private final SlaFigures figures;

    public SlaApiController(SlaFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    public SlaDashboard dashboard() {
        return figures.dashboard();
    }

    @GetMapping("/processes/{processKey}")
    public SlaDashboard process(@PathVariable String processKey) {
        return figures.forProcess(processKey);
    }
}
