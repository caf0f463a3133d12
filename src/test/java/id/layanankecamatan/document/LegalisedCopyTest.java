package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PdfChecks;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** A legalisation is the uploaded copy itself, stamped, signed and registered on every page. */
class LegalisedCopyTest extends IntegrationTest {

    private static final String STAMP = "Salinan/fotokopi ini sesuai dengan aslinya.";
    private static final String CAMAT_BLOCK = "CAMAT PADANGSIDIMPUAN BATUNADUA, Nama Camat, S.STP Pembina (IV/a) "
            + "NIP 19800101 200501 1 001";

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PublicUrl publicUrl;
    @Autowired
    ServiceCatalog catalog;

    @Test
    void everyPageOfATwoPageCopyCarriesTheStampAndAQrCodeAndTheWholeIsSignedAndRegistered() throws Exception {
        Letter letter = issue(verified(new UploadedFile("salinan", "salinan.pdf", Samples.scannedPdf(2))));
        String address = publicUrl.of("/verifikasi/" + letter.verificationCode());

        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 1; page <= 2; page++) {
                String text = pageText(document, page);
                assertThat(text).as("page " + page).contains("SURAT KETERANGAN DESA halaman " + page, STAMP,
                        "Nomor: " + letter.number(), "Padangsidimpuan, ", CAMAT_BLOCK,
                        "Ditandatangani secara elektronik", "dengan sertifikat pribadi penanda tangan.",
                        VerificationCode.display(letter.verificationCode()))
                        .doesNotContain("Demikian", "PRATINJAU");
                BufferedImage image = renderer.renderImageWithDPI(page - 1, 150);
                assertThat(PdfChecks.qrCode(image)).as("page " + page).isEqualTo(address);
                // the stamp is added below the document, never over it
                assertThat(document.getPage(page - 1).getCropBox().getHeight())
                        .isGreaterThan(PDRectangle.A4.getHeight());
            }
        }
        assertThat(letter.number()).startsWith("000.5.3.5/");
        PdfChecks.onlySignature(letter.pdf());
        assertThat(PdfChecks.pdfsig(letter.pdf(), Path.of("target", "legalisasi.pdf")))
                .contains("Signer Certificate Common Name: Nama Camat, S.STP", "Signature is Valid.",
                        "Total document signed");

        Http http = new Http(baseUrl());
        assertThat(text(http.get("/verifikasi/" + letter.verificationCode(), h -> { })))
                .contains("TERDAFTAR", letter.number());
        assertThat(text(http.postMultipart("/verifikasi/" + letter.verificationCode(),
                new Http.Parts().file("berkas", "legalisasi.pdf", letter.pdf()).build(), h -> { })))
                .contains("ASLI: berkas ini sama persis dengan surat nomor " + letter.number());
    }

    @Test
    void aPhotographedCopyBecomesOneStampedPdfAPage() throws Exception {
        Letter letter = issue(verified(new UploadedFile("salinan", "salinan.png", Samples.scannedPng())));

        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(pageText(document, 1)).contains(STAMP, "Nomor: " + letter.number(), CAMAT_BLOCK);
            assertThat(PdfChecks.qrCode(new PDFRenderer(document).renderImageWithDPI(0, 150)))
                    .isEqualTo(publicUrl.of("/verifikasi/" + letter.verificationCode()));
        }
        PdfChecks.onlySignature(letter.pdf());
        assertThat(PdfChecks.pdfA2bFailures(letter.pdf())).isEmpty();
    }

    @Test
    void theSignersPreviewIsTheStampedCopyMarkedAsAPreview() throws Exception {
        Application application = repository.findByRegistrationNumber(
                verified(new UploadedFile("salinan", "salinan.pdf", Samples.scannedPdf(2)))).orElseThrow();

        try (PDDocument document = Loader.loadPDF(letters.preview(application, "camat"))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (int page = 1; page <= 2; page++) {
                String text = pageText(document, page);
                assertThat(text).as("page " + page).contains("SURAT KETERANGAN DESA halaman " + page, STAMP,
                        "(diberikan saat ditandatangani)").doesNotContain("Kode verifikasi");
                // the watermark is drawn at an angle: its letters come out of the text in pieces
                assertThat(text.replaceAll("\\s", "")).as("page " + page).contains("PRATINJAU-BELUMDITANDATANGANI");
            }
            assertThat(document.getSignatureDictionaries()).isEmpty();
        }
    }

    @Test
    void onlyPaperDocumentsOfTheKecamatanOrItsDesaAreOfferedAndThePageSaysWhereTheOthersGo() {
        ServiceDefinition legalisasi = catalog.get("legalisasi");
        FieldDefinition type = legalisasi.fields().stream().filter(f -> f.code().equals("documentType")).findFirst()
                .orElseThrow();

        assertThat(legalisasi.letter().stampOnCopy()).isEqualTo("salinan");
        assertThat(type.options()).containsExactly("surat keterangan desa/kelurahan", "surat pengantar desa/kelurahan",
                "surat keterangan/keputusan kecamatan (kertas)");
        assertThat(type.help().replaceAll("\\s+", " ")).contains("Hanya dokumen kertas",
                "dokumen kependudukan (KTP-el, KK, akta)", "tidak perlu dilegalisasi", "ijazah",
                "sekolah atau perguruan tinggi penerbitnya", "pengadilan yang menerbitkannya");
    }

    private String verified(UploadedFile copy) throws Exception {
        String number = applications.submit(new Submission("legalisasi", Samples.applicant(), new ObjectMapper()
                .readTree("""
                        {"documentType": "surat keterangan desa/kelurahan", "documentNumber": "145/27/BJ/2026",
                         "documentDate": "2026-11-02", "issuer": "Kepala Desa Batunadua Julu"}"""),
                List.of(copy, new UploadedFile("ktp", "ktp.jpg", Samples.jpeg())), null,
                Submission.CHANNEL_ONLINE)).registrationNumber();
        StaffWork.verified(processEngine, number);
        return number;
    }

    private Letter issue(String registration) {
        return new TransactionTemplate(transactions).execute(s -> letters.issue(registration, "camat"));
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static String text(ResponseEntity<String> page) {
        return HtmlUtils.htmlUnescape(page.getBody() == null ? "" : page.getBody()).replaceAll("\\s+", " ");
    }
}
