package id.layanankecamatan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import id.layanankecamatan.signing.SignatureCertificate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * Lays out an A4 letter: letterhead with emblem, number, body (paragraphs and aligned rows), signature block in
 * tata naskah form, QR code, and the UU ITE/BSrE footer only on a BSrE-signed letter; PDF/A-2b.
 */
@Component
public class LetterRenderer {

    // Liberation Sans ships inside PDFBox; embedding it keeps non-ASCII names (é, ñ, ’) printable
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 16;
    private static final float LOGO_SIZE = 62;
    private static final float QR_SIZE = 84;
    private static final float ROW_INDENT = 18;
    private static final float LABEL_SHARE = 0.4f;
    // UU 11/2008 Pasal 5(1) as amended; the second sentence as in the BKN SE 3/2022 footer
    private static final List<String> BSRE_FOOTER = List.of(
            "UU ITE Pasal 5 ayat (1): \"Informasi Elektronik dan/atau Dokumen Elektronik dan/atau hasil cetaknya "
                    + "merupakan alat bukti hukum yang sah.\"",
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan "
                    + "oleh BSrE.");

    private final byte[] logo;

    public LetterRenderer(LetterProperties properties) {
        try (InputStream in = properties.logo().getInputStream()) {
            this.logo = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The letterhead logo " + properties.logo() + " cannot be read", e);
        }
    }

    public byte[] render(LetterContent letter) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = load(document, FONT);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PdfA.declare(document, letter.number() == null ? letter.title() : letter.title() + " " + letter.number(),
                    letter.officeName(), letter.createdAt());
            PDImageXObject emblem = PDImageXObject.createFromByteArray(document, logo, "logo");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new Layout(out, font, page.getMediaBox()).draw(letter, emblem);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter could not be rendered", e);
        }
    }

    private PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream data = getClass().getResourceAsStream(resource)) {
            return PDType0Font.load(document, data);
        }
    }

    /** A cursor moving down the page. */
    private static final class Layout {
        private final PDPageContentStream out;
        private final PDFont font;
        private final PDRectangle box;
        private final Map<Integer, Boolean> inFont = new HashMap<>();
        private float y;

        Layout(PDPageContentStream out, PDFont font, PDRectangle box) {
            this.out = out;
            this.font = font;
            this.box = box;
            this.y = box.getHeight() - 60;
        }

        void draw(LetterContent letter, PDImageXObject emblem) throws IOException {
            letterhead(letter, emblem);
            centered(letter.title(), 13, true);
            float titleWidth = width(letter.title(), 13);
            out.setLineWidth(0.7f);
            out.moveTo((box.getWidth() - titleWidth) / 2, y + LEADING - 3);
            out.lineTo((box.getWidth() + titleWidth) / 2, y + LEADING - 3);
            out.stroke();
            if (letter.number() != null) {
                centered("Nomor: " + letter.number(), BODY_SIZE, false);
            }
            y -= 14;
            for (LetterBlock block : letter.body()) {
                if (block instanceof LetterBlock.Rows rows) {
                    rows(rows.rows());
                } else if (block instanceof LetterBlock.Paragraph paragraph) {
                    paragraph(paragraph.text());
                }
                y -= 6;
            }
            y -= 20;
            float signatureTop = y;
            signatureBlock(letter.placeAndDate(), letter.signatory());
            if (letter.draft()) {
                watermark("PRATINJAU - BELUM DITANDATANGANI");
            } else {
                verificationMark(letter.verification(), letter.certificate(), signatureTop);
                if (letter.certificate() == SignatureCertificate.BSRE) {
                    certifiedSignatureFooter();
                }
            }
        }

        private void paragraph(String text) throws IOException {
            for (String line : text.split("\n")) {
                for (String wrapped : wrap(line, box.getWidth() - 2 * MARGIN)) {
                    text(wrapped, MARGIN, BODY_SIZE, false);
                }
            }
        }

        /**
         * Tata naskah rows: labels indented in one column, the colons lined up after the longest label (at most
         * {@link #LABEL_SHARE} of the line), each value wrapped in its own column.
         */
        private void rows(List<LetterBlock.Row> rows) throws IOException {
            float left = MARGIN + ROW_INDENT;
            float right = box.getWidth() - MARGIN;
            float widest = 0;
            for (LetterBlock.Row row : rows) {
                widest = Math.max(widest, width(row.label(), BODY_SIZE));
            }
            float labelWidth = Math.min(widest, (right - left) * LABEL_SHARE);
            float colonX = left + labelWidth + 6;
            float valueX = colonX + width(": ", BODY_SIZE);
            for (LetterBlock.Row row : rows) {
                List<String> labels = wrap(row.label(), labelWidth);
                List<String> values = new ArrayList<>();
                for (String line : row.value().split("\n")) {
                    values.addAll(wrap(line, right - valueX));
                }
                int lines = Math.max(Math.max(labels.size(), values.size()), 1);
                for (int i = 0; i < lines; i++) {
                    if (i < labels.size()) {
                        show(labels.get(i), left, BODY_SIZE, false);
                    }
                    if (i == 0) {
                        show(":", colonX, BODY_SIZE, false);
                    }
                    if (i < values.size()) {
                        show(values.get(i), valueX, BODY_SIZE, false);
                    }
                    y -= LEADING;
                }
            }
        }

        private void letterhead(LetterContent letter, PDImageXObject emblem) throws IOException {
            float top = y + 14;
            float logoWidth = LOGO_SIZE * emblem.getWidth() / emblem.getHeight();
            out.drawImage(emblem, MARGIN - 12, top - LOGO_SIZE, logoWidth, LOGO_SIZE);
            centered(letter.government(), 12, true);
            centered(letter.officeName(), 15, true);
            centered(letter.officeAddress(), 9, false);
            centered(letter.officeContact(), 9, false);
            y = Math.min(y, top - LOGO_SIZE - 14) + 6;
            out.setLineWidth(1.5f);
            out.moveTo(MARGIN - 12, y);
            out.lineTo(box.getWidth() - MARGIN + 12, y);
            out.stroke();
            y -= 30;
        }

        /** Place and date, the capacity (a.n./Plh./Plt.), room for the mark, name, rank and NIP. */
        private void signatureBlock(String placeAndDate, Signatory signatory) throws IOException {
            float signX = box.getWidth() / 2 + 30;
            float signWidth = box.getWidth() - MARGIN - signX;
            text(placeAndDate, signX, BODY_SIZE, false);
            for (String heading : signatory.heading()) {
                for (String line : wrap(heading, signWidth)) {
                    text(line, signX, BODY_SIZE, false);
                }
            }
            y -= 50;
            float nameY = y;
            text(signatory.name(), signX, BODY_SIZE, true);
            float nameWidth = Math.min(width(signatory.name(), BODY_SIZE), signWidth);
            out.setLineWidth(0.6f);
            out.moveTo(signX, nameY - 2);
            out.lineTo(signX + nameWidth, nameY - 2);
            out.stroke();
            if (signatory.hasRank()) {
                text(signatory.rank(), signX, BODY_SIZE, false);
            }
            text(signatory.printedNip(), signX, BODY_SIZE, false);
        }

        /**
         * QR code and the short code beside it, left of the signature: anyone can check the letter online. The
         * words say which certificate signed, and claim no more (PP 71/2019 tells certified from uncertified). A
         * document outside the letter register (the maklumat) has no code; its QR code opens the page that
         * publishes it.
         */
        private void verificationMark(LetterContent.Verification verification, SignatureCertificate certificate,
                                      float top) throws IOException {
            QrCode.draw(out, verification.url(), MARGIN - 8, top - QR_SIZE + 8, QR_SIZE);
            float x = MARGIN + QR_SIZE - 2;
            float saved = y;
            y = top - 4;
            text("Ditandatangani secara elektronik", x, 7.5f, false);
            text(certificate.words() + ".", x, 7.5f, false);
            if (verification.code() != null) {
                text("Kode verifikasi:", x, 7.5f, false);
                text(verification.code(), x, 10, true);
            }
            text("Periksa keaslian di", x, 7.5f, false);
            text(verification.checkAddress(), x, 7.5f, false);
            y = saved;
        }

        /** Only on a letter signed with a BSrE certificate: the statement such letters carry (BKN SE 3/2022). */
        private void certifiedSignatureFooter() throws IOException {
            float saved = y;
            y = MARGIN - 20;
            for (String sentence : BSRE_FOOTER) {
                for (String line : wrap(sentence, box.getWidth() - 2 * MARGIN, 7.5f)) {
                    centered(line, 7.5f, false);
                }
            }
            y = saved;
        }

        private void centered(String value, float size, boolean bold) throws IOException {
            text(value, (box.getWidth() - width(value, size)) / 2, size, bold);
        }

        /** One line of text, then down to the next line. */
        private void text(String value, float x, float size, boolean bold) throws IOException {
            show(value, x, size, bold);
            y -= size < BODY_SIZE ? size + 3 : Math.max(LEADING, size + 5);
        }

        /** Text at the cursor's height, which stays (several columns on one line). Bold is the regular face
         * filled and outlined: one embedded font is enough. */
        private void show(String value, float x, float size, boolean bold) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(size * 0.03f);
            out.newLineAtOffset(x, y);
            out.showText(printable(value));
            out.endText();
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
            return font.getStringWidth(printable(value)) / 1000 * size;
        }

        /**
         * Stored text as the font can print it: a character the font lacks (an emoji, a script it does not cover)
         * becomes '?', invisible format and control characters are dropped. Text is checked at the edge
         * (TextPolicy), but a letter must never fail on what is already stored.
         */
        private String printable(String value) {
            StringBuilder printable = new StringBuilder(value.length());
            value.codePoints().forEach(c -> {
                int type = Character.getType(c);
                if (type == Character.FORMAT || type == Character.CONTROL) {
                    return;
                }
                printable.append(inFont.computeIfAbsent(c, this::hasGlyph) ? Character.toString(c) : "?");
            });
            return printable.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        }

        private List<String> wrap(String paragraph, float maxWidth) throws IOException {
            return wrap(paragraph, maxWidth, BODY_SIZE);
        }

        private List<String> wrap(String paragraph, float maxWidth, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) > maxWidth && !line.isEmpty()) {
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
