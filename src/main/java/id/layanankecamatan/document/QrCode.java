package id.layanankecamatan.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a QR code as vector squares: sharp at any zoom or print resolution, and no image to embed. The letters draw
 * it into their PDF; a web page takes it as inline SVG (the Telegram link on the receipt, the survey kiosk's code).
 */
public final class QrCode {

    private QrCode() {
    }

    /** {@code (x, y)} is the lower-left corner; the code, with its quiet zone, fills {@code size} points. */
    static void draw(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(0f);
        for (Run run : runs(matrix)) {
            out.addRect(x + run.column() * module, y + size - (run.row() + 1) * module, run.length() * module, module);
        }
        out.fill();
    }

    /**
     * The code as an SVG element of {@code size} CSS pixels, one path of unit squares in a viewBox of modules: no
     * image (the pages' CSP allows none from elsewhere) and sharp on any screen. {@code label}: its text alternative.
     */
    public static String svg(String content, int size, String label) {
        try {
            return svg(matrix(content), " width=\"" + size + "\" height=\"" + size + "\"", label);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The code as an SVG element that scales to its box (the page's CSS sizes it). */
    public static String svg(String content, String label) throws IOException {
        return svg(matrix(content), "", label);
    }

    private static String svg(BitMatrix matrix, String sizeAttributes, String label) {
        StringBuilder path = new StringBuilder();
        for (Run run : runs(matrix)) {
            path.append('M').append(run.column()).append(' ').append(run.row()).append('h').append(run.length())
                    .append("v1h-").append(run.length()).append('z');
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"" + sizeAttributes
                + " viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + HtmlUtils.htmlEscape(label) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix matrix(String content) throws IOException {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("QR code cannot hold " + content.length() + " characters", e);
        }
    }

    /** One rectangle per run of dark modules in a row: fewer seams between neighbours when rendered. */
    private static List<Run> runs(BitMatrix matrix) {
        List<Run> runs = new ArrayList<>();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                runs.add(new Run(row, start, column - start));
            }
        }
        return runs;
    }

    private record Run(int row, int column, int length) {
    }
}
