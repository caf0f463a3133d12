package id.layanankecamatan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/** Lays out an A4 letter with letterhead, number, body and signature block. */
@Component
public class LetterRenderer {

    // Liberation Sans ships inside PDFBox; embedding it keeps non-ASCII names (é, ñ, ’) printable
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 16;

    public byte[] render(LetterContent letter) {
        try (PDDocument document = new PDDocument(); InputStream fontData = getClass().getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.title() + " " + letter.number());
            info.setAuthor(letter.officeName());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new Layout(out, font, page.getMediaBox()).draw(letter);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter could not be rendered", e);
        }
    }

    /** A cursor moving down the page. */
    private static final class Layout {
        private final PDPageContentStream out;
        private final PDFont font;
        private final PDRectangle box;
        private float y;

        Layout(PDPageContentStream out, PDFont font, PDRectangle box) {
            this.out = out;
            this.font = font;
            this.box = box;
            this.y = box.getHeight() - 60;
        }

        void draw(LetterContent letter) throws IOException {
            centered(letter.government(), 12);
            centered(letter.officeName(), 15);
            centered(letter.officeAddress(), 9);
            centered(letter.officeContact(), 9);
            y += 6;
            out.setLineWidth(1.5f);
            out.moveTo(MARGIN, y);
            out.lineTo(box.getWidth() - MARGIN, y);
            out.stroke();
            y -= 30;
            centered(letter.title(), 13);
            float titleWidth = width(letter.title(), 13);
            out.setLineWidth(0.7f);
            out.moveTo((box.getWidth() - titleWidth) / 2, y + LEADING - 3);
            out.lineTo((box.getWidth() + titleWidth) / 2, y + LEADING - 3);
            out.stroke();
            centered("Nomor: " + letter.number(), BODY_SIZE);
            y -= 14;
            for (String paragraph : letter.paragraphs()) {
                for (String line : wrap(paragraph, box.getWidth() - 2 * MARGIN)) {
                    text(line, MARGIN, BODY_SIZE);
                }
                y -= 6;
            }
            y -= 20;
            float signX = box.getWidth() / 2 + 30;
            text(letter.placeAndDate(), signX, BODY_SIZE);
            if (letter.onBehalfOf() != null) {
                for (String line : wrap("a.n. " + letter.onBehalfOf(), box.getWidth() - MARGIN - signX)) {
                    text(line, signX, BODY_SIZE);
                }
            }
            for (String line : wrap(letter.signerTitle() + ",", box.getWidth() - MARGIN - signX)) {
                text(line, signX, BODY_SIZE);
            }
            y -= 50;
            text(letter.signerName(), signX, BODY_SIZE);
            text("NIP. " + letter.signerNip(), signX, BODY_SIZE);
            if (letter.draft()) {
                watermark("PRATINJAU - BELUM DITANDATANGANI");
            }
        }

        private void centered(String value, float size) throws IOException {
            text(value, (box.getWidth() - width(value, size)) / 2, size);
        }

        private void text(String value, float x, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(value);
            out.endText();
            y -= Math.max(LEADING, size + 5);
        }

        private void watermark(String value) throws IOException {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.25f);
            out.setGraphicsStateParameters(translucent);
            out.beginText();
            out.setFont(font, 34);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 110, 250));
            out.showText(value);
            out.endText();
        }

        private float width(String value, float size) throws IOException {
            return font.getStringWidth(value) / 1000 * size;
        }

        private List<String> wrap(String paragraph, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, BODY_SIZE) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
