package id.layanankecamatan.application;

import id.layanankecamatan.scan.PhotoNormaliser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks of a scan's content beyond its type: an image whose header declares an absurd pixel size or more
 * pixels than we agree to decode (a "decompression bomb" for whoever opens it) and a PDF whose first bytes are HTML (a polyglot that a browser could
 * sniff as a page). Only headers are read; nothing is decoded.
 */
final class ScanContent {

    /** An A4 page scanned at 600 dpi is about 5 000 x 7 000 pixels (35 megapixels). */
    static final int MAX_SIDE = 12_000;
    private static final int HEAD = 1024;
    private static final String[] MARKUP = {"<html", "<script", "<!doctype", "<body", "<svg", "<iframe"};

    private ScanContent() {
    }

    /** The reason the content is refused, in Indonesian, or empty. */
    static Optional<String> problem(byte[] content, FileType type) {
        return switch (type) {
            case PDF -> pdfProblem(content);
            case JPEG, PNG -> declaredSize(content).flatMap(ScanContent::imageProblem);
        };
    }

    private static Optional<String> imageProblem(int[] size) {
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            return Optional.of("Ukuran gambar terlalu besar (" + size[0] + " x " + size[1] + " piksel); paling besar "
                    + MAX_SIDE + " piksel per sisi. Perkecil foto atau pindaian.");
        }
        // the memory it would take to decode, refused before decoding (PhotoNormaliser checks again)
        if ((long) size[0] * size[1] > PhotoNormaliser.MAX_PIXELS) {
            return Optional.of(PhotoNormaliser.tooManyPixels(size[0], size[1]));
        }
        return Optional.empty();
    }

    /** Width and height from the image header, or empty when the header cannot be read. */
    static Optional<int[]> declaredSize(byte[] content) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadableHeader) {
            // a header we cannot read declares no size; the type check by magic bytes has already passed
            return Optional.empty();
        }
    }

    private static Optional<String> pdfProblem(byte[] content) {
        String head = new String(content, 0, Math.min(HEAD, content.length), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String marker : MARKUP) {
            if (head.contains(marker)) {
                return Optional.of("Berkas PDF ini juga berisi halaman web (HTML); unggah PDF hasil pindaian yang asli.");
            }
        }
        String tail = new String(content, Math.max(0, content.length - HEAD), Math.min(HEAD, content.length),
                StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            return Optional.of("Berkas PDF tidak lengkap atau rusak; unggah ulang PDF hasil pindaian.");
        }
        return Optional.empty();
    }
}
