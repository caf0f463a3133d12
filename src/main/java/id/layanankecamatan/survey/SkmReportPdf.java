package id.layanankecamatan.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The period report as a PDF for publication and the camat's file, in the sections of the model report of
 * PermenPAN-RB 14/2017 (the same content as {@link SkmReportCsv}); long text wraps, pages follow as needed.
 */
final class SkmReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;

    private SkmReportPdf() {
    }

    static byte[] of(SkmReport report, String officeName) {
        try (PDDocument document = new PDDocument();
             InputStream fontData = SkmReportPdf.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontData);
            document.getDocumentInformation().setTitle("Laporan Survei Kepuasan Masyarakat " + report.from() + " s.d. "
                    + report.to());
            try (Pages pages = new Pages(document, font)) {
                write(pages, report, officeName);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The survey report could not be rendered", e);
        }
    }

    private static void write(Pages out, SkmReport report, String officeName) throws IOException {
        SkmResult result = report.result();
        out.text(officeName, 13);
        out.text("Laporan Survei Kepuasan Masyarakat: " + report.scopeName(), 12);
        out.text("Periode " + report.from() + " s.d. " + report.to(), 10);
        out.gap();
        out.text("I. Pendahuluan", 11);
        out.text("Survei dilaksanakan berdasarkan UU 25/2009 tentang Pelayanan Publik dan PermenPAN-RB 14/2017 untuk "
                + "mengukur kepuasan masyarakat atas pelayanan, sebagai bahan perbaikan kualitas pelayanan.", 9);
        out.gap();
        out.text("II. Metode", 11);
        out.text("Responden: " + result.respondents() + "; sampel minimal (Krejcie-Morgan, atas permohonan selesai "
                + "pada periode): " + result.sampleRequired() + "; sampel "
                + (result.sampleSufficient() ? "memenuhi." : "belum memenuhi."), 9);
        out.text("NRR per unsur = jumlah nilai / jumlah responden yang menjawab unsur itu; IKM = jumlah NRR x 1/9; "
                + "nilai konversi = IKM x 25, dibulatkan 2 desimal. Mutu: A (Sangat baik) >= 88,31; B (Baik) >= 76,61; "
                + "C (Kurang baik) >= 65,00; D (Tidak baik) di bawahnya.", 9);
        out.gap();
        out.text("III. Hasil per unsur", 11);
        for (SkmResult.Element e : result.elements()) {
            out.text(element(e), 9);
        }
        out.text("IKM: " + number(result.ikm()) + "; nilai konversi " + number(result.ikmConverted()) + "; mutu "
                + (result.grade() == null ? "-" : result.grade().name() + " (" + result.grade().performance() + ")"), 10);
        out.gap();
        out.text("IV. Analisis: unsur terlemah (prioritas perbaikan)", 11);
        for (SkmResult.Element e : report.weakest()) {
            out.text(element(e), 9);
        }
        if (report.weakest().isEmpty()) {
            out.text("Belum ada jawaban pada periode ini.", 9);
        }
        if (report.serviceCode() == null) {
            out.gap();
            out.text("V. Hasil per layanan", 11);
            for (SkmReport.ServiceResult service : report.perService()) {
                SkmResult r = service.result();
                out.text(service.name() + ": " + r.respondents() + " responden, IKM " + number(r.ikm()) + ", nilai "
                        + "konversi " + number(r.ikmConverted()) + ", mutu " + (r.grade() == null ? "-" : r.grade().name())
                        + " (sampel minimal " + r.sampleRequired() + ")", 9);
            }
            if (report.perService().isEmpty()) {
                out.text("Belum ada jawaban pada periode ini.", 9);
            }
        }
        out.gap();
        out.text("Rencana tindak lanjut", 11);
        for (String paragraph : (report.followUp() == null ? "Belum disusun oleh camat." : report.followUp())
                .split("\\R")) {
            out.text(paragraph, 9);
        }
    }

    private static String element(SkmResult.Element e) {
        return e.element().code() + " " + e.element().title() + ": NRR " + number(e.nrr()) + " (x 25 = "
                + number(e.nrrConverted()) + ", mutu " + (e.grade() == null ? "-" : e.grade().name()) + "), "
                + e.respondents() + " responden";
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.toPlainString().replace('.', ',');
    }

    /** Lines from the top of A4 pages down, wrapped to the width, a new page when one is full. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument document;
        private final PDFont font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void text(String text, float size) throws IOException {
            for (String line : wrapped(text, size)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
                y -= size + 5;
            }
        }

        void gap() {
            y -= 8;
        }

        private List<String> wrapped(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text).strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The camat's text may hold characters the font lacks (emoji): each is shown as "?" rather than failing. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                String character = new String(Character.toChars(c));
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
