package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.CameraPhoto;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camera photos through the citizen API (issue 17): a photo of up to 10 MB is stored upright, at most 2000 px, as a
 * JPEG of at most 2 MB without its GPS position; up to four photos of one requirement are stored as one PDF in the
 * order sent; what breaks a rule is refused with an Indonesian message on the requirement and stores nothing.
 */
class PhotoUploadTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MB = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScanPreparation scans;
    @Autowired
    ServiceCatalog catalog;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void aSixMegabyteCameraPhotoIsStoredNormalised() throws Exception {
        byte[] photo = CameraPhoto.jpeg(4000, 3000, 6, 6 * MB);
        assertThat(photo.length).isEqualTo(6 * MB);

        String number = created(p -> p.file("ktp", "IMG_20261102_101530.jpg", photo)
                .file("kk", "kk.pdf", Samples.pdf("kk")).file("pengantar_rt_rw", "rt.png", Samples.png()));

        Map<String, Object> ktp = stored(number, "ktp");
        assertThat(ktp.get("content_type")).isEqualTo("image/jpeg");
        assertThat(ktp.get("file_name")).isEqualTo("IMG_20261102_101530.jpg");
        byte[] content = (byte[]) ktp.get("content");
        assertThat(content.length).isLessThanOrEqualTo(2 * MB);
        assertThat(CameraPhoto.hasExifOrGps(content)).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        assertThat(image.getWidth()).isEqualTo(1500);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(CameraPhoto.upright(image)).isTrue();
        // a PNG is a photo too: stored as a JPEG under a name that says so
        Map<String, Object> rt = stored(number, "pengantar_rt_rw");
        assertThat(rt.get("content_type")).isEqualTo("image/jpeg");
        assertThat(rt.get("file_name")).isEqualTo("rt.jpg");
    }

    @Test
    void twoPhotosOfOneRequirementAreStoredAsATwoPagePdfInTheOrderSent() throws Exception {
        String number = created(p -> p.file("ktp", "ktp.jpg", Samples.jpeg())
                .file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "halaman-1.jpg", Samples.jpeg(Color.RED, 600, 800))
                .file("pengantar_rt_rw", "halaman-2.jpg", Samples.jpeg(Color.BLUE, 600, 800)));

        Map<String, Object> letter = stored(number, "pengantar_rt_rw");
        assertThat(letter.get("content_type")).isEqualTo("application/pdf");
        assertThat(letter.get("file_name")).isEqualTo("pengantar_rt_rw.pdf");
        try (PDDocument pdf = Loader.loadPDF((byte[]) letter.get("content"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(centre(pdf, 0)).as("page 1").matches(rgb -> CameraPhoto.near(rgb, Color.RED));
            assertThat(centre(pdf, 1)).as("page 2").matches(rgb -> CameraPhoto.near(rgb, Color.BLUE));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id"
                + " WHERE a.registration_number = ?").param(number).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aTwelveMegabyteImageIsRefused() throws Exception {
        byte[] photo = CameraPhoto.jpeg(1200, 900, 1, 12 * MB);
        assertRefused(p -> p.file("ktp", "ktp.jpg", photo), "ktp",
                "Ukuran berkas melebihi batas: foto paling besar 10 MB, PDF paling besar 2 MB.");
    }

    @Test
    void anImageTooBigToDecodeIsRefused() throws Exception {
        assertRefused(p -> p.file("ktp", "ktp.jpg", Samples.jpegDeclaring(10_000, 6_000)), "ktp",
                "Gambar terlalu besar untuk diolah (10000 x 6000 piksel, 60 megapiksel); paling besar 50 megapiksel."
                        + " Perkecil foto atau pindaian.");
    }

    @Test
    void aBrokenImageIsRefused() throws Exception {
        byte[] broken = Samples.jpeg(Color.GRAY, 400, 300);
        broken = java.util.Arrays.copyOf(broken, 200); // the header, then nothing of the picture
        byte[] truncated = broken;
        assertRefused(p -> p.file("ktp", "ktp.jpg", truncated), "ktp",
                "Gambar tidak dapat dibaca (rusak atau formatnya tidak didukung); unggah ulang foto JPG atau PNG biasa,"
                        + " atau PDF.");
    }

    @Test
    void fivePhotosOfOneRequirementAreRefused() throws Exception {
        assertRefused(p -> {
            for (int i = 1; i <= 5; i++) {
                p.file("pengantar_rt_rw", "halaman-" + i + ".jpg", Samples.jpeg());
            }
        }, "pengantar_rt_rw", "Paling banyak 4 foto untuk satu persyaratan; gabungkan halaman lainnya dalam satu PDF.");
    }

    @Test
    void aPdfWithAPhotoOfTheSameRequirementIsRefused() throws Exception {
        assertRefused(p -> p.file("pengantar_rt_rw", "rt.pdf", Samples.pdf("rt"))
                        .file("pengantar_rt_rw", "rt.jpg", Samples.jpeg()), "pengantar_rt_rw",
                "PDF harus dikirim sendiri: untuk satu persyaratan kirim satu PDF atau paling banyak 4 foto.");
    }

    @Test
    void whatTheStagingStepNormalisesIsStoredByteForByteAmongThePages() throws Exception {
        UploadedFile first = scans.normalise(catalog.get("domisili"), new UploadedFile("pengantar_rt_rw", "hal1.jpg",
                CameraPhoto.jpeg(2400, 1800, 8, 1_500_000)));
        UploadedFile second = scans.normalise(catalog.get("domisili"), new UploadedFile("pengantar_rt_rw", "hal2.png",
                Samples.png()));
        assertThat(first.requirementCode()).isEqualTo("pengantar_rt_rw");
        assertThat(first.originalName()).isEqualTo("hal1.jpg");
        assertThat(second.originalName()).isEqualTo("hal2.jpg");
        assertThat(CameraPhoto.hasExifOrGps(first.content())).isFalse();

        String number = created(p -> p.file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "hal1.jpg", first.content())
                .file("pengantar_rt_rw", "hal2.jpg", second.content()));

        try (PDDocument pdf = Loader.loadPDF((byte[]) stored(number, "pengantar_rt_rw").get("content"))) {
            assertThat(embedded(pdf.getPage(0))).isEqualTo(first.content());
            assertThat(embedded(pdf.getPage(1))).isEqualTo(second.content());
        }
    }

    @Test
    void theStagingStepRefusesOnTheRequirement() {
        assertThatThrownBy(() -> scans.normalise(catalog.get("domisili"), new UploadedFile("kk", "kk.jpg",
                Samples.jpegDeclaring(10_000, 6_000)))).isInstanceOfSatisfying(InvalidApplicationException.class, e ->
                assertThat(e.getBody().getProperties().get("errors").toString()).contains("field=kk", "60 megapiksel"));
        assertThatThrownBy(() -> scans.normalise(catalog.get("domisili"), new UploadedFile("foto", "f.jpg",
                Samples.jpeg()))).isInstanceOf(InvalidApplicationException.class);
    }

    private String created(Consumer<Http.Parts> files) throws Exception {
        Http.Parts parts = new Http.Parts().text("service", "domisili").json("data", Samples.domisiliData().toString());
        files.accept(parts);
        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", parts.build(), h -> { });
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(answer.getBody()).get("registrationNumber").asText();
    }

    private void assertRefused(Consumer<Http.Parts> change, String field, String message) throws Exception {
        long applications = count("application");
        long attachments = count("attachment");
        Http.Parts parts = new Http.Parts().text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("kk", "kk.pdf", Samples.pdf("kk"));
        if (!field.equals("ktp")) {
            parts.file("ktp", "ktp.jpg", Samples.jpeg());
        }
        if (!field.equals("pengantar_rt_rw")) {
            parts.file("pengantar_rt_rw", "rt.png", Samples.png());
        }
        change.accept(parts);

        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", parts.build(), h -> { });

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("errors")).as(answer.getBody()).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).isEqualTo(message);
        });
        assertThat(count("application")).isEqualTo(applications);
        assertThat(count("attachment")).isEqualTo(attachments);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Map<String, Object> stored(String number, String requirement) {
        return jdbc.sql("""
                SELECT t.file_name, t.content_type, t.content FROM attachment t
                JOIN application a ON a.id = t.application_id
                WHERE a.registration_number = ? AND t.requirement_code = ? AND NOT t.superseded""")
                .param(number).param(requirement).query().singleRow();
    }

    private static int centre(PDDocument pdf, int page) throws Exception {
        BufferedImage rendered = new PDFRenderer(pdf).renderImageWithDPI(page, 36);
        return rendered.getRGB(rendered.getWidth() / 2, rendered.getHeight() / 2);
    }

    private static byte[] embedded(PDPage page) throws Exception {
        PDImageXObject image = (PDImageXObject) page.getResources()
                .getXObject(page.getResources().getXObjectNames().iterator().next());
        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
            return raw.readAllBytes();
        }
    }
}
