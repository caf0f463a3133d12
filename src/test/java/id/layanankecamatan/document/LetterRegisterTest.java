package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.signing.SignatureCheck;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register number is taken outside the signing transaction (issue 13), yet numbers stay unique and without
 * silent gaps: fifty signatures at once through the process take fifty consecutive numbers, a letter that fails
 * after its number was taken leaves that number voided in the register with the reason, and a number a crash left
 * reserved goes to the same application's next attempt.
 */
class LetterRegisterTest extends IntegrationTest {

    private static final Path TEMPLATES = Path.of("target", "letter-templates");

    @Autowired
    ApplicationService submissions;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    LetterRepository letters;
    @Autowired
    LetterService letterService;
    @Autowired
    LetterRegister register;
    @Autowired
    LetterNumbering numbering;
    @Autowired
    SignatureCheck signatures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OfficeClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftySignaturesAtOnceThroughTheProcessTakeFiftyConsecutiveNumbersAndValidLetters() throws Exception {
        List<String> ready = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ready.add(readyToSign());
        }
        ExecutorService camats = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> signing = new ArrayList<>();
            for (String registration : ready) {
                signing.add(camats.submit(() -> {
                    start.await();
                    StaffWork.complete(processEngine, registration, ProcessIds.TASK_SIGN, "camat",
                            Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> signed : signing) {
                signed.get(5, TimeUnit.MINUTES);
            }
        } finally {
            camats.shutdownNow();
        }

        List<Long> sequences = new ArrayList<>();
        for (String registration : ready) {
            Application application = applications.findByRegistrationNumber(registration).orElseThrow();
            assertThat(application.status()).isEqualTo(ApplicationStatus.ISSUED);
            Letter letter = letters.findByApplicationId(application.id()).orElseThrow();
            sequences.add(sequence(letter.number()));
            assertThat(SignedPdfs.text(letter.pdf())).contains("Nomor: " + letter.number());
            assertThat(signatures.check(letter.pdf())).isEqualTo(SignatureCheck.Result.INTACT);
            assertThat(entry(letter.number()).status()).isEqualTo(LetterRegister.Status.ISSUED);
        }
        long first = sequences.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(sequences).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.range(first, first + 50).boxed().toList());
    }

    @Test
    void aLetterThatFailsAfterItsNumberWasTakenLeavesTheNumberVoidedAndTheNextLetterTakesTheNext() throws Exception {
        String failing = readyToSign();
        String next = readyToSign();
        // the office's edited template saved in another encoding: the letter cannot be made after numbering
        Files.createDirectories(TEMPLATES);
        Path domisili = TEMPLATES.resolve("domisili.txt");
        Files.write(domisili, new byte[] {'K', 'a', 'm', 'i', ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
        try {
            assertThatThrownBy(() -> issue(failing)).isInstanceOf(UncheckedIOException.class);
        } finally {
            Files.delete(domisili);
        }
        LetterRegister.Entry voided = register.latest(20).stream()
                .filter(e -> e.registrationNumber().equals(failing)).findFirst().orElseThrow();
        assertThat(voided.status()).isEqualTo(LetterRegister.Status.VOIDED);
        assertThat(voided.status().label()).isEqualTo("Batal");
        assertThat(voided.voidReason()).startsWith("Penerbitan surat gagal setelah nomor diambil")
                .contains("domisili.txt cannot be read");
        assertThat(voided.voidedAt()).isNotNull();
        assertThat(applications.findByRegistrationNumber(failing).orElseThrow().status())
                .isEqualTo(ApplicationStatus.VERIFIED);

        Letter nextLetter = issue(next);
        assertThat(sequence(nextLetter.number())).isEqualTo(sequence(voided.number()) + 1);
        // signed again, the failed application takes a new number: its first one stays voided
        Letter retried = issue(failing);
        assertThat(sequence(retried.number())).isEqualTo(sequence(voided.number()) + 2);
        assertThat(entry(voided.number()).status()).isEqualTo(LetterRegister.Status.VOIDED);
    }

    @Test
    void aNumberACrashLeftReservedGoesToTheSameApplicationsNextAttempt() {
        String crashed = readyToSign();
        String other = readyToSign();
        String left = leftReservedByACrash(crashed);

        Letter otherLetter = issue(other);
        Letter letter = issue(crashed);

        assertThat(letter.number()).isEqualTo(left);
        assertThat(sequence(otherLetter.number())).isEqualTo(sequence(left) + 1);
        assertThat(entry(left).status()).isEqualTo(LetterRegister.Status.ISSUED);
    }

    @Test
    void theDatabaseKeepsTheRegisterAsItWasWritten() {
        Letter letter = issue(readyToSign());
        assertThatThrownBy(() -> jdbc.sql("UPDATE letter_register SET status = 'VOIDED', void_reason = 'x', "
                + "voided_at = reserved_at WHERE letter_number = ?").param(letter.number()).update())
                .hasMessageContaining("only moves a reserved number");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM letter_register WHERE letter_number = ?")
                .param(letter.number()).update()).hasMessageContaining("only moves a reserved number");
    }

    /** What a crash between taking the number and committing the letter leaves: the number reserved, no letter. */
    private String leftReservedByACrash(String registration) {
        long applicationId = applications.findByRegistrationNumber(registration).orElseThrow().id();
        OffsetDateTime now = clock.now();
        String counter = numbering.counter("400.12.2", now);
        jdbc.sql("UPDATE counter SET last_value = last_value + 1 WHERE name = ?").param(counter).update();
        long sequence = jdbc.sql("SELECT last_value FROM counter WHERE name = ?").param(counter).query(Long.class)
                .single();
        String number = numbering.format("400.12.2", sequence, now);
        jdbc.sql("INSERT INTO letter_register (letter_number, counter_name, sequence_value, application_id, status, "
                        + "reserved_at) VALUES (?, ?, ?, ?, 'RESERVED', ?)")
                .params(number, counter, sequence, applicationId, now).update();
        return number;
    }

    /** An application whose draft is initialled: it waits for the camat's signature. */
    private String readyToSign() {
        String registration = submissions.submit(new Submission("domisili", Samples.applicant(),
                Samples.domisiliDetails(), Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE))
                .registrationNumber();
        StaffWork.verified(processEngine, registration);
        Parafs.giveAll(processEngine, registration);
        return registration;
    }

    private Letter issue(String registration) {
        return new TransactionTemplate(transactions).execute(s -> letterService.issue(registration, "camat"));
    }

    private LetterRegister.Entry entry(String number) {
        return register.latest(500).stream().filter(e -> e.number().equals(number)).findFirst().orElseThrow();
    }

    private static long sequence(String number) {
        return Long.parseLong(number.split("/")[1]);
    }
}
