package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.application.FileType;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.signing.SignatureCertificate;
import id.layanankecamatan.signing.SignatureCheck;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PdfChecks;
import id.layanankecamatan.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every service's letter in tata naskah dinas form, parsed back from the signed PDF: the classification code
 * leading the number, one closing sentence, the signature block of the capacity the signing account holds (the
 * camat, "a.n." by the sekretaris, "Plh." by an acting official within the mandate) and a signature made with that
 * person's own certificate, as PDFBox/BouncyCastle and poppler's pdfsig read it.
 */
class TataNaskahLetterTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMAT_BLOCK = "CAMAT PADANGSIDIMPUAN BATUNADUA, Nama Camat, S.STP Pembina (IV/a) "
            + "NIP 19800101 200501 1 001";

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    ApplicationLifecycle lifecycle;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SignatureCheck signatures;
    @Autowired
    OfficeClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttachmentRepository attachments;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void everyServicesLetterLeadsWithItsClassificationClosesOnceAndCarriesTheCamatsBlockAndCertificate()
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (ServiceDefinition service : catalog.services()) {
            if (service.letter() == null) {
                continue;
            }
            Letter letter = issue(verifiedApplication(service), "camat");
            String text = SignedPdfs.text(letter.pdf());

            assertThat(letter.number()).as(service.code()).startsWith(service.letter().classification() + "/");
            assertThat(text).as(service.code()).contains("Nomor: " + letter.number(), CAMAT_BLOCK,
                    "Ditandatangani secara elektronik dengan sertifikat pribadi penanda tangan.")
                    .doesNotContain("a.n. ", "Plh.", "BSrE", "UU ITE", "NIP.");
            if (service.letter().stampsCopy()) {
                // a legalisation is the stamp on the copy itself: no title, no closing sentence
                assertThat(text).as(service.code()).contains("Salinan/fotokopi ini sesuai dengan aslinya.")
                        .doesNotContain(service.letter().title(), "Demikian");
            } else {
                assertThat(text).as(service.code()).contains(service.letter().title());
                // the body ends where the place and date of signing begin
                String body = text.substring(0, text.lastIndexOf("Padangsidimpuan, "));
                assertThat(body.split("Demikian", -1)).as(service.code() + ": one closing sentence").hasSize(2);
                assertThat(body.strip()).as(service.code() + " ends with its closing sentence")
                        .containsPattern("Demikian [^.]*sebagaimana mestinya\\.\\s*$");
            }
            assertThat(signerCommonName(letter.pdf())).as(service.code()).isEqualTo("Nama Camat, S.STP");
            assertThat(letter.certificate()).isEqualTo(SignatureCertificate.PERSONAL);
            checked.add(service.code());
        }
        assertThat(checked).contains("domisili", "keramaian", "ahli-waris", "dispensasi-nikah", "sktm", "sku",
                "domisili-lembaga", "legalisasi");
    }

    @Test
    void theSekretarisSignsAtasNamaTheCamatWithHisOwnCertificate() throws Exception {
        Letter letter = issue(verifiedApplication(catalog.get("domisili")), "sekcam");

        assertThat(SignedPdfs.text(letter.pdf())).contains("a.n. CAMAT PADANGSIDIMPUAN BATUNADUA SEKRETARIS, "
                + "Nama Sekretaris Camat, S.Sos Penata Tingkat I (III/d) NIP 19850202 201001 2 002");
        assertThat(letter.signerTitle())
                .isEqualTo("Sekretaris Kecamatan Padangsidimpuan Batunadua a.n. Camat Padangsidimpuan Batunadua");
        assertThat(signerCommonName(letter.pdf())).isEqualTo("Nama Sekretaris Camat, S.Sos");
        assertThat(signatureName(letter.pdf())).isEqualTo("Nama Sekretaris Camat, S.Sos");
        assertThat(signatures.check(letter.pdf())).isEqualTo(SignatureCheck.Result.INTACT);
        assertThat(SignedPdfs.pdfsig(letter.pdf(), "sekcam.pdf")).contains(
                "Signer Certificate Common Name: Nama Sekretaris Camat, S.Sos", "Signature is Valid.",
                "Total document signed");

        Letter camat = issue(verifiedApplication(catalog.get("domisili")), "camat");
        assertThat(certificate(camat.pdf())).as("each person has a certificate of their own")
                .isNotEqualTo(certificate(letter.pdf()));
        assertThat(SignedPdfs.pdfsig(camat.pdf(), "camat.pdf")).contains("Signer Certificate Common Name: Nama Camat, S.STP",
                "Signature is Valid.");
    }

    @Test
    void anActingCamatSignsAsPlhWithinTheMandateAndMayNotSignOutsideIt() throws Exception {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-04T15:00:00+07:00").toInstant()));
        Letter letter = issue(verifiedApplication(catalog.get("sku")), "plh-camat");

        assertThat(SignedPdfs.text(letter.pdf())).contains("Padangsidimpuan, 4 Desember 2026 Plh. CAMAT PADANGSIDIMPUAN "
                + "BATUNADUA, Nama Pelaksana Harian, S.E. Penata Tingkat I (III/d) NIP 19750303 200003 1 003")
                .doesNotContain("a.n. ");
        assertThat(letter.signerTitle()).isEqualTo("Plh. Camat Padangsidimpuan Batunadua");
        assertThat(letter.signerName()).isEqualTo("Nama Pelaksana Harian, S.E.");
        assertThat(signerCommonName(letter.pdf())).isEqualTo("Nama Pelaksana Harian, S.E.");
        assertThat(SignedPdfs.pdfsig(letter.pdf(), "plh.pdf")).contains(
                "Signer Certificate Common Name: Nama Pelaksana Harian, S.E.", "Signature is Valid.");

        // the day after the mandate ends: refused before a number is taken
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-05T08:00:00+07:00").toInstant()));
        String late = verifiedApplication(catalog.get("sku"));
        long numbersBefore = jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single();
        assertThatThrownBy(() -> issue(late, "plh-camat")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'plh-camat' may not sign letters on 2026-12-05");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single()).isEqualTo(numbersBefore);
    }

    @Test
    void anAccountThatIsNoSignerMayNotSign() {
        String registration = verifiedApplication(catalog.get("domisili"));
        assertThatThrownBy(() -> issue(registration, "petugas")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'petugas' may not sign letters");
    }

    @Test
    void rowsAndIndonesianFormatsInTheOfficesOwnTemplate() throws Exception {
        Path templates = Path.of("target", "letter-templates");
        Files.createDirectories(templates);
        Path sku = templates.resolve("sku.txt");
        Files.writeString(sku, """
                Yang bertanda tangan di bawah ini:
                a. Nama : {signerName}
                b. Jabatan : {signerTitle}
                dengan ini menerangkan bahwa:
                a. Nama pemohon : {name}
                b. NIK : {nik}
                c. Alamat : {address} {rtRw}, {village}
                """);
        try {
            Letter letter = issue(verifiedApplication(catalog.get("sku")), "camat");
            String text = SignedPdfs.text(letter.pdf());
            assertThat(text).contains("a. Nama : Nama Camat, S.STP", "b. Jabatan : Camat Padangsidimpuan Batunadua",
                    "a. Nama pemohon : Siti Nur'aini Hasibuan", "b. NIK : " + Samples.NIK,
                    "c. Alamat : Jl. Merdeka No. 5 RT 003/RW 002, Batunadua Julu",
                    // no closing of its own: the office's closing ends the letter
                    "Demikian surat ini dibuat untuk dipergunakan sebagaimana mestinya.");
            PrintedWords words = PrintedWords.of(letter.pdf());
            float colon = words.onLineOf("pemohon", ":").x();
            assertThat(words.onLineOf("NIK", ":").x()).isEqualTo(colon);
            assertThat(words.onLineOf("Alamat", ":").x()).isEqualTo(colon);
        } finally {
            Files.delete(sku);
        }
    }

    /** An application of the service, stored with the catalogue's sample data and verified by the front office. */
    private String verifiedApplication(ServiceDefinition service) {
        Submission sample = Samples.submission(service);
        String registration = "TN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime now = clock.now();
        @SuppressWarnings("unchecked")
        Map<String, Object> details = JSON.convertValue(sample.details(), Map.class);
        long id = applications.insert(registration, registration.substring(3), service.code(), sample.applicant(),
                details, Submission.CHANNEL_ONLINE, now, now.plusDays(5));
        Application application = applications.findById(id).orElseThrow();
        // the copy a legalisation is stamped on
        sample.files().forEach(file -> attachments.insert(id, file.requirementCode(), file.originalName(),
                FileType.PDF, file.content(), Hashes.sha256(file.content()), now));
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                lifecycle.move(application, ApplicationStatus.VERIFIED, "Berkas lengkap.", "petugas", now));
        return registration;
    }

    private Letter issue(String registration, String account) {
        return new TransactionTemplate(transactions).execute(s -> letters.issue(registration, account));
    }

    private static String signatureName(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().get(0).getName();
        }
    }

    /** The certificate that made the (verified) CMS signature. */
    private static X509CertificateHolder certificate(byte[] pdf) throws Exception {
        return PdfChecks.onlySignature(pdf).certificate();
    }

    private static String signerCommonName(byte[] pdf) throws Exception {
        return ((ASN1String) certificate(pdf).getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()).getString();
    }

}
