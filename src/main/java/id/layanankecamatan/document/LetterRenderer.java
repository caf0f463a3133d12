package id.layanankecamatan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import id.layanankecamatan.signing.SignatureCertificate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * Lays out an A4 letter: letterhead with emblem, number, body (paragraphs and aligned rows), signature block in
 * tata naskah form, QR code, and the UU ITE/BSrE footer only on a BSrE-signed letter; PDF/A-2b. Lines of a
 * paragraph that are rows of a {@link LetterTable} are drawn as a ruled table, the first row as its header. A body
 * too long for one page (eight heirs with long names) goes on to the next page, a table with its header again,
 * and the signature block is never split from the QR code.
 */
@Component
public class LetterRenderer {

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
    private static final float CELL_PADDING = 4;
    private static final float TABLE_LEADING = 14;
    private static final float BOTTOM_MARGIN = 56;
    // place and date, a.n., title, the space to sign, name, rank and NIP, with the QR code beside them
    private static final float SIGNATURE_BLOCK_HEIGHT = 160;

    private final Emblem logo;
    private final LetterFont fonts;

    public LetterRenderer(LetterProperties properties, LetterFont fonts) {
        try (InputStream in = properties.logo().getInputStream()) {
            this.logo = Emblem.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The letterhead logo " + properties.logo() + " cannot be read", e);
        }
        this.fonts = fonts;
    }

    public byte[] render(LetterContent letter) {
        try (LetterFont.Lease lease = fonts.lease(); PDDocument document = new PDDocument()) {
            PDFont font = lease.in(document);
            PdfA.declare(document, letter.number() == null ? letter.title() : letter.title() + " " + letter.number(),
                    letter.officeName(), letter.createdAt());
            PDImageXObject emblem = logo.in(document);
            Layout layout = new Layout(document, font, letter.draft());
            try {
                layout.draw(letter, emblem);
            } finally {
                layout.finishPage();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter could not be rendered", e);
        }
    }

    /** A cursor moving down the page, onto a new page when the next thing does not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private final PDRectangle box = PDRectangle.A4;
        private final boolean draft;
        private final Map<Integer, Boolean> inFont = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Layout(PDDocument document, PDFont font, boolean draft) throws IOException {
            this.document = document;
            this.font = font;
            this.draft = draft;
            newPage();
            this.y = box.getHeight() - 60;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(box);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = box.getHeight() - MARGIN;
        }

        /** Closes the page; a preview is marked on every page. */
        void finishPage() throws IOException {
            if (draft) {
                watermark("PRATINJAU - BELUM DITANDATANGANI");
            }
            out.close();
        }

        /** Goes on to a new page unless {@code height} more fits above the bottom margin. */
        private boolean room(float height) throws IOException {
            if (y - height >= BOTTOM_MARGIN) {
                return false;
            }
            finishPage();
            newPage();
            return true;
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
            room(SIGNATURE_BLOCK_HEIGHT);
            float signatureTop = y;
            signatureBlock(letter.placeAndDate(), letter.signatory());
            if (!letter.draft()) {
                verificationMark(letter.verification(), letter.certificate(), signatureTop);
                if (letter.certificate() == SignatureCertificate.BSRE) {
                    certifiedSignatureFooter();
                }
            }
        }

        /** Lines of running text; consecutive table rows ({@link LetterTable}) as one ruled table. */
        private void paragraph(String text) throws IOException {
            List<List<String>> table = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (LetterTable.isRow(line)) {
                    table.add(LetterTable.cells(line));
                    continue;
                }
                table(table);
                for (String wrapped : wrap(line, box.getWidth() - 2 * MARGIN)) {
                    room(LEADING);
                    text(wrapped, MARGIN, BODY_SIZE, false);
                }
            }
            table(table);
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
                    room(LEADING);
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

        /**
         * The collected rows as a ruled table across the text width, then emptied; long cells wrap. The header stays
         * with the first row; a row that does not fit goes to the next page under the header again.
         */
        private void table(List<List<String>> rows) throws IOException {
            if (rows.isEmpty()) {
                return;
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            float[] natural = new float[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    natural[c] = Math.max(natural[c], width(row.get(c), BODY_SIZE) + 2 * CELL_PADDING);
                }
            }
            float[] widths = columnWidths(natural, box.getWidth() - 2 * MARGIN);
            // from the baseline of the next line to the top edge of the first row, clear of the line above
            y += BODY_SIZE - 3;
            for (int r = 0; r < rows.size(); r++) {
                float height = rowHeight(rows.get(r), widths);
                float needed = r == 0 && rows.size() > 1 ? height + rowHeight(rows.get(1), widths) : height;
                if (room(needed) && r > 0) {
                    y = row(rows.get(0), widths, y, true);
                }
                y = row(rows.get(r), widths, y, r == 0);
            }
            y -= LEADING - 2;
            rows.clear();
        }

        private float rowHeight(List<String> row, float[] widths) throws IOException {
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                lines = Math.max(lines, wrap(c < row.size() ? row.get(c) : "", widths[c] - 2 * CELL_PADDING).size());
            }
            return lines * TABLE_LEADING + 2 * CELL_PADDING - 2;
        }

        /** One ruled row with its top edge at {@code top}; returns its bottom edge. */
        private float row(List<String> row, float[] widths, float top, boolean header) throws IOException {
            float height = rowHeight(row, widths);
            // the ruling first: a path must be painted before the next text object begins
            float x = MARGIN;
            for (float width : widths) {
                out.addRect(x, top - height, width, height);
                x += width;
            }
            out.setLineWidth(0.5f);
            out.stroke();
            x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float baseline = top - CELL_PADDING - BODY_SIZE + 2;
                for (String line : wrap(c < row.size() ? row.get(c) : "", widths[c] - 2 * CELL_PADDING)) {
                    show(line, x + CELL_PADDING, baseline, BODY_SIZE, header);
                    baseline -= TABLE_LEADING;
                }
                x += widths[c];
            }
            return top - height;
        }

        /**
         * The first column (the number) keeps its natural width. Of the others, a column narrower than its fair
         * share keeps its natural width too (a NIK is never broken); the wide ones share what is left in proportion
         * to their widest cell. When everything fits, the spare width is shared in proportion.
         */
        private static float[] columnWidths(float[] natural, float total) {
            float[] widths = natural.clone();
            boolean[] kept = new boolean[natural.length];
            kept[0] = true;
            float left = total - natural[0];
            boolean changed = true;
            while (changed) {
                changed = false;
                long open = IntStream.range(0, kept.length).filter(c -> !kept[c]).count();
                for (int c = 1; c < natural.length && open > 0; c++) {
                    if (!kept[c] && natural[c] <= left / open) {
                        kept[c] = true;
                        left -= natural[c];
                        changed = true;
                        break;
                    }
                }
            }
            float wide = 0;
            for (int c = 1; c < natural.length; c++) {
                wide += kept[c] ? 0 : natural[c];
            }
            if (wide == 0) {
                float spare = left;
                float all = total - natural[0] - spare;
                for (int c = 1; c < natural.length; c++) {
                    widths[c] = all == 0 ? spare / (natural.length - 1) : natural[c] + spare * natural[c] / all;
                }
                return widths;
            }
            for (int c = 1; c < natural.length; c++) {
                if (!kept[c]) {
                    widths[c] = left * natural[c] / wide;
                }
            }
            return widths;
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
            show(value, x, y, size, bold);
        }

        private void show(String value, float x, float baseline, float size, boolean bold) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(size * 0.03f);
            out.newLineAtOffset(x, baseline);
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
            LetterFont.composed(value).codePoints().forEach(c -> {
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
