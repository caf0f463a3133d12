package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which channels a notice goes to; the channels record what they were handed. */
class ApplicantNotifierTest {

    private final NoticeFactsReader reader = mock(NoticeFactsReader.class);

    @Test
    void everyReachingChannelGetsTheSameFactsAndTheOthersNothing() {
        Application application = NoticeTest.in(ApplicationStatus.REJECTED);
        NoticeFacts facts = new NoticeFacts(Notice.REJECTED, Map.of("note", "Bukan warga"), null);
        when(reader.read(Notice.REJECTED, application)).thenReturn(facts);
        RecordingChannel mail = new RecordingChannel(a -> true);
        RecordingChannel phone = new RecordingChannel(a -> false);
        RecordingChannel chat = new RecordingChannel(a -> true);

        new ApplicantNotifier(List.of(mail, phone, chat), reader).send(Notice.REJECTED, application);

        assertThat(mail.sent).containsExactly(facts);
        assertThat(chat.sent).containsExactly(facts);
        assertThat(phone.sent).isEmpty();
    }

    @Test
    void whenNoChannelReachesTheApplicantNothingIsReadOrSent() {
        RecordingChannel mail = new RecordingChannel(a -> false);

        // ISSUED would fail without a letter: nothing is looked up for nobody
        new ApplicantNotifier(List.of(mail), reader).send(Notice.ISSUED, NoticeTest.in(ApplicationStatus.ISSUED));

        assertThat(mail.sent).isEmpty();
        verifyNoInteractions(reader);
    }

    @Test
    void aRequestToCorrectIsNotSentOnceTheCitizenHasCorrected() {
        RecordingChannel mail = new RecordingChannel(a -> true);

        new ApplicantNotifier(List.of(mail), reader).send(Notice.RETURNED, NoticeTest.in(ApplicationStatus.SUBMITTED));

        assertThat(mail.sent).isEmpty();
        verifyNoInteractions(reader);
    }

    private static final class RecordingChannel implements NoticeChannel {

        private final Predicate<Application> reaches;
        private final List<NoticeFacts> sent = new ArrayList<>();

        RecordingChannel(Predicate<Application> reaches) {
            this.reaches = reaches;
        }

        @Override
        public boolean reaches(Application application) {
            return reaches.test(application);
        }

        @Override
        public void send(Application application, NoticeFacts facts) {
            sent.add(facts);
        }
    }
}
