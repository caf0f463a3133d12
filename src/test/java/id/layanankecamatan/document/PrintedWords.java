package id.layanankecamatan.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The words of a PDF's first page with where they start, read back by PDFBox: to check columns line up. */
final class PrintedWords {

    record Word(String text, float x, float y) {
    }

    private final List<Word> words;

    private PrintedWords(List<Word> words) {
        this.words = words;
    }

    static PrintedWords of(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                // one call per word: split on the spaces PDFBox inserts between separately shown texts
                int start = 0;
                for (String part : text.split(" ", -1)) {
                    if (!part.isEmpty() && start < positions.size()) {
                        TextPosition first = positions.get(start);
                        words.add(new Word(part, first.getXDirAdj(), first.getYDirAdj()));
                    }
                    start += part.length() + 1;
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.writeText(document, new StringWriter());
        }
        return new PrintedWords(words);
    }

    /** The first word {@code text} on the line where {@code lineStart} is printed. */
    Word onLineOf(String lineStart, String text) {
        Word anchor = first(lineStart);
        return words.stream().filter(w -> Math.abs(w.y() - anchor.y()) < 1 && w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' on the line of '" + lineStart + "'"));
    }

    /** The word printed right after the colon on the line where {@code lineStart} is printed. */
    Word valueOnLineOf(String lineStart) {
        Word colon = onLineOf(lineStart, ":");
        return words.stream().filter(w -> Math.abs(w.y() - colon.y()) < 1 && w.x() > colon.x())
                .min((a, b) -> Float.compare(a.x(), b.x()))
                .orElseThrow(() -> new AssertionError("no value after the colon of '" + lineStart + "'"));
    }

    Word first(String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' is not printed; words: " + words));
    }
}
