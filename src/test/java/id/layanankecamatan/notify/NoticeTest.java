package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final Pattern NOTIFICATION =
            Pattern.compile("<camunda:inputParameter name=\"notification\">([^<]*)</camunda:inputParameter>");

    @Test
    void everyNotificationNamedInADiagramIsANotice() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path folder : new Path[] {Path.of("processes"), Path.of("src/test/resources/processes")}) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                    Matcher notification = NOTIFICATION.matcher(Files.readString(file));
                    while (notification.find()) {
                        named.add(notification.group(1));
                    }
                }
            }
        }

        assertThat(named).containsExactlyInAnyOrder("received", "returned", "reminder", "rejected", "closed",
                "issued");
        named.forEach(name -> assertThat(Notice.fromBpmn(name).bpmnName()).isEqualTo(name));
    }

    @Test
    void anUnknownNotificationIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Notice.fromBpmn("recieved")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown notification 'recieved'; known: received, returned, reminder, rejected, closed, issued");
    }

    @Test
    void aRequestToCorrectNoLongerAppliesOnceTheApplicationIsNoLongerReturned() {
        assertThat(Notice.RETURNED.appliesTo(in(ApplicationStatus.RETURNED))).isTrue();
        assertThat(Notice.RETURNED.appliesTo(in(ApplicationStatus.SUBMITTED))).isFalse();
        assertThat(Notice.RETURNED.appliesTo(in(ApplicationStatus.CANCELLED))).isFalse();
        assertThat(Notice.REJECTED.appliesTo(in(ApplicationStatus.REJECTED))).isTrue();
        // nor a reminder of the deadline
        assertThat(Notice.REMINDER.appliesTo(in(ApplicationStatus.RETURNED))).isTrue();
        assertThat(Notice.REMINDER.appliesTo(in(ApplicationStatus.SUBMITTED))).isFalse();
        assertThat(Notice.REMINDER.appliesTo(in(ApplicationStatus.CLOSED))).isFalse();
    }

    @Test
    void everyNoticeOffersTheFactsAboutEveryApplication() {
        for (Notice notice : Notice.values()) {
            assertThat(notice.placeholders()).containsAll(Notice.aboutEveryApplication());
        }
        assertThat(Notice.ISSUED.placeholders()).contains("letterNumber", "verificationUrl");
    }

    static Application in(ApplicationStatus status) {
        return new Application(7, "BTN-2037-000042", "K7M2Q9PX", "domisili", status,
                new ApplicantData("1277035505900001", "Siti", "Jl. Merdeka 5", "003", "002", "Batunadua Julu",
                        "Melamar pekerjaan", "siti@example.com", null), Map.of(), "ONLINE", null, null, null, null,
                null);
    }
}
