package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which moves the lifecycle makes; the moves themselves are exercised by every process and end-to-end test. */
class ApplicationLifecycleTest {

    private final ApplicationLifecycle lifecycle = new ApplicationLifecycle(null, null, null, null);

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"ISSUED", "REJECTED", "CLOSED", "CANCELLED"})
    void aFinalApplicationNeverMovesAgain(ApplicationStatus finalStatus) {
        assertThat(ApplicationLifecycle.MOVES.get(finalStatus)).isNull();
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThatThrownBy(() -> lifecycle.move(application(finalStatus), next, "x", "petugas", OffsetDateTime.now()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Permohonan BTN-2026-000001 cannot move from " + finalStatus + " to " + next);
        }
    }

    @Test
    void onlyTheOfficeIssuesAndOnlyAfterVerificationAndTheCitizenMayWithdrawUntilThen() {
        assertThat(ApplicationLifecycle.MOVES).allSatisfy((from, to) -> {
            assertThat(to.contains(ApplicationStatus.ISSUED)).as(from + " to ISSUED")
                    .isEqualTo(from == ApplicationStatus.VERIFIED);
            assertThat(to.contains(ApplicationStatus.CANCELLED)).as(from + " to CANCELLED")
                    .isEqualTo(from.isCancellable());
        });
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isFinal()))
                .allSatisfy(open -> assertThat(ApplicationLifecycle.MOVES).containsKey(open));
    }

    private static Application application(ApplicationStatus status) {
        return new Application(1, "BTN-2026-000001", "code", "domisili", status, null, Map.of(), "online", null,
                null, null, null, null);
    }
}
