package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.signing.SignatureCheck;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PdfChecks;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issued letter itself, parsed back: its data, its register number, the QR code read from the rendered page,
 * a PAdES signature that PDFBox and poppler's pdfsig accept, PDF/A-2b, and numbers that stay gap-free and unique
 * when fifty letters are signed at once.
 */
class OfficialLetterTest extends IntegrationTest {

    private static final Path OUT = Path.of("target", "letters");

    @Autowired
    ApplicationService applications;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SignatureCheck signatures;
    @Autowired
    PublicUrl publicUrl;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(OUT);
    }

    @Test
    void theLetterCarriesItsDataAndAQrCodeThatOpensItsVerificationPage() throws Exception {
        ApplicantData applicant = new ApplicantData(Samples.NIK, "Nur'aini Pérez Siregar", "Jl. Sudirman Gg. Ñoño 7",
                "001", "004", "Batunadua Jae", "Melengkapi berkas beasiswa", null, "081298765432");
        Letter letter = issue(applicant);

        assertThat(letter.number()).matches("400\\.12\\.2/\\d{4}/BTN/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\\d{4}");
        assertThat(letter.verificationCode()).matches("[2-9A-HJ-NP-Z]{10}");
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SURAT KETERANGAN DOMISILI", "Nomor: " + letter.number(),
                    "Nama: Nur'aini Pérez Siregar", "NIK: " + Samples.NIK, "Jl. Sudirman Gg. Ñoño 7",
                    "Kode verifikasi:", VerificationCode.display(letter.verificationCode()),
                    publicUrl.of("/verifikasi"));
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            ImageIO.write(page, "png", OUT.resolve("letter.png").toFile());
            assertThat(PdfChecks.qrCode(page)).isEqualTo(publicUrl.of("/verifikasi/" + letter.verificationCode()));
        }
    }

    @Test
    void thePadesSignatureValidatesWithPdfBoxAndWithPdfsig() throws Exception {
        Letter letter = issue(Samples.applicant());
        byte[] pdf = letter.pdf();

        PdfChecks.Signed signed = PdfChecks.onlySignature(pdf);
        assertThat(signed.certificate().getSubject().toString()).contains("KECAMATAN PADANGSIDIMPUAN BATUNADUA");
        // PAdES baseline: the signer's certificate is bound by signing-certificate-v2; the time is in /M
        SignerInformation signer = signed.signer();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        assertThat(signed.signature().getSignDate()).isNotNull();
        assertThat(signatures.check(pdf)).isEqualTo(SignatureCheck.Result.INTACT);

        String pdfsig = pdfsig(pdf, "signed.pdf");
        assertThat(pdfsig).contains("Signature Type: ETSI.CAdES.detached", "Signature Validation: Signature is Valid.",
                "Total document signed");
    }

    @Test
    void oneChangedByteOrAResaveWithoutTheSignatureFailsVerification() throws Exception {
        byte[] issued = issue(Samples.applicant()).pdf();

        // one character of the (uncompressed) XMP metadata: the file still opens, the signature does not hold
        byte[] changed = issued.clone();
        int at = indexOf(changed, "<pdf:Producer>Layanan".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        changed[at + "<pdf:Producer>".length()] = 'K';
        assertThat(signatures.check(changed)).isEqualTo(SignatureCheck.Result.BROKEN);
        assertThat(pdfsig(changed, "changed.pdf")).doesNotContain("Signature is Valid.");

        // a byte flipped anywhere in the signed part fails too, however the file is damaged
        byte[] flipped = issued.clone();
        flipped[issued.length / 3] ^= 0x20;
        assertThat(signatures.check(flipped)).isNotEqualTo(SignatureCheck.Result.INTACT);

        // saved again by an editor that drops the signature
        byte[] resaved;
        try (PDDocument document = Loader.loadPDF(issued)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            form.setFields(new ArrayList<>(form.getFields().stream()
                    .filter(f -> !(f instanceof PDSignatureField)).toList()));
            for (PDPage page : document.getPages()) {
                page.setAnnotations(new ArrayList<>(page.getAnnotations().stream()
                        .filter(a -> !"Widget".equals(a.getSubtype())).toList()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            resaved = out.toByteArray();
        }
        assertThat(signatures.check(resaved)).isEqualTo(SignatureCheck.Result.NOT_SIGNED);
        assertThat(pdfsig(resaved, "resaved.pdf")).doesNotContain("Signature is Valid.");

        // saved again in full, signature dictionary kept: the signed byte range no longer describes the file
        byte[] rewritten;
        try (PDDocument document = Loader.loadPDF(issued)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            rewritten = out.toByteArray();
        }
        assertThat(signatures.check(rewritten)).isIn(SignatureCheck.Result.BROKEN, SignatureCheck.Result.NOT_SIGNED);
    }

    @Test
    void theSignedLetterIsPdfA2b() throws Exception {
        byte[] pdf = issue(Samples.applicant()).pdf();
        assertThat(PdfChecks.pdfA2bFailures(pdf)).as("veraPDF PDF/A-2b").isEmpty();
    }

    @Test
    void fiftyLettersSignedAtOnceTakeFiftyDistinctConsecutiveNumbers() throws Exception {
        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            registrations.add(submit(Samples.applicant()).registrationNumber());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Letter>> issuing = new ArrayList<>();
            for (String registration : registrations) {
                Callable<Letter> task = () -> {
                    start.await();
                    return inTransaction(registration);
                };
                issuing.add(pool.submit(task));
            }
            start.countDown();
            List<Long> sequences = new ArrayList<>();
            for (Future<Letter> letter : issuing) {
                sequences.add(Long.parseLong(letter.get(5, TimeUnit.MINUTES).number().split("/")[1]));
            }
            assertThat(sequences).doesNotHaveDuplicates().hasSize(50);
            long first = sequences.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.LongStream.range(first, first + 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOfficesOwnTemplateReplacesTheBundledOneWithoutARestart() throws Exception {
        Path templates = Path.of("target", "letter-templates");
        Files.createDirectories(templates);
        Path domisili = templates.resolve("domisili.txt");
        Files.writeString(domisili, """
                # edited by the office
                Kami menerangkan bahwa {name} (NIK {nik}) tinggal di {village}.

                Diberikan untuk {purpose}; placeholder tak dikenal tetap tertulis: {unknown}.
                """);
        try {
            Letter letter = issue(Samples.applicant());
            try (PDDocument document = Loader.loadPDF(letter.pdf())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Kami menerangkan bahwa Siti Nur'aini Hasibuan (NIK " + Samples.NIK
                        + ") tinggal di Batunadua Julu.", "Diberikan untuk Melamar pekerjaan", "{unknown}")
                        .doesNotContain("edited by the office", "benar berdomisili");
            }
        } finally {
            Files.delete(domisili);
        }
    }

    @Test
    void theDatabaseRefusesToChangeAnIssuedLetter() {
        Letter letter = issue(Samples.applicant());
        assertThatThrownBy(() -> jdbc.sql("UPDATE letter SET sha256 = 'x' WHERE letter_number = ?")
                .param(letter.number()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM letter WHERE letter_number = ?")
                .param(letter.number()).update()).hasMessageContaining("append-only");
    }

    private Letter issue(ApplicantData applicant) {
        return inTransaction(submit(applicant).registrationNumber());
    }

    private Receipt submit(ApplicantData applicant) {
        return applications.submit(new Submission("domisili", applicant, Samples.domisiliDetails(), Samples.domisiliScans(), null,
                Submission.CHANNEL_ONLINE));
    }

    private Letter inTransaction(String registrationNumber) {
        StaffWork.verified(processEngine, registrationNumber);
        return new TransactionTemplate(transactions).execute(s -> letters.issue(registrationNumber, "camat"));
    }

    private static String pdfsig(byte[] pdf, String name) throws Exception {
        return PdfChecks.pdfsig(pdf, OUT.resolve(name));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
