package id.layanankecamatan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The letters' font, Liberation Sans (it ships inside PDFBox; embedding it keeps non-ASCII names such as é, ñ, ’
 * printable), read from the jar once and parsed once per concurrent letter rather than for every letter.
 * <p>
 * GSUB is switched off: for Latin text PDFBox would otherwise run its glyph-substitution regular expressions on
 * every line drawn, and this font's Latin substitutions (ccmp, subs, sups) change nothing in a letter once the text
 * is composed (NFC, {@link #composed}). A parsed font reads its tables from one shared position, so it serves
 * one document at a time: a {@link Lease} holds it until that document is saved (the subset is written then).
 */
@Component
public class LetterFont {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    // enough for the office's concurrent signers; more are parsed when needed and dropped when returned
    private static final int KEPT = 16;

    private final byte[] data;
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    public LetterFont() {
        try (InputStream in = LetterFont.class.getResourceAsStream(FONT)) {
            this.data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + FONT + " cannot be read", e);
        }
    }

    /** A parsed font for one document; close the lease after the document is saved. */
    public Lease lease() throws IOException {
        TrueTypeFont font = idle.poll();
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            font.setEnableGsub(false);
        }
        return new Lease(font);
    }

    /** Text in composed form: "e" with a combining acute becomes "é", as the font's ccmp substitution would draw it. */
    static String composed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** One parsed font lent to one document. */
    public final class Lease implements AutoCloseable {
        private TrueTypeFont font;

        private Lease(TrueTypeFont font) {
            this.font = font;
        }

        /** The font embedded as a subset in {@code document}. */
        public PDType0Font in(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }

        @Override
        public void close() throws IOException {
            if (font == null) {
                return;
            }
            if (idle.size() < KEPT) {
                idle.offer(font);
            } else {
                font.close();
            }
            font = null;
        }
    }
}
