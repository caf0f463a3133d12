package id.layanankecamatan.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.application.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Test data: a plausible applicant and small but real scans (photos are decoded and re-encoded when stored). */
public final class Samples {

    public static final String NIK = "1277035505900001";

    private Samples() {
    }

    public static ApplicantData applicant() {
        return new ApplicantData(NIK, "Siti Nur'aini Hasibuan", "Jl. Merdeka No. 5", "003", "002", "Batunadua Julu",
                "Melamar pekerjaan", "siti@example.com", "081234567890");
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A real PDF of {@code pages} A4 pages, each saying which page it is: what a legalisation stamps. */
    public static byte[] scannedPdf(int pages) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.font.PDFont font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream out =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(font, 14);
                    out.newLineAtOffset(72, 760);
                    out.showText("SURAT KETERANGAN DESA halaman " + i);
                    out.endText();
                }
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real PNG photo of a paper document (a grey sheet). */
    public static byte[] scannedPng() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(420, 594,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.LIGHT_GRAY);
        g.fillRect(0, 0, 420, 594);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small real PNG (photos are decoded before they are stored, so magic bytes alone no longer pass). */
    public static byte[] png() {
        return image("png", java.awt.Color.LIGHT_GRAY, 48, 64);
    }

    /** A small real JPEG without metadata: the server stores it byte for byte. */
    public static byte[] jpeg() {
        return jpeg(java.awt.Color.LIGHT_GRAY, 48, 64);
    }

    /** A plain JPEG of one colour, e.g. to tell the pages of a PDF apart. */
    public static byte[] jpeg(java.awt.Color color, int width, int height) {
        return image("jpg", color, width, height);
    }

    /** A real 1 x 1 JPEG whose frame header (SOF0) declares another size: a few hundred bytes, a huge image. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = jpeg(java.awt.Color.WHITE, 1, 1);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // marker, length (2), precision (1), height (2), width (2)
                java.nio.ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 in the encoded JPEG");
    }

    private static byte[] image(String format, java.awt.Color color, int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A valid online application for any catalogue service: sample values from its field definitions. */
    public static Submission submission(ServiceDefinition service) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (FieldDefinition field : service.fields()) {
            if (field.type() == FieldDefinition.Type.ROWS) {
                ArrayNode rows = details.putArray(field.code());
                for (int i = 0; i < Math.max(1, field.minRows() == null ? 1 : field.minRows()); i++) {
                    ObjectNode row = rows.addObject();
                    field.columns().forEach(c -> row.put(c.code(), sample(c)));
                }
            } else if (field.required()) {
                details.put(field.code(), sample(field));
            }
        }
        List<UploadedFile> files = service.fileRequirements().stream()
                // a copy the letter is stamped on must be a real document
                .map(r -> new UploadedFile(r.code(), r.code() + ".pdf", r.code().equals(service.letter().stampOnCopy())
                        ? scannedPdf(1) : pdf(r.code()))).toList();
        return new Submission(service.code(), applicant(), details, files, null, Submission.CHANNEL_ONLINE);
    }

    private static String sample(FieldDefinition field) {
        return switch (field.type()) {
            case NIK -> NIK;
            case NUMBER -> "2";
            case DATE -> field.leadTime() == null ? "2026-12-01" : eventDate();
            case SELECT -> field.options().get(0);
            default -> "contoh " + field.label();
        };
    }

    /**
     * A date far enough ahead of the engine's clock (which tests move) for any lead time, such as the police's
     * notice period before an event: a year on.
     */
    public static String eventDate() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Jakarta")).plusYears(1)
                .toString();
    }

    /** Service data of a Surat Keterangan Domisili: living at the KTP address since a known day. */
    public static ObjectNode domisiliDetails() {
        return JsonNodeFactory.instance.objectNode().put("domicileSince", "2019-07-01");
    }

    /** The applicant and the domisili data in one object, as the API's data part carries them. */
    public static ObjectNode domisiliData() {
        ObjectNode data = new ObjectMapper().valueToTree(applicant());
        return data.setAll(domisiliDetails());
    }

    public static List<UploadedFile> domisiliScans() {
        return List.of(new UploadedFile("ktp", "ktp.jpg", jpeg()), new UploadedFile("kk", "kk.pdf", pdf("kk")),
                new UploadedFile("pengantar_rt_rw", "pengantar.png", png()));
    }

    /** Service data of a Surat Keterangan Ahli Waris: the deceased, three heirs and two witnesses. */
    public static ObjectNode ahliWarisDetails() {
        try {
            return (ObjectNode) new ObjectMapper().readTree("""
                    {"deceasedName": "Ahmad Lubis", "deceasedNik": "1277031005600001", "dateOfDeath": "2026-10-02",
                     "statementDate": "2026-10-20", "statementKnownBy": "Lurah Batunadua Julu",
                     "heirs": [
                       {"name": "Rosmawati Nasution", "nik": "1277034506700001", "relationship": "istri"},
                       {"name": "Putra Lubis", "nik": "1277031203950002", "relationship": "anak"},
                       {"name": "Nur'aini Lubis", "nik": "1277035708980003", "relationship": "anak"}],
                     "witnesses": [
                       {"name": "Harun Siregar", "nik": "1277030101700004"},
                       {"name": "Marlina Daulay", "nik": "1277034202750005"}]}""");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<UploadedFile> ahliWarisScans() {
        return List.of(new UploadedFile("akta_kematian", "akta.pdf", pdf("akta")),
                new UploadedFile("pernyataan_ahli_waris", "pernyataan.pdf", pdf("pernyataan")),
                new UploadedFile("ktp_kk_ahli_waris", "ktp-kk.pdf", pdf("ktp kk")));
    }
}
