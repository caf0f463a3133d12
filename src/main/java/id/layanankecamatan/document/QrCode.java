package id.layanankecamatan.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as vector squares: sharp at any zoom or print resolution, and no image to embed. In a letter (PDF)
 * or on a web page (SVG, e.g. the survey kiosk's code to the portal).
 */
public final class QrCode {

    private QrCode() {
    }

    /** {@code (x, y)} is the lower-left corner; the code, with its quiet zone, fills {@code size} points. */
    static void draw(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                // one rectangle per run of dark modules: fewer seams between neighbours when rendered
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                out.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        out.fill();
    }

    /**
     * An inline SVG of the code, one unit per module, that scales to its box: no image request and nothing the
     * page's content security policy would refuse. {@code label} is read out by screen readers.
     */
    public static String svg(String content, String label) throws IOException {
        BitMatrix matrix = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    path.append('M').append(column).append(' ').append(row).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><title>"
                + org.springframework.web.util.HtmlUtils.htmlEscape(label) + "</title><rect width=\"100%\" "
                + "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
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
}
