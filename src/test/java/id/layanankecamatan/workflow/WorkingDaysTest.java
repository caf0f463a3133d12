package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void skipsWeekendsAndEndsWhenTheOfficeCloses() {
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T10:00:00+07:00");
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(OffsetDateTime.parse("2026-11-30T16:00:00+07:00"));
        assertThat(workingDays.addWorkingDays(friday, 10)).isEqualTo(OffsetDateTime.parse("2026-12-11T16:00:00+07:00"));
    }

    @Test
    void countsInJakartaTimeWhateverTheInputZone() {
        // Saturday 01:00 in Jakarta is still Friday in UTC: the count starts from Saturday
        OffsetDateTime fridayUtc = OffsetDateTime.parse("2026-11-27T18:00:00Z");
        assertThat(workingDays.addWorkingDays(fridayUtc, 1)).isEqualTo(OffsetDateTime.parse("2026-11-30T16:00:00+07:00"));
    }
}
