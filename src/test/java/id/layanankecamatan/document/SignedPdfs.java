package id.layanankecamatan.document;

import id.layanankecamatan.support.PdfChecks;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading an issued letter back: its text, and what poppler's pdfsig says of its signature. */
final class SignedPdfs {

    static final Path OUT = Path.of("target", "letters");

    private SignedPdfs() {
    }

    /** The text with every run of white space as one space (the renderer wraps long lines). */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** poppler's pdfsig, installed by .ci/run: an independent reader of the signature. */
    static String pdfsig(byte[] pdf, String name) throws Exception {
        return PdfChecks.pdfsig(pdf, OUT.resolve(name));
    }
}
