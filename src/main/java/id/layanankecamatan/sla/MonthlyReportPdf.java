package id.layanankecamatan.sla;

import id.layanankecamatan.complaint.ComplaintMonthText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The monthly report as a one-page PDF for the camat's desk, with a bar chart of the on-time rate per service. */
final class MonthlyReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;

    private MonthlyReportPdf() {
    }

    static byte[] of(MonthlyReport report, String officeName) {
        try (PDDocument document = new PDDocument(); InputStream fontData = MonthlyReportPdf.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("Laporan standar pelayanan " + report.month());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(out, font, page.getMediaBox().getHeight() - MARGIN);
                writer.line(officeName, 13);
                writer.line("Laporan standar pelayanan bulan " + report.month(), 12);
                writer.gap(8);
                writer.line("Ketepatan waktu per layanan (langkah petugas yang selesai tepat waktu)", 11);
                writer.chart(report.perService(), page.getMediaBox().getWidth() - 2 * MARGIN);
                writer.gap(6);
                writer.table("Per langkah", report.perStep());
                writer.table("Per petugas", report.perOfficer());
                writer.line("Waktu penyelesaian permohonan (jam kerja kantor)", 11);
                for (MonthlyReport.CompletionTime time : report.completionTimes()) {
                    writer.line(time.serviceName() + ": " + time.finished() + " selesai, median "
                            + hours(time.medianMinutes()) + ", persentil 90 " + hours(time.p90Minutes()), 9);
                }
                if (report.completionTimes().isEmpty()) {
                    writer.line("Tidak ada permohonan yang selesai.", 9);
                }
                writer.gap(6);
                writer.line("Pengaduan, saran dan permintaan informasi", 11);
                writer.line(ComplaintMonthText.received(report.complaints()), 9);
                writer.line(ComplaintMonthText.closed(report.complaints()), 9);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The monthly report could not be rendered", e);
        }
    }

    private static String hours(Long minutes) {
        return minutes == null ? "-" : String.format("%d jam %02d menit", minutes / 60, minutes % 60);
    }

    private static final class Writer {
        private final PDPageContentStream out;
        private final PDFont font;
        private float y;

        Writer(PDPageContentStream out, PDFont font, float top) {
            this.out = out;
            this.font = font;
            this.y = top;
        }

        void line(String text, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(text);
            out.endText();
            y -= size + 6;
        }

        void gap(float points) {
            y -= points;
        }

        void table(String title, List<SlaDashboard.Rate> rates) throws IOException {
            line(title, 11);
            for (SlaDashboard.Rate rate : rates) {
                line(rate.label() + ": " + rate.onTime() + " dari " + rate.completed() + " tepat waktu ("
                        + (rate.ratePercent() == null ? "-" : rate.ratePercent() + " %") + ")", 9);
            }
            if (rates.isEmpty()) {
                line("Tidak ada langkah yang selesai.", 9);
            }
            gap(6);
        }

        /** One horizontal bar per service: its on-time rate out of 100 %. */
        void chart(List<SlaDashboard.Rate> rates, float width) throws IOException {
            float labelWidth = 190;
            float barMax = width - labelWidth - 45;
            for (SlaDashboard.Rate rate : rates) {
                int percent = rate.ratePercent() == null ? 0 : rate.ratePercent();
                float barY = y - 2;
                out.setNonStrokingColor(0.85f, 0.88f, 0.90f);
                out.addRect(MARGIN + labelWidth, barY, barMax, 10);
                out.fill();
                out.setNonStrokingColor(percent >= 90 ? 0.04f : 0.70f, percent >= 90 ? 0.36f : 0.15f,
                        percent >= 90 ? 0.23f : 0.12f);
                out.addRect(MARGIN + labelWidth, barY, barMax * percent / 100f, 10);
                out.fill();
                out.setNonStrokingColor(0f);
                text(shorten(rate.label(), 38), MARGIN, y, 9);
                text(percent + " %", MARGIN + labelWidth + barMax + 6, y, 9);
                y -= 16;
            }
            if (rates.isEmpty()) {
                line("Belum ada data bulan ini.", 9);
            }
        }

        private void text(String value, float x, float atY, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, atY);
            out.showText(value);
            out.endText();
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
