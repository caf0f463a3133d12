package id.layanankecamatan.application;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, so that our records and the process timers agree even when tests move time. */
public final class Times {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    private Times() {
    }

    public static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(OFFICE_ZONE).toOffsetDateTime();
    }
}
