package id.layanankecamatan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The zone's everyday name, and the engine's time on the office's wall clock. */
@Tag("fast")
class OfficeClockTest {

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void indonesiasThreeZonesGoByTheirNames() {
        assertThat(name("Asia/Jakarta")).isEqualTo("WIB");
        assertThat(name("Asia/Pontianak")).isEqualTo("WIB");
        assertThat(name("Asia/Makassar")).isEqualTo("WITA");
        assertThat(name("Asia/Ujung_Pandang")).isEqualTo("WITA");
        assertThat(name("Asia/Jayapura")).isEqualTo("WIT");
    }

    @Test
    void anyOtherZoneGoesByItsOffsetFromUtc() {
        assertThat(name("Asia/Singapore")).isEqualTo("UTC+8");
        assertThat(name("Asia/Kolkata")).isEqualTo("UTC+5:30");
        assertThat(name("America/St_Johns")).isEqualTo("UTC-3:30");
        assertThat(name("Pacific/Honolulu")).isEqualTo("UTC-10");
        assertThat(name("UTC")).isEqualTo("UTC");
        assertThat(name("+07:00")).isEqualTo("UTC+7");
    }

    @Test
    void nowIsTheEnginesTimeInTheOfficesZone() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2038-03-31T16:30:00Z").toInstant()));
        OfficeClock makassar = new OfficeClock(ZoneId.of("Asia/Makassar"));
        assertThat(makassar.now()).hasToString("2038-04-01T00:30+08:00");
        assertThat(new OfficeClock(ZoneId.of("Asia/Jakarta")).now()).hasToString("2038-03-31T23:30+07:00");
        assertThat(makassar.local(OffsetDateTime.parse("2038-03-01T00:15:00Z"))).hasToString("2038-03-01T08:15+08:00");
        assertThat(makassar.local((Date) null)).isNull();
    }

    private static String name(String zone) {
        return new OfficeClock(ZoneId.of(zone)).abbreviation();
    }
}
