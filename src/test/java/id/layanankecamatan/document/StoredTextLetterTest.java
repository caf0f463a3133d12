package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text stored before the character policy (or by any other way round the edge) never stops a letter: an emoji,
 * a bidi override or a script the letter font lacks is substituted, and the preview and the signed letter still
 * render and parse back.
 */
class StoredTextLetterTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OfficeClock clock;

    @Test
    void anEmojiInAStoredNameIsSubstitutedInThePreviewAndTheSignedLetter() throws Exception {
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        Application stored = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        // straight into the table, round the validation at the edge
        ApplicantData odd = new ApplicantData(Samples.NIK, "Budi \uD83D\uDE00 Harahap\u202E", "Jl. \u738B\u5C0F 5",
                "003", "002", "Batunadua Julu", "Melamar pekerjaan \u2603", "budi@example.com", null);
        repository.updateApplicant(stored.id(), odd, stored.details(), clock.now());
        Application application = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();

        assertThat(text(letters.preview(application, "camat"))).contains("Nama: Budi ? Harahap", "Alamat sesuai KTP: Jl. ?? 5",
                "Nomor: (diberikan saat ditandatangani)");

        StaffWork.verified(processEngine, receipt.registrationNumber());
        Letter letter = new TransactionTemplate(transactions)
                .execute(s -> letters.issue(receipt.registrationNumber(), "camat"));
        assertThat(text(letter.pdf())).contains("Budi ? Harahap", "Nomor: " + letter.number());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
