package id.layanankecamatan.document;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.Attachment;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.application.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
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
 * A legalisation: the citizen's uploaded copy itself, every page carrying the stamp "sesuai dengan aslinya" with the
 * register number, place and date, the signature block and the QR code. Each page of an uploaded PDF is made taller
 * at the bottom to hold the stamp, so the stamp never covers the document; an uploaded image is placed on an A4
 * page above the stamp. An image becomes PDF/A-2b; an uploaded PDF keeps whatever conformance it had.
 */
@Component
public class CopyStamp {

    private static final float HEIGHT = 165;
    private static final float SIDE = 24;
    private static final float QR_SIZE = 84;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float SMALL = 7;
    private static final float IMAGE_MARGIN = 36;

    private final AttachmentRepository attachments;
    private final LetterFont fonts;

    public CopyStamp(AttachmentRepository attachments, LetterFont fonts) {
        this.attachments = attachments;
        this.fonts = fonts;
    }

    /** The application's current upload for {@code requirementCode}, stamped on every page with {@code stamp}. */
    public byte[] render(Application application, String requirementCode, LetterContent stamp) {
        Attachment copy = attachments.current(application.id()).stream()
                .filter(a -> a.requirementCode().equals(requirementCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Application " + application.registrationNumber()
                        + " has no upload '" + requirementCode + "' to legalise"));
        byte[] content = attachments.content(application.id(), copy.id()).orElseThrow();
        boolean pdf = FileType.PDF.mediaType().equals(copy.contentType());
        try (LetterFont.Lease lease = fonts.lease();
             PDDocument document = pdf ? Loader.loadPDF(content) : imageOnA4(content, stamp)) {
            PDFont font = lease.in(document);
            for (PDPage page : document.getPages()) {
                PDRectangle crop = page.getCropBox();
                if (pdf) {
                    grow(page, crop);
                }
                float bottom = pdf ? crop.getLowerLeftY() - HEIGHT : IMAGE_MARGIN;
                try (PDPageContentStream out = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    new Band(out, font, crop.getLowerLeftX(), bottom, crop.getWidth()).draw(stamp);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The copy of application " + application.registrationNumber()
                    + " cannot be stamped", e);
        }
    }

    /** A scan as an image: one PDF/A page, the image as large as fits above the stamp. */
    private static PDDocument imageOnA4(byte[] image, LetterContent stamp) throws IOException {
        PDDocument document = new PDDocument();
        PdfA.declare(document, stamp.title(), stamp.officeName(), stamp.createdAt());
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject scan = PDImageXObject.createFromByteArray(document, image, "salinan");
        float width = PDRectangle.A4.getWidth() - 2 * IMAGE_MARGIN;
        float height = PDRectangle.A4.getHeight() - 2 * IMAGE_MARGIN - HEIGHT;
        float scale = Math.min(width / scan.getWidth(), height / scan.getHeight());
        float w = scan.getWidth() * scale;
        float h = scan.getHeight() * scale;
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.drawImage(scan, IMAGE_MARGIN + (width - w) / 2, IMAGE_MARGIN + HEIGHT + (height - h), w, h);
        }
        return document;
    }

    /** The page made taller at the bottom by the stamp's height: the stamp never covers the document. */
    private static void grow(PDPage page, PDRectangle crop) {
        PDRectangle media = page.getMediaBox();
        float low = Math.min(media.getLowerLeftY(), crop.getLowerLeftY() - HEIGHT);
        page.setMediaBox(new PDRectangle(media.getLowerLeftX(), low, media.getWidth(), media.getUpperRightY() - low));
        page.setCropBox(new PDRectangle(crop.getLowerLeftX(), crop.getLowerLeftY() - HEIGHT, crop.getWidth(),
                crop.getHeight() + HEIGHT));
    }

    /** The stamp's band: the QR code and its words on the left, text and signature block on the right. */
    private static final class Band {
        private final PDPageContentStream out;
        private final PDFont font;
        private final float left;
        private final float bottom;
        private final float width;
        private float y;

        Band(PDPageContentStream out, PDFont font, float left, float bottom, float width) {
            this.out = out;
            this.font = font;
            this.left = left;
            this.bottom = bottom;
            this.width = width;
        }

        void draw(LetterContent stamp) throws IOException {
            float top = bottom + HEIGHT;
            out.setLineWidth(0.6f);
            out.moveTo(left + SIDE, top - 4);
            out.lineTo(left + width - SIDE, top - 4);
            out.stroke();
            float signX = left + width / 2 + 10;
            float signWidth = left + width - SIDE - signX;
            y = top - 18;
            for (LetterBlock block : stamp.body()) {
                if (block instanceof LetterBlock.Paragraph paragraph) {
                    for (String line : wrap(paragraph.text(), signWidth, SIZE)) {
                        line(line, signX, SIZE, true);
                    }
                }
            }
            line("Nomor: " + stamp.number(), signX, SIZE, false);
            line(stamp.placeAndDate(), signX, SIZE, false);
            Signatory signatory = stamp.signatory();
            for (String heading : signatory.heading()) {
                for (String line : wrap(heading, signWidth, SIZE)) {
                    line(line, signX, SIZE, false);
                }
            }
            y -= 26;
            float nameY = y;
            line(signatory.name(), signX, SIZE, true);
            out.setLineWidth(0.5f);
            out.moveTo(signX, nameY - 2);
            out.lineTo(signX + Math.min(width(signatory.name(), SIZE), signWidth), nameY - 2);
            out.stroke();
            if (signatory.hasRank()) {
                line(signatory.rank(), signX, SIZE, false);
            }
            line(signatory.printedNip(), signX, SIZE, false);
            if (stamp.draft()) {
                watermark();
            } else {
                verificationMark(stamp, top);
            }
        }

        /** QR code and the words beside it: anyone can check the legalisation online. */
        private void verificationMark(LetterContent stamp, float top) throws IOException {
            float x = left + SIDE;
            QrCode.draw(out, stamp.verification().url(), x - 6, top - 12 - QR_SIZE, QR_SIZE);
            float textX = x + QR_SIZE - 4;
            y = top - 20;
            line("Ditandatangani secara elektronik", textX, SMALL, false);
            line(stamp.certificate().words() + ".", textX, SMALL, false);
            line("Kode verifikasi:", textX, SMALL, false);
            line(stamp.verification().code(), textX, SIZE, true);
            line("Periksa keaslian di", textX, SMALL, false);
            line(stamp.verification().checkAddress(), textX, SMALL, false);
        }

        private void watermark() throws IOException {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.25f);
            out.setGraphicsStateParameters(translucent);
            out.beginText();
            out.setFont(font, 30);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), left + 90, bottom + 220));
            out.showText("PRATINJAU - BELUM DITANDATANGANI");
            out.endText();
        }

        private void line(String text, float x, float size, boolean bold) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(size * 0.03f);
            out.newLineAtOffset(x, y);
            out.showText(printable(text));
            out.endText();
            y -= size < SIZE ? size + 2.5f : LEADING;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(printable(text)) / 1000 * size;
        }

        /** A character the font lacks becomes '?', control characters are dropped: a stamp never fails on text. */
        private String printable(String text) {
            StringBuilder printable = new StringBuilder();
            LetterFont.composed(text).codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    return;
                }
                try {
                    font.encode(Character.toString(c));
                    printable.appendCodePoint(c);
                } catch (IllegalArgumentException | IOException noGlyph) {
                    printable.append('?');
                }
            });
            return printable.toString();
        }

        private List<String> wrap(String text, float maxWidth, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, size) > maxWidth) {
                    lines.add(line);
                    line = word;
                } else {
                    line = candidate;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
