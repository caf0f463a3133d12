package id.layanankecamatan.survey;

import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.calendar.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

/** The review periods for the Cockpit dashboard: "today" is the office's, not the browser's (the camat may travel). */
@ApiController
public class SkmPeriodsController {

    private final OfficeClock clock;

    public SkmPeriodsController(OfficeClock clock) {
        this.clock = clock;
    }

    @Operation(summary = "Periode tinjauan SKM", description = "12 bulan terakhir sampai hari ini (zona kantor), "
            + "semester kalender sebelumnya dan tahun sebelumnya; from dan to termasuk keduanya.")
    @GetMapping("/api/v1/sla/skm/periods")
    public PeriodsView periods() {
        LocalDate today = clock.now().toLocalDate();
        return new PeriodsView(today, clock.zone().getId(), clock.abbreviation(), SkmPeriods.before(today));
    }

    public record PeriodsView(LocalDate today, String timeZone, String timeZoneName, List<SkmPeriods.Period> periods) {
    }
}
