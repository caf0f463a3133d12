package id.layanankecamatan.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Several photos of one document (the pages of a letter, the two sides of a card) as one PDF for staff: a page per
 * photo in the order given, A4 upright or lying as the photo is, the JPEG embedded as it is (DCT, no re-encoding).
 * Over the byte budget, the photos are re-encoded smaller until it fits.
 */
public class PhotoPdf {

    private static final float MARGIN = 18;
    /** What a page adds beyond its image (page, image and content objects, cross-reference). */
    private static final long PAGE_OVERHEAD = 2_048;
    private static final long DOCUMENT_OVERHEAD = 4_096;

    private final PhotoNormaliser normaliser;

    public PhotoPdf(PhotoNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** @param photos normalised JPEGs (what {@link PhotoNormaliser#normalise} returns) */
    public byte[] of(List<byte[]> photos, long budget) {
        List<byte[]> current = photos;
        long perPhoto = (budget - DOCUMENT_OVERHEAD) / photos.size() - PAGE_OVERHEAD;
        for (int attempt = 0; attempt < 4; attempt++) {
            byte[] pdf = render(current);
            if (pdf.length <= budget) {
                return pdf;
            }
            List<byte[]> smaller = new ArrayList<>();
            for (byte[] photo : photos) {
                smaller.add(photo.length <= perPhoto ? photo : normaliser.normalise(photo, perPhoto));
            }
            current = smaller;
            perPhoto = perPhoto * 4 / 5;
        }
        throw new ScanRefused("Foto-foto ini tidak dapat digabung sampai batas ukuran; kirim lebih sedikit foto.");
    }

    static byte[] render(List<byte[]> photos) {
        try (PDDocument document = new PDDocument()) {
            for (byte[] photo : photos) {
                PDImageXObject image = JPEGFactory.createFromByteArray(document, photo);
                boolean lying = image.getWidth() > image.getHeight();
                PDRectangle a4 = PDRectangle.A4;
                PDPage page = new PDPage(lying ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
                document.addPage(page);
                PDRectangle box = page.getMediaBox();
                float width = box.getWidth() - 2 * MARGIN;
                float height = box.getHeight() - 2 * MARGIN;
                float scale = Math.min(width / image.getWidth(), height / image.getHeight());
                float w = image.getWidth() * scale;
                float h = image.getHeight() * scale;
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.drawImage(image, MARGIN + (width - w) / 2, MARGIN + (height - h) / 2, w, h);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
