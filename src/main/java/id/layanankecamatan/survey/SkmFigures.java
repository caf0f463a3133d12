package id.layanankecamatan.survey;

import id.layanankecamatan.calendar.OfficeClock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The IKM of a period (dates inclusive, office time zone), for the whole office or one service. */
@Service
public class SkmFigures {

    private final SurveyRepository surveys;
    private final OfficeClock clock;

    public SkmFigures(SurveyRepository surveys, OfficeClock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** @param serviceCode null for all services */
    public SkmResult of(LocalDate from, LocalDate to, String serviceCode) {
        long population = surveys.finishedBetween(from.atStartOfDay(clock.zone()).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime(), serviceCode);
        return SkmComputation.compute(surveys.responses(from, to, serviceCode), population);
    }
}
