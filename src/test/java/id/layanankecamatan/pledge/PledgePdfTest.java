package id.layanankecamatan.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceStandards;
import id.layanankecamatan.signing.SignatureCheck;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PdfChecks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The maklumat as the citizen downloads it from /maklumat.pdf, parsed back: the pledge with place, date, the camat's
 * post, name and NIP, what the standards rest on, a signature PDFBox and poppler's pdfsig accept, PDF/A-2b, and a
 * QR code that opens the maklumat page.
 */
class PledgePdfTest extends IntegrationTest {

    private static final Path OUT = Path.of("target", "pledge");

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    SignatureCheck signatures;
    @Autowired
    PublicUrl publicUrl;

    @Test
    void theDownloadedMaklumatStatesThePledgeItsDecreesHoursAndComplaintContact() throws Exception {
        byte[] pdf = download();
        ServiceStandards standards = catalog.standards();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PEMERINTAH KOTA PADANGSIDIMPUAN", "MAKLUMAT PELAYANAN",
                    "Dengan ini kami, KECAMATAN PADANGSIDIMPUAN BATUNADUA, menyatakan sanggup menyelenggarakan "
                            + "pelayanan sesuai standar pelayanan yang telah ditetapkan",
                    "siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
                    // the basis as aligned "label : value" rows (a long label wraps in its column)
                    "Standar pelayanan ditetapkan", "Nomor CONTOH-000/SK/BTN/2026; berlaku sejak 5 Januari 2026",
                    "Pelimpahan kewenangan kepada", "Nomor CONTOH-000/2026 tanggal 2 Januari 2026",
                    "Pejabat penanggung jawab : CONTOH Nama Camat, Camat Padangsidimpuan Batunadua",
                    "Jam kerja : Senin–Kamis pukul 07.30–16.00 WIB (istirahat 12.00–13.00); Jumat pukul 07.30–16.30 "
                            + "WIB (istirahat 11.30–13.00)",
                    "Jam layanan : " + standards.serviceHours(),
                    "Pengelola pengaduan : CONTOH Nama Pengelola Pengaduan",
                    "Pengaduan : " + standards.complaintContact(),
                    "Padangsidimpuan, 5 Januari 2026 CAMAT PADANGSIDIMPUAN BATUNADUA,",
                    "Nama Camat, S.STP Pembina (IV/a) NIP 19800101 200501 1 001",
                    "Ditandatangani secara elektronik dengan sertifikat pribadi penanda tangan.",
                    "Periksa keaslian di " + publicUrl.of("/maklumat"))
                    // not a numbered letter of the register
                    .doesNotContain("Nomor:", "Kode verifikasi", "PRATINJAU");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("MAKLUMAT PELAYANAN");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            Files.createDirectories(OUT);
            ImageIO.write(page, "png", OUT.resolve("maklumat.png").toFile());
            assertThat(PdfChecks.qrCode(page)).isEqualTo(publicUrl.of("/maklumat"));
        }
    }

    @Test
    void theMaklumatIsSignedWithTheOfficeCertificateInTheCamatsNameAndIsPdfA2b() throws Exception {
        byte[] pdf = download();

        PDSignature signature = PdfChecks.onlySignature(pdf).signature();
        assertThat(signature.getName()).isEqualTo("Nama Camat, S.STP");
        assertThat(signature.getReason()).isEqualTo("Maklumat pelayanan KECAMATAN PADANGSIDIMPUAN BATUNADUA");
        assertThat(signatures.check(pdf)).isEqualTo(SignatureCheck.Result.INTACT);
        assertThat(PdfChecks.pdfsig(pdf, OUT.resolve("maklumat.pdf"))).contains(
                "Signature Type: ETSI.CAdES.detached", "Signature Validation: Signature is Valid.",
                "Total document signed");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).as("veraPDF PDF/A-2b").isEmpty();
        // made once: a second download is the same signed file
        assertThat(download()).isEqualTo(pdf);
    }

    private byte[] download() {
        ResponseEntity<byte[]> response = new Http(baseUrl()).getBytes("/maklumat.pdf", headers -> { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"maklumat-pelayanan.pdf\"");
        return response.getBody();
    }
}
