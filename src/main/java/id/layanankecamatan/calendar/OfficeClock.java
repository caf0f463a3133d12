package id.layanankecamatan.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The office's clock: the engine's current time (so that our records and the process timers agree even when
 * tests move time with {@code ClockUtil}) in the office's zone ({@code OFFICE_ZONE}), and the zone's everyday
 * name. Every time we store, count or show goes through it, so an office in WITA or WIT gets its own times.
 */
public final class OfficeClock {

    // the names of Indonesia's three zones (Keppres 41/1987); Asia/Ujung_Pandang is the old id of Makassar
    private static final Map<String, String> INDONESIAN_ZONES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Ujung_Pandang", "WITA", "Asia/Jayapura", "WIT");

    private final ZoneId zone;
    private final String abbreviation;

    public OfficeClock(ZoneId zone) {
        this.zone = zone;
        this.abbreviation = abbreviationOf(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "WIB", "WITA" or "WIT"; elsewhere the UTC offset, e.g. "UTC+7" or "UTC+5:30". */
    public String abbreviation() {
        return abbreviation;
    }

    public OffsetDateTime now() {
        return local(ClockUtil.getCurrentTime());
    }

    /** The same moment as the office's clock on the wall shows it; null stays null. */
    public OffsetDateTime local(Date moment) {
        return moment == null ? null : moment.toInstant().atZone(zone).toOffsetDateTime();
    }

    public OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(zone).toOffsetDateTime();
    }

    static String abbreviationOf(ZoneId zone) {
        String name = INDONESIAN_ZONES.get(zone.getId());
        if (name != null) {
            return name;
        }
        // a zone outside Indonesia has no legal name here: its offset says what the times mean
        ZoneOffset offset = zone.getRules().getStandardOffset(Instant.now());
        int minutes = offset.getTotalSeconds() / 60;
        if (minutes == 0) {
            return "UTC";
        }
        String hours = (minutes < 0 ? "-" : "+") + Math.abs(minutes) / 60;
        return "UTC" + hours + (Math.abs(minutes) % 60 == 0 ? "" : ":%02d".formatted(Math.abs(minutes) % 60));
    }
}
