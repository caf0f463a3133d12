package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.signing.SignatureCertificate;
import id.layanankecamatan.document.LetterRepository;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a notice says, read from the records; the repositories and the catalogue are stand-ins. */
class NoticeFactsReaderTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2037-06-01T02:00Z");

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final LetterRepository letters = mock(LetterRepository.class);
    private final ServiceCatalog catalog = mock(ServiceCatalog.class);
    private final TelegramLinks telegram = mock(TelegramLinks.class);
    private final NoticeFactsReader reader = new NoticeFactsReader(applications, letters, catalog,
            new PublicUrl("https://layanan.example/"), new OfficeClock(ZoneId.of("Asia/Makassar")), telegram);

    NoticeFactsReaderTest() {
        ServiceDefinition domisili = mock(ServiceDefinition.class);
        when(domisili.name()).thenReturn("Surat Keterangan Domisili");
        when(catalog.get("domisili")).thenReturn(domisili);
    }

    private static Application application(ApplicationStatus status, OffsetDateTime correctionDue) {
        return new Application(7, "BTN-2037-000042", "K7M2Q9PX", "domisili", status,
                new ApplicantData("1277035505900001", "Siti", "Jl. Merdeka 5", "003", "002", "Batunadua Julu",
                        "Melamar pekerjaan", "siti@example.com", null), Map.of(), "ONLINE", correctionDue, T, T, T,
                null);
    }

    @Test
    void eachNoticeGetsExactlyThePlaceholdersItOffers() {
        when(letters.findByApplicationId(7)).thenReturn(Optional.of(letter("ABCD2345")));
        // the bot configured: the receipt carries a Telegram link too
        when(telegram.create(7)).thenReturn(Optional.of(new TelegramLinks.Link("https://t.me/kantor_bot?start=x")));
        for (Notice notice : Notice.values()) {
            assertThat(reader.read(notice, application(ApplicationStatus.RETURNED, T)).values().keySet())
                    .as(notice.name()).isEqualTo(notice.placeholders());
        }
    }

    @Test
    void theCommonFacts() {
        NoticeFacts facts = reader.read(Notice.RECEIVED, application(ApplicationStatus.SUBMITTED, null));

        assertThat(facts.values()).containsEntry("name", "Siti").containsEntry("service", "Surat Keterangan Domisili")
                .containsEntry("number", "BTN-2037-000042").containsEntry("trackingCode", "K7M2Q9PX")
                .containsEntry("trackingUrl", "https://layanan.example/lacak?nomor=BTN-2037-000042");
        assertThat(facts.hasLetter()).isFalse();
    }

    @Test
    void theNoteIsTheOfficersLatestForThePresentStatusAndTheDeadlineIsOnTheOfficeClock() {
        when(applications.events(7)).thenReturn(List.of(
                new ApplicationEvent(ApplicationStatus.RETURNED, "KK terpotong", "petugas", T),
                new ApplicationEvent(ApplicationStatus.SUBMITTED, "Perbaikan dikirim", null, T),
                new ApplicationEvent(ApplicationStatus.RETURNED, "KTP buram", "petugas", T),
                new ApplicationEvent(ApplicationStatus.RETURNED, null, "petugas", T),
                new ApplicationEvent(ApplicationStatus.SUBMITTED, "Perbaikan dikirim", null, T)));

        NoticeFacts facts = reader.read(Notice.RETURNED, application(ApplicationStatus.RETURNED,
                OffsetDateTime.parse("2037-06-03T08:00Z")));

        assertThat(facts.values()).containsEntry("note", "KTP buram")
                .containsEntry("correctionDue", "3 Juni 2037, 16:00 WITA");
    }

    @Test
    void withoutNoteOrDeadlineADashStandsInTheirPlace() {
        when(applications.events(7)).thenReturn(List.of());

        assertThat(reader.read(Notice.RETURNED, application(ApplicationStatus.RETURNED, null)).values())
                .containsEntry("note", "-").containsEntry("correctionDue", "-");
    }

    @Test
    void anIssuedNoticeCarriesTheLetterAndItsVerificationPage() {
        Letter letter = letter("ABCD2345");
        when(letters.findByApplicationId(7)).thenReturn(Optional.of(letter));

        NoticeFacts facts = reader.read(Notice.ISSUED, application(ApplicationStatus.ISSUED, null));

        assertThat(facts.letter()).isSameAs(letter);
        assertThat(facts.values()).containsEntry("letterNumber", "470/12/BTN/2037")
                .containsEntry("verificationUrl", "https://layanan.example/verifikasi/ABCD2345")
                .containsEntry("surveyUrl", "https://layanan.example/survei/" + facts.values().get("number"))
                .containsEntry("complaintUrl", "https://layanan.example/pengaduan?nomor=" + facts.values().get("number"));
    }

    @Test
    void aLetterFromBeforeVerificationPagesHasNoVerificationUrl() {
        when(letters.findByApplicationId(7)).thenReturn(Optional.of(letter(null)));

        assertThat(reader.read(Notice.ISSUED, application(ApplicationStatus.ISSUED, null)).values())
                .containsEntry("verificationUrl", null);
    }

    @Test
    void anIssuedNoticeWithoutALetterNamesTheApplication() {
        when(letters.findByApplicationId(7)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> reader.read(Notice.ISSUED, application(ApplicationStatus.ISSUED, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BTN-2037-000042");
    }

    static Letter letter(String verificationCode) {
        return new Letter(7, "470/12/BTN/2037", verificationCode, new byte[] {'%', 'P', 'D', 'F'}, "sha", "Camat",
                "1980", "Camat Batunadua", "camat", T, SignatureCertificate.PERSONAL);
    }
}
